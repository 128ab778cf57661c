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
 * a real, trusted mouse click at the element's centre.
 */
import type { Frame, Page, Realm } from 'puppeteer-core';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Puppeteer's isolated world of the page's main frame (the realm its own utilities use; Chromium: a separate
 * world, Firefox BiDi: a sandbox), where a hostile page's overridden globals are not. Not in the public Frame
 * type, hence the cast.
 */
export function isolated(page: Page): Realm {
  return (page.mainFrame() as unknown as { isolatedRealm(): Realm }).isolatedRealm();
}

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

/**
 * A real mouse click on the first element matching `selector` in the frame (waits for it to have a box, scrolls it
 * into view). Nothing here waits unbounded for the frame to draw: Puppeteer's `frame.click` first asks an
 * IntersectionObserver in the frame whether the element is in view, and in 2 of ~6 clean-clone CI runs (and once
 * locally, 2026-12-06) Chromium never answered it for a hostile page's repaired reader ("a page that puts inert on
 * <html>": Runtime.callFunctionOn hung until the 180 s protocol timeout, holding every other tab's turn).
 *
 * A click the browser never delivered to the frame is sent again (at most 3 times): Chromium now and then drops a
 * mouse event meant for an out-of-process frame of a tab just brought to front (CI on 282e1ca lost the close click
 * of "a page that dispatches synthetic Escape key presses" though the reader was on top). Delivery is seen by a
 * capturing pointerdown listener in the frame; a click that arrives and does nothing is not retried, and a click
 * that never arrives (a page covering the reader takes it) fails after the third try.
 */
export async function clickInFrame(frame: Frame, selector: string, timeout = 10_000): Promise<void> {
  await waitInFrame(
    frame,
    (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    },
    { timeout },
    selector,
  );
  const page = frame.page();
  const chromium = /chrom/i.test(await page.browser().version());
  for (let attempt = 1; ; attempt++) {
    const before = await frame.evaluate(() => {
      const w = window as unknown as { __cpTestPointerDowns?: number };
      if (w.__cpTestPointerDowns === undefined) {
        w.__cpTestPointerDowns = 0;
        addEventListener('pointerdown', (e) => e.isTrusted && (w.__cpTestPointerDowns! += 1), true);
      }
      return w.__cpTestPointerDowns;
    });
    const { x, y } = chromium ? await chromiumPoint(page, frame, selector) : await firefoxPoint(frame, selector);
    await page.mouse.click(x, y);
    if (await delivered(frame, before)) return;
    if (attempt === 3) throw new Error(`reader frame: 3 real clicks on ${selector} never reached the frame`);
    console.log(`clickInFrame: the click on ${selector} never reached the reader frame; clicking again (${attempt + 1}/3)`);
  }
}

/** Whether the frame saw a trusted pointerdown since `before` (a frame that went away took the click). */
async function delivered(frame: Frame, before: number): Promise<boolean> {
  const deadline = Date.now() + 1_500;
  for (;;) {
    if (frame.detached) return true;
    try {
      const now = await frame.evaluate(() => (window as unknown as { __cpTestPointerDowns?: number }).__cpTestPointerDowns ?? 0);
      if (now > before) return true;
    } catch {
      if (frame.detached) return true;
    }
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
}

async function chromiumPoint(page: Page, frame: Frame, selector: string): Promise<{ x: number; y: number }> {
  // A tab just brought to front routes a click into the reader's out-of-process frame only once it has drawn
  // again (without this wait, 2 of 3 runs of the hostile page suite lost a close click): two animation frames
  // of the top page, in Puppeteer's isolated world (a hostile page may replace its own requestAnimationFrame),
  // and never more than a second (a hidden tab draws nothing).
  await isolated(page).evaluate(
    () =>
      new Promise<void>((done) => {
        requestAnimationFrame(() => requestAnimationFrame(() => done()));
        setTimeout(done, 1_000);
      }),
  );
  // CDP's content quads, offset by where the frame sits in the page (a hostile page may move or cover the
  // reader before it is repaired: test/hostile/page.test.ts).
  const handle = await frame.$(selector);
  if (!handle) throw new Error(`reader frame: ${selector} went away`);
  try {
    return await handle.clickablePoint();
  } finally {
    await handle.dispose();
  }
}

async function firefoxPoint(frame: Frame, selector: string): Promise<{ x: number; y: number }> {
  // The reader frame fills the tab's viewport from 0,0. The first line box: the middle of a link that wraps over
  // two lines can be beside its text (Firefox clicks there).
  const point = await frame.evaluate((sel: string) => {
    const el = document.querySelector(sel);
    const r = el?.getClientRects()[0] ?? el?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, selector);
  if (!point) throw new Error(`reader frame: ${selector} went away`);
  return point;
}
