/**
 * Reading a hostile page from the test without trusting it: snapshots and waits run in Puppeteer's isolated
 * realm (the page's overridden prototypes are not there), and the loot box is read by value.
 */
import type { Page } from 'puppeteer-core';
import { isolated } from '../../e2e/support/frame-actions';
import type { PageSnapshot } from '../../e2e/support/reader';

export async function safeSnapshot(page: Page): Promise<PageSnapshot> {
  return isolated(page).evaluate(() => {
    const a = document.activeElement;
    return {
      html: document.documentElement.outerHTML,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      active: a ? `${a.tagName.toLowerCase()}#${a.id}` : 'none',
    };
  });
}

export async function safeWaitForReaderGone(page: Page, timeoutMs = 10_000): Promise<void> {
  await isolated(page).waitForFunction(() => document.getElementsByTagName('clearpost-reader').length === 0, { timeout: timeoutMs, polling: 100 });
}

/** What the page's scripts captured (window.__hostile in the page's own world). */
export async function loot(page: Page): Promise<string[]> {
  // Runs the page's own sweep once more first, so the last state is looked at.
  // Returned as one string: Firefox's BiDi serialiser walks a returned array with the page's own (overridden)
  // Array iterator, which made the Array-pollution page appear to have captured "PWNED".
  const joined = await page.evaluate(() => {
    const w = window as unknown as { __hostile?: unknown; __hostileSweep?: () => void };
    try {
      w.__hostileSweep?.();
    } catch {
      // the sweep is the page's; it may break on its own overrides
    }
    const list = w.__hostile;
    let out = '';
    if (list && typeof (list as { length?: unknown }).length === 'number') {
      const arr = list as unknown[];
      for (let i = 0; i < arr.length; i++) out += `${String(arr[i])}\n`;
    }
    return out;
  });
  return joined === '' ? [] : joined.slice(0, -1).split('\n');
}
