/**
 * Reading the browser from outside: open a tab with the observer installed, find the reader frame and wait
 * for its "painted" stamp, read performance marks from a page, a frame or the extension's service worker
 * (performance timelines are per context), and the worker handle itself.
 */
import type { Browser, Frame, Page, WebWorker } from 'puppeteer-core';
import { OBSERVER_SOURCE, type ObserverState } from './observer';

export interface Mark {
  name: string;
  /** Epoch ms. */
  at: number;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A new tab on `url`, observer installed before any of the page's scripts, loaded and in front. */
export async function openObserved(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(OBSERVER_SOURCE);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.bringToFront();
  return page;
}

/** Lets the page's load work finish (image decodes, late scripts) so it does not land in a measurement. */
export async function settle(page: Page, ms = 300): Promise<void> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  await sleep(ms);
}

const READ_MARKS = `(() => performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith('clearpost:') || m.name.startsWith('bench:'))
  .map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime })))()`;

export async function marksIn(context: Frame | WebWorker): Promise<Mark[]> {
  return (await context.evaluate(READ_MARKS).catch(() => [])) as Mark[];
}

export async function observerIn(frame: Frame): Promise<ObserverState | undefined> {
  return (await frame.evaluate('window.__bench').catch(() => undefined)) as ObserverState | undefined;
}

/** The reader frame of `kind` once it has stamped "painted" (or shown an error). */
export async function waitForPainted(
  page: Page,
  kind: 'clearpost' | 'readability',
  timeoutMs = 120_000,
): Promise<{ frame: Frame; state: ObserverState }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const state = await observerIn(frame);
      if (state?.kind !== kind) continue;
      if (state.painted !== undefined) return { frame, state };
      if (state.error !== undefined) {
        const message = await frame.evaluate("document.querySelector('main')?.innerText ?? ''").catch(() => '');
        throw new Error(`the ${kind} reader showed an error: ${String(message).slice(0, 300)}`);
      }
    }
    await sleep(25);
  }
  throw new Error(`no painted ${kind} reader in ${page.url()} after ${timeoutMs} ms`);
}

const workers = new WeakMap<Browser, WebWorker>();

/** The extension's service worker (looked up again when the MV3 worker was restarted). */
export async function extensionWorker(browser: Browser, fresh = false): Promise<WebWorker> {
  const cached = workers.get(browser);
  if (cached && !fresh) return cached;
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 30_000 });
  const worker = await target.worker();
  if (!worker) throw new Error('extension service worker has no handle');
  workers.set(browser, worker);
  return worker;
}

/**
 * The real toolbar handler for `url`'s tab: `chrome.action.onClicked.dispatch(tab)` in the service worker.
 * Returns the epoch time taken just before the dispatch (the tab lookup is not counted).
 */
export async function dispatchClick(browser: Browser, url: string): Promise<number> {
  const expression = `(async () => {
    if (typeof chrome === 'undefined' || !chrome.action) throw new Error('extension APIs not ready');
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === ${JSON.stringify(url)} && t.active) || tabs.find((t) => t.url === ${JSON.stringify(url)});
    if (!tab) throw new Error('no tab for the page');
    const t0 = performance.timeOrigin + performance.now();
    chrome.action.onClicked.dispatch(tab);
    return t0;
  })()`;
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const worker = await extensionWorker(browser, attempt > 0);
      return (await worker.evaluate(expression)) as number;
    } catch (error) {
      lastError = error;
      await sleep(250 * (attempt + 1));
    }
  }
  throw lastError;
}

/** Main-frame marks and observer state. */
export async function pageState(page: Page): Promise<{ marks: Mark[]; state?: ObserverState }> {
  return { marks: await marksIn(page.mainFrame()), state: await observerIn(page.mainFrame()) };
}
