/**
 * Reading what the extension copied, in both browsers (shared by copy.test.ts and quote.test.ts): the real
 * system clipboard where the browser lets a test read it (Chromium, with clipboard-read granted), and the test
 * build's record of the payload the reader wrote (window.__clearpostLastCopy in the reader frame).
 */
import type { Frame, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { bringToFront, type Harness } from './browsers';
import { clickInFrame, waitInFrame } from './frame-actions';

export interface Copied {
  format: string;
  text: string;
  html?: string;
  markdown?: string;
}

/** Clicks `button` in the reader frame and returns the payload the reader wrote. */
export async function copyInReader(frame: Frame, button: string): Promise<Copied> {
  await frame.evaluate(() => delete (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy);
  await clickInFrame(frame, button);
  await waitInFrame(frame, () => (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy !== undefined, { timeout: 10_000 });
  return frame.evaluate(() => (window as unknown as { __clearpostLastCopy: Copied }).__clearpostLastCopy);
}
/**
 * The real system clipboard, read from the page with clipboard-read granted. Chromium only: Firefox has no
 * way to grant clipboard-read to a test (readText() asks the user through a paste menu), so there the test
 * build's record of the written payload is the evidence.
 */
export async function expectClipboard(h: Harness, page: Page, want: string): Promise<void> {
  if (h.name !== 'chromium') return;
  await h.browser.defaultBrowserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-sanitized-write']);
  await bringToFront(page);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(want);
}

const CLIPBOARD_RESET = 'clearpost e2e: clipboard reset';

/**
 * A tab on `url` with the clipboard emptied of what an earlier test copied: the tests of a file share one
 * browser (support/suite.ts), and a copy that silently failed must not find the right text left over.
 */
export async function openWithFreshClipboard(h: Harness, url: string): Promise<Page> {
  const page = await h.open(url);
  if (h.name === 'chromium') {
    await h.browser.defaultBrowserContext().overridePermissions(new URL(url).origin, ['clipboard-read', 'clipboard-sanitized-write']);
    await page.evaluate((t: string) => navigator.clipboard.writeText(t), CLIPBOARD_RESET);
    await expectClipboard(h, page, CLIPBOARD_RESET);
  }
  return page;
}
