/**
 * One "click → reader painted" measurement for each reader, observed the same way (observer.ts stamps in
 * the reader frame; the clock starts at the click):
 * - Clearpost: the real toolbar handler dispatched in the service worker (t0 = just before dispatch).
 * - Readability: the bundled baseline evaluated in a fresh isolated world of the page, like a content
 *   script (t0 = just before the script source is compiled and run).
 * Each returns the total, the raf stamp, the longest tasks, and a timeline of every stamp/mark seen, which
 * breakdown.ts turns into phases.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { LongTask } from './observer';
import { dispatchClick, extensionWorker, marksIn, openObserved, pageState, settle, waitForPainted, type Mark } from './probe';
import type { RestTiming } from './server';
import { FRAME_FLOOR_PAGE } from '../../build/browsers';

export interface ClickSample {
  reader: 'clearpost' | 'readability' | 'floor';
  /** Click → first task after the painted frame (ms). */
  totalMs: number;
  /** Click → requestAnimationFrame of that frame (ms). */
  rafMs: number;
  /** Every stamp and mark of this run, ms after the click, in time order. */
  timeline: Mark[];
  /** Longest main-thread task (ms; 0 when none exceeded the 50 ms long-task threshold). */
  longestTaskMs: { page: number; frame: number };
  longTasks: { page: LongTask[]; frame: LongTask[] };
  /** REST requests the fixture server saw during this run (Clearpost only). */
  rest: RestTiming[];
  page: Page;
}

function rel(marks: Mark[], t0: number, since = t0): Mark[] {
  return marks.filter((m) => m.at >= since - 1).map((m) => ({ name: m.name, at: m.at - t0 }));
}

const longest = (tasks: LongTask[], t0: number): number => Math.max(0, ...tasks.filter((t) => t.start + t.duration >= t0).map((t) => t.duration));
/** Long tasks that ended after the click, with `start` in ms after the click. */
const after = (tasks: LongTask[], t0: number): LongTask[] =>
  tasks.filter((t) => t.start + t.duration >= t0).map((t) => ({ start: t.start - t0, duration: t.duration }));

export interface ClickOptions {
  browser: Browser;
  url: string;
  rest?: RestTiming[];
  /** Keep the tab open (the caller reads more from it and closes it). */
  keepOpen?: boolean;
}

export async function clearpostClick(o: ClickOptions): Promise<ClickSample> {
  const page = await openObserved(o.browser, o.url);
  try {
    await settle(page);
    const restBefore = o.rest?.length ?? 0;
    const t0 = await dispatchClick(o.browser, o.url);
    const { frame, state } = await waitForPainted(page, 'clearpost');
    const [main, frameMarks, workerMarks] = await Promise.all([pageState(page), marksIn(frame), extensionWorker(o.browser).then(marksIn)]);
    const outside: Mark[] = [];
    if (main.state?.hostAttached) outside.push({ name: 'page:host-attached', at: main.state.hostAttached });
    const rest = o.rest?.slice(restBefore) ?? [];
    for (const r of rest) {
      outside.push({ name: 'server:rest-start', at: r.start }, { name: 'server:rest-end', at: r.end });
    }
    outside.push({ name: 'frame:document', at: state.installedAt });
    for (const k of ['dcl', 'found', 'raf', 'painted'] as const)
      if (state[k] !== undefined) outside.push({ name: `frame:${k}`, at: state[k] as number });
    const timeline = [
      ...rel(
        main.marks.map((m) => ({ ...m, name: `content:${m.name}` })),
        t0,
      ),
      ...rel(
        workerMarks.map((m) => ({ ...m, name: `worker:${m.name}` })),
        t0,
      ),
      ...rel(
        frameMarks.map((m) => ({ ...m, name: `frame:${m.name}` })),
        t0,
      ),
      ...rel(outside, t0),
    ].sort((a, b) => a.at - b.at);
    return {
      reader: 'clearpost',
      totalMs: (state.painted as number) - t0,
      rafMs: (state.raf as number) - t0,
      timeline,
      longestTaskMs: { page: longest(main.state?.longTasks ?? [], t0), frame: longest(state.longTasks, t0) },
      longTasks: { page: after(main.state?.longTasks ?? [], t0), frame: after(state.longTasks, t0) },
      rest,
      page,
    };
  } finally {
    if (!o.keepOpen) await page.close().catch(() => undefined);
  }
}

