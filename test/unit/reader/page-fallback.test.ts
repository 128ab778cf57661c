/**
 * The reader's page-extraction fallback (issue 4) end to end in jsdom: the real reader.html, startReader()
 * with a failing getArticle, a fake snapshot of a real fixture theme page (test/fixtures/site, the pages the
 * e2e server serves) and the REAL core extractFromPage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import { extractFromPage } from '../../../src/core/page';
import type { Detection, ReaderErrorData } from '../../../src/core/types';
import type { ArticleOutcome, PageSnapshot } from '../../../src/shared/messages';
import { findPost } from '../../e2e/support/wp-data';
import { archivePage, notWordPressPage, singlePage, type PageContext } from '../../e2e/support/wp-pages';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');

const ORIGIN = 'http://127.0.0.1:8123';
const ctx: PageContext = { origin: ORIGIN, permalinks: 'pretty', headLinks: 'none', nonceBait: true };
const seed = findPost(12483)!;
const seedUrl = `${ORIGIN}${seed.prettyPath}`;
const seedHtml = singlePage(ctx, seed).html;
const protectedHtml = singlePage(ctx, findPost(12500)!).html;
const archiveUrl = `${ORIGIN}/category/world-news/`;
const archiveHtml = archivePage(ctx, 23)!.html;

const readerHtml = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(readerHtml, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

const restDisabled: ReaderErrorData = new ReaderError('rest-disabled', { status: 401, code: 'rest_login_required', url: `${ORIGIN}/wp-json/` }).data;
const detectionOf = (pageUrl: string, extra: Partial<Detection> = {}): Detection => ({
  isWordPress: true,
  pageUrl,
  pageKind: 'singular',
  signals: [],
  ...extra,
});

function deps(outcome: ArticleOutcome, snapshot: () => Promise<PageSnapshot>) {
  return {
    getArticle: vi.fn(async () => outcome),
    closeReader: vi.fn(async () => undefined),
    normalize: vi.fn(() => {
      throw new Error('REST path must not run');
    }),
    exporters: { toPlainText: () => 'plain', toMarkdown: () => '# md', toHtml: () => '<p>h</p>' },
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => undefined, flush: async () => undefined, onChanged: () => () => undefined },
    locale: 'en-US',
    print: vi.fn(),
    clipboard: { writeText: vi.fn(async () => undefined) },
    page: { getPageSnapshot: vi.fn(snapshot), extractFromPage: vi.fn(extractFromPage) },
  };
}

const $ = (selector: string): HTMLElement => {
  const node = document.querySelector<HTMLElement>(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return node;
};
const state = (): string | undefined => document.documentElement.dataset.state;
const text = (selector: string): string => $(selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';

// Generous timeout: jsdom + the real extraction take seconds on a loaded 2-core machine (default 5 s).
describe('reader: page extraction after a REST failure', { timeout: 30_000 }, () => {
  beforeEach(loadMarkup);

  it('REST 401 → the page snapshot → the extracted article with the note under the header; junk absent', async () => {
    const d = deps({ ok: false, error: restDisabled, detection: detectionOf(seedUrl, { postId: 12483 }) }, async () => ({
      html: seedHtml,
      url: seedUrl,
    }));
    await startReader(document, d);
    expect(state()).toBe('ready');
    expect(d.page.getPageSnapshot).toHaveBeenCalledOnce();
    expect(d.page.extractFromPage).toHaveBeenCalledWith(expect.anything(), seedUrl, {
      reason: restDisabled,
      detection: expect.objectContaining({ postId: 12483 }),
    });
    expect(text('article h1')).toMatch(/^China celebrates DeepSeek’s breakout AI success/);
    expect(text('.cp-byline')).toContain('Marta Keane');
    const note = $('article .cp-origin-note');
    expect(note.textContent).toBe("Extracted from the page — this site's REST API answered 401");
    expect(note.getAttribute('role')).toBe('note');
    // Right under the header, once (not repeated in the cleaner's notes list).
    expect(note.previousElementSibling?.tagName).toBe('HEADER');
    expect(document.body.textContent?.match(/Extracted from the page/g)).toHaveLength(1);
    const content = text('.cp-content');
    expect(content).toContain('People across China');
    expect($('.cp-content').querySelectorAll('p').length).toBeGreaterThan(10);
    for (const junk of ['Great summary, thanks.', 'Leave a Reply', 'Related posts', 'Advertisement', 'Share']) expect(content).not.toContain(junk);
    // Copy buttons work on the extracted article.
    $('#cp-copy-text').click();
    await vi.waitFor(() => expect(d.clipboard.writeText).toHaveBeenCalledWith('plain'));
  });

  it('a non-WordPress page: Readability extraction, with a note', async () => {
    const url = `${ORIGIN}/news/harbour-cranes/`;
    const error = new ReaderError('not-wordpress', { url }).data;
    const d = deps({ ok: false, error, detection: { isWordPress: false, pageUrl: url, pageKind: 'unknown', signals: [] } }, async () => ({
      html: notWordPressPage(ORIGIN).html,
      url,
    }));
    await startReader(document, d);
    expect(state()).toBe('ready');
    expect(text('.cp-origin-note')).toBe('Extracted from the page — this page is not a WordPress post');
    expect($('.cp-content').querySelectorAll('p').length).toBeGreaterThan(2);
  });

  it('password-protected page: never extracted, the message instead', async () => {
    const url = `${ORIGIN}${findPost(12500)!.prettyPath}`;
    const d = deps({ ok: false, error: restDisabled, detection: detectionOf(url) }, async () => ({ html: protectedHtml, url }));
    await startReader(document, d);
    expect(state()).toBe('error');
    expect($('.cp-error').dataset.kind).toBe('password-protected');
    expect(text('.cp-error-message')).toBe('This post is password-protected.');
    expect(document.querySelector('article')).toBeNull();
    expect(document.querySelector('.cp-extract')).toBeNull();
  });

  it('REST password-protected: no snapshot is even asked for', async () => {
    const d = deps({ ok: false, error: new ReaderError('password-protected').data, detection: detectionOf(seedUrl) }, async () => ({
      html: seedHtml,
      url: seedUrl,
    }));
    await startReader(document, d);
    expect(state()).toBe('error');
    expect(d.page.getPageSnapshot).not.toHaveBeenCalled();
  });

  it('REST says private (issue 11 item 7): "This post is private", no snapshot until "Extract from page anyway", which reads the page', async () => {
    const error = new ReaderError('private', { status: 401, code: 'rest_forbidden', url: `${ORIGIN}/wp-json/wp/v2/posts/12483` }).data;
    const d = deps({ ok: false, error, detection: detectionOf(seedUrl) }, async () => ({ html: seedHtml, url: seedUrl }));
    await startReader(document, d);
    expect(state()).toBe('error');
    expect($('.cp-error').dataset.kind).toBe('private');
    expect(text('.cp-error-message')).toMatch(/^This post is private/);
    expect(d.page.getPageSnapshot).not.toHaveBeenCalled();
    $('.cp-extract').click();
    await vi.waitFor(() => expect(state()).toBe('ready'));
    expect(d.page.getPageSnapshot).toHaveBeenCalledTimes(1);
    expect(document.querySelector('article h1')?.textContent).toContain('DeepSeek');
  });

  it('a list page REST did not flag: not-an-article, Open original, and "Extract anyway" that works', async () => {
    const d = deps({ ok: false, error: restDisabled, detection: detectionOf(archiveUrl, { pageKind: 'unknown' }) }, async () => ({
      html: archiveHtml,
      url: archiveUrl,
    }));
    await startReader(document, { ...d, pageUrl: archiveUrl });
    expect(state()).toBe('error');
    expect($('.cp-error').dataset.kind).toBe('not-an-article');
    expect($('a.cp-open-original').getAttribute('href')).toBe(archiveUrl);
    const button = $('.cp-error [data-slot="extract"] button.cp-extract');
    expect(button.textContent).toBe('Extract from page anyway');
    button.click();
    await vi.waitFor(() => expect(state()).toBe('ready'));
    expect(d.page.getPageSnapshot).toHaveBeenCalledOnce(); // the same snapshot, not a second trip
    expect(text('.cp-origin-note')).toMatch(/^Extracted from the page/);
    expect(text('.cp-content').length).toBeGreaterThan(100);
  });

  it('REST not-an-article (archive detection): the button only when the page has text', async () => {
    const error = new ReaderError('not-an-article', { url: archiveUrl }).data;
    const withText = deps({ ok: false, error, detection: detectionOf(archiveUrl, { pageKind: 'archive' }) }, async () => ({
      html: archiveHtml,
      url: archiveUrl,
    }));
    await startReader(document, withText);
    expect($('.cp-error').dataset.kind).toBe('not-an-article');
    expect(withText.page.extractFromPage).not.toHaveBeenCalled();
    expect(document.querySelectorAll('.cp-extract')).toHaveLength(1);

    loadMarkup();
    const empty = deps({ ok: false, error, detection: detectionOf(archiveUrl, { pageKind: 'archive' }) }, async () => ({
      html: '<html><body class="archive"><p>Nothing here.</p></body></html>',
      url: archiveUrl,
    }));
    await startReader(document, empty);
    expect($('.cp-error').dataset.kind).toBe('not-an-article');
    expect(document.querySelector('.cp-extract')).toBeNull();
    expect($('[data-slot="extract"]').childElementCount).toBe(0);
  });

  it('snapshot failure: the REST reason and why the page could not be read, never a blank reader', async () => {
    const tooBig = new ReaderError('bad-response', { detail: 'page-too-large' });
    const d = deps({ ok: false, error: restDisabled, detection: detectionOf(seedUrl) }, async () => {
      throw tooBig;
    });
    await startReader(document, { ...d, pageUrl: seedUrl });
    expect(state()).toBe('error');
    expect($('.cp-error').dataset.kind).toBe('rest-disabled');
    expect(text('.cp-error-message')).toBe(
      'This site’s WordPress REST API does not let visitors read posts. Reading the article from the page failed too: This page is too large for Clearpost to read the article from it.',
    );
    expect(text('.cp-error-next')).toBe('Open the original page to read it there.');
    expect($('a.cp-open-original').getAttribute('href')).toBe(seedUrl);
    expect(text('.cp-error-details')).toContain('401');
    expect(document.querySelector('.cp-extract')).toBeNull();
  });

  it('a page with no article text: a clear message', async () => {
    const d = deps({ ok: false, error: restDisabled, detection: detectionOf(seedUrl) }, async () => ({
      html: '<html><body><script>render()</script></body></html>',
      url: seedUrl,
    }));
    await startReader(document, d);
    expect(state()).toBe('error');
    expect(text('.cp-error-message')).toBe('Clearpost found no article text on this page.');
  });

  it('raw JSON tabs and cancelled loads are not extracted', async () => {
    for (const outcome of [
      { ok: false as const, error: new ReaderError('not-found').data, detection: detectionOf(seedUrl, { rawJson: { kind: 'error', data: {} } }) },
      { ok: false as const, error: new ReaderError('cancelled').data },
    ]) {
      loadMarkup();
      const d = deps(outcome, async () => ({ html: seedHtml, url: seedUrl }));
      await startReader(document, d);
      expect(state()).toBe('error');
      expect($('.cp-error').dataset.kind).toBe(outcome.error.kind);
      expect(d.page.getPageSnapshot).not.toHaveBeenCalled();
    }
  });

  it('a reader without page extraction shows the REST error as before', async () => {
    const { page: _unused, ...d } = deps({ ok: false, error: restDisabled }, async () => ({ html: seedHtml, url: seedUrl }));
    await startReader(document, d);
    expect($('.cp-error').dataset.kind).toBe('rest-disabled');
  });
});
