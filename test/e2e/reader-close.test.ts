/**
 * Closing the reader — with its button, with Esc, or with a second toolbar click — leaves the page exactly as
 * it was: same DOM, same scroll position, focus back where it was, no history entry.
 */
import { expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import type { Harness } from './support/browsers';
import { openReader, pageSnapshot, waitForReaderGone } from './support/reader';
import { describeInBrowsers } from './support/suite';
import { clickInFrame } from './support/frame-actions';

type How = 'the close button' | 'Esc' | 'Esc in the page' | 'a second toolbar click';

const FOCUSED_LINK = '#primary-menu a[href$="/about/"]';

async function closeBy(how: How, h: Harness, page: Page, frame: Frame): Promise<void> {
  if (how === 'the close button') await clickInFrame(frame, '#cp-close');
  else if (how === 'Esc') await page.keyboard.press('Escape');
  else if (how === 'Esc in the page') {
    // Focus back in the page (where it was before the reader opened), then a real key press: the content
    // script's listener closes the reader (a synthetic one from the page must not: test/hostile/page.test.ts).
    await page.focus(FOCUSED_LINK);
    await page.keyboard.press('Escape');
  } else await h.click(page);
}

describeInBrowsers('closing the reader', (env) => {
  for (const how of ['the close button', 'Esc', 'Esc in the page', 'a second toolbar click'] as How[]) {
    test(`with ${how} restores the page exactly (DOM, scroll, focus, history)`, async () => {
      const { h, sites } = env();
      const page = await h.open(sites.site('pretty').url('seed'));
      // A page in a state worth restoring: scrolled down, focus on a navigation link.
      await page.evaluate(() => {
        document.querySelector<HTMLAnchorElement>('#primary-menu a[href$="/about/"]')?.focus({ preventScroll: true });
        window.scrollTo(0, 1800);
      });
      const before = await pageSnapshot(page);
      const historyBefore = await page.evaluate(() => history.length);
      expect(before.scrollY).toBe(1800);
      expect(before.active).toContain('a#');

      const { frame, state } = await openReader(h, page);
      expect(state).toBe('ready');
      // Focus moved into the reader (the page sees the host element as its active element).
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('clearpost-reader');
      expect(await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body)).toBe(true);

      await closeBy(how, h, page, frame);
      await waitForReaderGone(page);
      const after = await pageSnapshot(page);
      expect(after.html).toBe(before.html);
      expect({ x: after.scrollX, y: after.scrollY }).toEqual({ x: before.scrollX, y: before.scrollY });
      expect(after.active).toBe(before.active);
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
      expect(page.url()).toBe(sites.site('pretty').url('seed'));
    });
  }
});