/**
 * The isolation floor: the test build's empty web-accessible page (src/test-pages/frame-floor.html) mounted
 * over the page the way reader-frame.ts mounts the reader (host element, closed shadow root, iframe of a
 * runtime.getURL page: the dynamic URL on Chromium), from a function the worker injects with
 * scripting.executeScript. Click → painted here is what any reader in an isolated extension frame pays
 * before its own page, scripts or styles do anything.
 */
export async function floorClick(o: ClickOptions): Promise<ClickSample> {
  const page = await openObserved(o.browser, o.url);
  try {
    await settle(page);
    const worker = await extensionWorker(o.browser);
    const t0 = (await worker.evaluate(`(async () => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === ${JSON.stringify(o.url)});
      if (!tab) throw new Error('no tab for the page');
      const t0 = performance.timeOrigin + performance.now();
      chrome.scripting.executeScript({
        target: { tabId: tab.id, frameIds: [0] },
        args: [${JSON.stringify(FRAME_FLOOR_PAGE)}],
        func: (path) => {
          const host = document.createElement('clearpost-reader');
          host.style.setProperty('all', 'initial', 'important');
          host.style.setProperty('position', 'fixed', 'important');
          host.style.setProperty('inset', '0', 'important');
          host.style.setProperty('z-index', '2147483647', 'important');
          const frame = document.createElement('iframe');
          frame.style.setProperty('width', '100%', 'important');
          frame.style.setProperty('height', '100%', 'important');
          frame.src = chrome.runtime.getURL(path);
          host.attachShadow({ mode: 'closed' }).append(frame);
          document.documentElement.append(host);
        },
      });
      return t0;
    })()`)) as number;
    const { state } = await waitForPainted(page, 'clearpost');
    const outside: Mark[] = [{ name: 'frame:document', at: state.installedAt }];
    for (const k of ['found', 'raf', 'painted'] as const) if (state[k] !== undefined) outside.push({ name: `frame:${k}`, at: state[k] as number });
    return {
      reader: 'floor',
      totalMs: (state.painted as number) - t0,
      rafMs: (state.raf as number) - t0,
      timeline: rel(outside, t0),
      longestTaskMs: { page: 0, frame: longest(state.longTasks, t0) },
      longTasks: { page: [], frame: after(state.longTasks, t0) },
      rest: [],
      page,
    };
  } finally {
    if (!o.keepOpen) await page.close().catch(() => undefined);
  }
}

export interface ReadabilityAssets {
  source: string;
  css: string;
}

export async function readabilityClick(o: ClickOptions, assets: ReadabilityAssets): Promise<ClickSample> {
  const page = await openObserved(o.browser, o.url);
  try {
    await settle(page);
    const cdp = await page.createCDPSession();
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-readability' });
    await cdp.send('Runtime.evaluate', { expression: `window.__benchReaderCss = ${JSON.stringify(assets.css)}; 0`, contextId: executionContextId });
    // The clock starts before the script is compiled, as Clearpost's starts before its content script is.
    const run = await cdp.send('Runtime.evaluate', {
      expression: `window.__benchT0 = performance.timeOrigin + performance.now(); (0, eval)(${JSON.stringify(assets.source)}); [window.__benchT0, window.__benchReadabilityError ?? null]`,
      contextId: executionContextId,
      returnByValue: true,
    });
    await cdp.detach();
    if (run.exceptionDetails) throw new Error(`Readability baseline threw: ${run.exceptionDetails.text}`);
    const [t0, error] = run.result.value as [number, string | null];
    if (error) throw new Error(`Readability baseline failed: ${error}`);
    const { state } = await waitForPainted(page, 'readability');
    const main = await pageState(page);
    const outside: Mark[] = (['found', 'raf', 'painted'] as const)
      .filter((k) => state[k] !== undefined)
      .map((k) => ({ name: `frame:${k}`, at: state[k] as number }));
    const timeline = [
      ...rel(
        main.marks.map((m) => ({ ...m, name: `page:${m.name}` })),
        t0,
      ),
      ...rel(outside, t0),
    ].sort((a, b) => a.at - b.at);
    return {
      reader: 'readability',
      totalMs: (state.painted as number) - t0,
      rafMs: (state.raf as number) - t0,
      timeline,
      // The srcdoc frame shares the page's main thread: its tasks are the page's.
      longestTaskMs: { page: longest(main.state?.longTasks ?? [], t0), frame: longest(state.longTasks, t0) },
      longTasks: { page: after(main.state?.longTasks ?? [], t0), frame: after(state.longTasks, t0) },
      rest: [],
      page,
    };
  } finally {
    if (!o.keepOpen) await page.close().catch(() => undefined);
  }
}
