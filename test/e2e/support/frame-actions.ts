/**
 * Waiting and clicking inside the reader frame, the same way in both browsers.
 *
 * With Firefox ESR 140.12 (Debian, December 2026) Puppeteer's own helpers fail in the reader frame over WebDriver
 * BiDi (seen with puppeteer-core 24.43 and 25.19):
 * - `frame.waitForFunction` builds its poller with `new Function(...)` in the frame (puppeteer's
 *   util/Function.js `createFunction`), and the extension page's CSP refuses it: "call to Function() blocked by CSP".
 * - `frame.click` locates the frame's element with a `browsingContext.locateNodes` locator of type "context",
 *   which this Firefox rejects ("Expected locator.type to be one of accessibility,css,innerText,xpath").
 * Plain `frame.evaluate` and the page's mouse work in both, so these helpers use only those: the click is still
 * a real, trusted mouse click at the element's centre (the reader frame fills the tab's viewport from 0,0). In
 * Chromium the click stays Puppeteer's own.
 */
import type { Frame } from 'puppeteer-core';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface WaitOptions {
  timeout?: number;
  polling?: number;
}

/**
 * Polls `predicate` in the frame until it returns something truthy; throws after the timeout. A poll that throws
 * counts as false (Firefox ESR 153 can run an evaluate in a frame whose document is being replaced, where
 * `document.documentElement` is still null); the last such error is in the timeout's message.
 */
export async function waitInFrame<A extends unknown[]>(
  frame: Frame,
  predicate: (...args: A) => unknown,
  options: WaitOptions = {},
  ...args: A
): Promise<void> {
  const { timeout = 20_000, polling = 100 } = options;
  const deadline = Date.now() + timeout;
  let lastError = '';
  for (;;) {
    try {
      if (await frame.evaluate(predicate as (...a: unknown[]) => unknown, ...args)) return;
    } catch (error) {
      if (frame.detached) throw error;
      lastError = ` (last poll threw: ${String(error).slice(0, 200)})`;
    }
    if (Date.now() > deadline) throw new Error(`reader frame: still false after ${timeout} ms: ${predicate.toString().slice(0, 200)}${lastError}`);
    await sleep(polling);
  }
}

/** A real mouse click on the first element matching `selector` in the frame (waits for it, scrolls it into view). */
export async function clickInFrame(frame: Frame, selector: string, timeout = 10_000): Promise<void> {
  // Chromium (CDP): Puppeteer's own click, which also accounts for where the frame sits (a hostile page may move
  // or cover the reader before it is repaired: test/hostile/page.test.ts); it works there.
  if (/chrom/i.test(await frame.page().browser().version())) {
    await frame.waitForSelector(selector, { visible: true, timeout });
    return frame.click(selector);
  }
  let point: { x: number; y: number } | null = null;
  const deadline = Date.now() + timeout;
  while (!point) {
    point = await frame.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      // The first line box: the middle of a link that wraps over two lines can be beside its text (Firefox clicks there).
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }, selector);
    if (point) break;
    if (Date.now() > deadline) throw new Error(`reader frame: no visible ${selector} after ${timeout} ms`);
    await sleep(100);
  }
  await frame.page().mouse.click(point.x, point.y);
}
