/**
 * Section 2: idle cost — what the extension costs a page the user never clicks.
 * - Store build (what users install): the built manifest declares no content_scripts, and a CDP session
 *   opened before navigation (Debugger.scriptParsed) sees no script from the extension in any world.
 * - Opt-in auto-detect granted: the test build holds a 127.0.0.1 host permission, which auto-detect treats
 *   like a granted site (src/background/auto-detect.ts registers the detector for it), so the same count
 *   shows the detector's bytes; its run time is measured by evaluating the built detector in an isolated
 *   world with a stub runtime (nothing is sent), many times, on the small and the heavy page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { builtManifestPath } from './build';
import { extensionWorker, sleep } from './probe';
import { summarize, type Summary } from './stats';

export interface InjectedScript {
  url: string;
  bytes: number;
}

export interface IdleResult {
  storeManifestContentScripts: number;
  /** Extension scripts parsed in a page the user never clicked (store build), per page id. */
  store: Record<string, { scripts: InjectedScript[]; bytes: number }>;
  /** Same with auto-detect granted (test build; the test-only trigger script is listed apart). */
  autoDetect: Record<string, { detector: InjectedScript[]; detectorBytes: number; testOnly: InjectedScript[] }>;
  detectorFileBytes: number;
  /** Run time of the detector (ms) per page id, stub runtime: samples of the mean of 100 evaluations. */
  detectorRunMs: Record<string, Summary>;
  /** The test build registered the detector (auto-detect treats its 127.0.0.1 host permission as a granted site). */
  detectorRegistered: boolean;
  /** The first evaluation on the page (includes compiling it), ms, 100 µs resolution. */
  detectorFirstRunMs: Record<string, number>;
}

/** Extension scripts parsed while `url` loads in a fresh tab. */
export async function extensionScriptsOn(browser: Browser, url: string): Promise<InjectedScript[]> {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    const seen: Array<{ scriptId: string; url: string }> = [];
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.url.startsWith('chrome-extension://')) seen.push({ scriptId: e.scriptId, url: e.url });
    });
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await sleep(1000); // document_idle scripts run after load
    const out: InjectedScript[] = [];
    for (const s of seen) {
      const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: s.scriptId });
      out.push({ url: s.url.replace(/^chrome-extension:\/\/[^/]+/, ''), bytes: Buffer.byteLength(scriptSource) });
    }
    await cdp.detach();
    return out;
  } finally {
    await page.close();
  }
}

/**
 * Run time of the detector in an isolated world of `page`: `rounds` samples, each the mean of `batch`
 * back-to-back evaluations (performance.now() is coarsened to 100 µs outside cross-origin isolation, so
 * one run of a sub-millisecond script cannot be timed alone), plus the very first evaluation (with compile).
 */
async function detectorRunTimes(page: Page, source: string, rounds: number, batch: number): Promise<{ samples: number[]; first: number }> {
  const cdp = await page.createCDPSession();
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-detector' });
  const expression = `(() => {
    globalThis.chrome = { runtime: { sendMessage: () => Promise.resolve() } };
    const src = ${JSON.stringify(source)};
    const t0 = performance.now();
    (0, eval)(src);
    const first = performance.now() - t0;
    const samples = [];
    for (let r = 0; r < ${rounds}; r++) {
      const t = performance.now();
      for (let i = 0; i < ${batch}; i++) (0, eval)(src);
      samples.push((performance.now() - t) / ${batch});
    }
    return { samples, first };
  })()`;
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
  await cdp.detach();
  return r.result.value as { samples: number[]; first: number };
}

export async function measureStoreIdle(
  browser: Browser,
  storeRoot: string,
  pages: Array<{ id: string; url: string }>,
): Promise<Pick<IdleResult, 'storeManifestContentScripts' | 'store'>> {
  const manifest = JSON.parse(readFileSync(builtManifestPath(storeRoot), 'utf8')) as { content_scripts?: unknown[] };
  const store: IdleResult['store'] = {};
  for (const p of pages) {
    const scripts = await extensionScriptsOn(browser, p.url);
    store[p.id] = { scripts, bytes: scripts.reduce((a, s) => a + s.bytes, 0) };
  }
  return { storeManifestContentScripts: manifest.content_scripts?.length ?? 0, store };
}

async function detectorRegistered(browser: Browser): Promise<boolean> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const worker = await extensionWorker(browser, true).catch(() => undefined);
    const ids = (await worker?.evaluate('chrome.scripting.getRegisteredContentScripts().then((l) => l.map((s) => s.id))').catch(() => [])) as
      | string[]
      | undefined;
    if (ids?.includes('clearpost-detector')) return true;
    await sleep(250);
  }
  return false;
}

export async function measureAutoDetect(
  browser: Browser,
  testRoot: string,
  pages: Array<{ id: string; url: string }>,
  runs = 20,
): Promise<Pick<IdleResult, 'autoDetect' | 'detectorFileBytes' | 'detectorRunMs' | 'detectorFirstRunMs' | 'detectorRegistered'>> {
  const detectorFile = path.join(testRoot, 'chrome', 'src', 'content', 'detector.js');
  const source = readFileSync(detectorFile, 'utf8');
  const autoDetect: IdleResult['autoDetect'] = {};
  const detectorRunMs: IdleResult['detectorRunMs'] = {};
  const detectorFirstRunMs: IdleResult['detectorFirstRunMs'] = {};
  // The MV3 worker registers the detector on install (runtime.onInstalled → syncDetector): wait for it.
  const registered = await detectorRegistered(browser);
  for (const p of pages) {
    const scripts = await extensionScriptsOn(browser, p.url);
    const detector = scripts.filter((s) => s.url.includes('detector'));
    autoDetect[p.id] = {
      detector,
      detectorBytes: detector.reduce((a, s) => a + s.bytes, 0),
      testOnly: scripts.filter((s) => !s.url.includes('detector')),
    };
    const page = await browser.newPage();
    try {
      await page.goto(p.url, { waitUntil: 'load', timeout: 120_000 });
      const { samples, first } = await detectorRunTimes(page, source, runs, 100);
      detectorRunMs[p.id] = summarize(samples, 4);
      detectorFirstRunMs[p.id] = first;
    } finally {
      await page.close();
    }
  }
  return { autoDetect, detectorFileBytes: Buffer.byteLength(source), detectorRunMs, detectorFirstRunMs, detectorRegistered: registered };
}
