/**
 * The reader frame navigated away (issue 5, "the page fights back"): helpers to put a page of the site's own in
 * the reader frame's place, and to see whether any frame of the tab still shows it.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { Harness } from '../../e2e/support/browsers';
import { PHISH_PATH } from './page-scripts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Each frame's own location (Firefox over BiDi reports a frame's first URL, so the frame is asked; bounded). */
async function frameLocations(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    const href = await Promise.race([f.evaluate(() => location.href).catch(() => ''), sleep(1000).then(() => '')]);
    out.push(href || f.url());
  }
  return out;
}

/** True while a frame of the tab shows PHISH_PATH. */
export async function phishShowing(page: Page): Promise<boolean> {
  return (await frameLocations(page)).some((u) => u.includes(PHISH_PATH));
}

/**
 * Waits (bounded) until `frame` is gone from the tab (its iframe replaced or removed). A navigated frame keeps
 * reporting its old URL until the new document commits, so "no frame shows the page" alone could be read too early.
 */
export async function waitForDetached(frame: Frame, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!frame.detached && Date.now() < deadline) await sleep(100);
  return frame.detached;
}

/**
 * Navigates the reader frame to `url` from inside it: stands in for any handle a page might get on the frame
 * (test/hostile/support/page-scripts.ts has the route we know of, and it is closed). To the embedder it is the same
 * thing: the frame's document is replaced by one Clearpost did not ask for.
 */
export async function navigateReaderFrame(frame: Frame, url: string): Promise<void> {
  // The evaluation may be cut short by the navigation itself.
  await frame.evaluate((u: string) => void location.assign(u), url).catch(() => undefined);
}

/** Waits until the fixture site has served `path` (from `since` in its log). */
export async function waitForRequest(log: ReadonlyArray<{ url: string }>, path: string, since: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (log.slice(since).some((r) => r.url === path)) return true;
    await sleep(50);
  }
  return false;
}

/** The extension APIs evaluated in Chromium's service worker (no @types/chrome in this repo). */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getTitle(d: { tabId: number }): Promise<string> };
};

/** Chromium: the toolbar button's tooltip for the page's tab (the badge's "why"). */
export async function actionTitle(h: Harness, page: Page): Promise<string> {
  const target = await h.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  const worker = await target.worker();
  if (!worker) throw new Error('extension service worker has no worker handle');
  return worker.evaluate(async (u: string) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    return tab?.id === undefined ? `no tab for ${u}` : chrome.action.getTitle({ tabId: tab.id });
  }, page.url());
}
