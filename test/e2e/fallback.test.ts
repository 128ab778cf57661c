/**
 * Page extraction when the REST API is out of reach (issue 4), in real Chromium and Firefox: the REST-disabled
 * site's article is read from the page with a note saying why; a non-WordPress article comes through
 * Readability; an archive says it is not an article; closing restores the page exactly; the context-menu copy
 * falls back the same way and copies exactly what the core extracts (support/page-oracle.ts).
 */
import { expect, test } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { pageExports } from './support/page-oracle';
import { copyFromMenu, openReader, pageSnapshot, shownArticle, shownError, waitForReaderGone, waitForSettled } from './support/reader';
import { describeInBrowsers } from './support/suite';
import { englishErrorMessage } from '../support/english';
import { clickInFrame, waitInFrame } from './support/frame-actions';

const JUNK = ['Great summary, thanks.', 'Leave a Reply', 'Related posts', 'Advertisement', 'Share', 'Previous post', 'tradewatcher'];

async function originNote(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.querySelector('main#reader article .cp-origin-note')?.textContent?.trim() ?? '');
}

describeInBrowsers('page extraction', (env) => {
  test('REST 401: the article is extracted from the page, with the note; the page furniture is not', async () => {
    const { h, sites } = env();
    const url = sites.site('rest-disabled').url('seed');
    const page = await h.open(url);
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    expect(await originNote(frame)).toBe("Extracted from the page — this site's REST API answered 401");
    const shown = await shownArticle(frame);
    expect(shown.articles).toBe(1);
    expect(shown.title).toMatch(/^China celebrates DeepSeek’s breakout AI success/);
    expect(shown.byline).toContain('Marta Keane');
    expect(shown.dates).not.toBe('');
    expect(shown.contentText).toContain('People across China');
    expect(await frame.evaluate(() => document.querySelectorAll('.cp-content p').length)).toBeGreaterThan(10);
    for (const junk of JUNK) expect(shown.contentText, junk).not.toContain(junk);
    // The copy buttons work on the extracted article.
    await clickInFrame(frame, '#cp-copy-text');
    await waitInFrame(frame, () => /copied/i.test(document.querySelector('#cp-status')?.textContent ?? ''), { timeout: 10_000 });
  });

  test('a non-WordPress article: Readability extraction, with a note', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('not-wp').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    expect(await originNote(frame)).toBe('Extracted from the page — this page is not a WordPress post');
    const shown = await shownArticle(frame);
    expect(shown.title).toMatch(/^Harbour cranes return to the east quay/);
    expect(shown.contentText).toContain('the three gantry cranes on the east quay were switched back on');
    expect(shown.headings).toContain('What changes for shipping');
    expect(shown.contentText).not.toContain('© 2025 The Quayside Gazette');
  });

  test('an archive: not an article, with Open original and "Extract from page anyway"', async () => {
    const { h, sites } = env();
    const url = sites.site('rest-disabled').url('archive');
    const page = await h.open(url);
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('error');
    expect(await frame.evaluate(() => document.querySelector('.cp-error')?.getAttribute('data-kind'))).toBe('not-an-article');
    const shown = await shownError(frame);
    expect(shown.message).toBe(englishErrorMessage({ kind: 'not-an-article' }));
    expect(shown.openOriginalHref).toBe(url);
    // The list has text, so the user may still take the page as one article.
    await clickInFrame(frame, '.cp-error [data-slot="extract"] button.cp-extract');
    expect(await waitForSettled(frame)).toBe('ready');
    expect(await originNote(frame)).toMatch(/^Extracted from the page/);
  });

  test('password-protected page with REST disabled: the message, never an extraction', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('rest-disabled').url('protected'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('error');
    expect(await frame.evaluate(() => document.querySelector('.cp-error')?.getAttribute('data-kind'))).toBe('password-protected');
    expect(await frame.evaluate(() => document.querySelector('.cp-extract, main#reader article'))).toBeNull();
  });

  test('closing an extracted article restores the page exactly (DOM, scroll)', async () => {
    const { h, sites } = env();
    const url = sites.site('rest-disabled').url('seed');
    const page = await h.open(url);
    await page.evaluate(() => window.scrollTo(0, 1200));
    const before = await pageSnapshot(page);
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    await clickInFrame(frame, '#cp-close');
    await waitForReaderGone(page);
    const after = await pageSnapshot(page);
    expect(after.html).toBe(before.html);
    expect({ x: after.scrollX, y: after.scrollY }).toEqual({ x: before.scrollX, y: before.scrollY });
    expect(page.url()).toBe(url);
  });

  test('context-menu "Copy clean text" on a REST-disabled page copies exactly the core page extraction', async () => {
    const { h, sites } = env();
    const url = sites.site('rest-disabled').url('seed');
    const want = await pageExports(url);
    expect(want.note).toBe("Extracted from the page — this site's REST API answered 401");
    const page = await h.open(url);
    const copied = await copyFromMenu(h, page, 'copy-text');
    expect(copied.error).toBeUndefined();
    expect(copied.text).toBe(want.text);
    expect(await page.evaluate(() => document.querySelector('clearpost-reader'))).toBeNull(); // no reader opened
  });
});
