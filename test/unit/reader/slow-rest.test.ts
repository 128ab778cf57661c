/**
 * A slow or hung REST API (issue 14, ./src/reader/slow-rest.ts) in jsdom: the real reader.html and startReader(),
 * a getArticle that answers when the test says so, a snapshot of the fixture theme page and the REAL page
 * extraction. After the (short, test-sized) wait the page version shows; the REST version replaces it unless
 * the user scrolled or selected, in which case a button offers it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import { extractFromPage } from '../../../src/core/page';
import type { ArticleOutcome, ArticlePayload } from '../../../src/shared/messages';
import { findPost } from '../../e2e/support/wp-data';
import { singlePage, type PageContext } from '../../e2e/support/wp-pages';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { within, isReading, waitLeft, PAGE_VERSION_MAX_CHARS } = await import('../../../src/reader/slow-rest');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');

const ORIGIN = 'http://127.0.0.1:8123';
const ctx: PageContext = { origin: ORIGIN, permalinks: 'pretty', headLinks: 'all', nonceBait: true };
const seed = findPost(12483)!;
const seedUrl = `${ORIGIN}${seed.prettyPath}`;
const seedHtml = singlePage(ctx, seed).html;
const REST_TITLE = 'The REST version of the post';

const readerHtml = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(readerHtml, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

/** A getArticle the test answers by hand. */
function pending() {
  let answer!: (outcome: ArticleOutcome) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<ArticleOutcome>((resolve, fail) => {
    answer = resolve;
    reject = fail;
  });
  return { promise, answer, reject };
}

function deps(request: Promise<ArticleOutcome>, slowRestMs: number | null = 30, openedAt?: number) {
  return {
    getArticle: vi.fn(() => request),
    closeReader: vi.fn(async () => undefined),
    normalize: vi.fn(() => makeArticle({ title: REST_TITLE })),
    exporters: { toPlainText: () => 'plain', toMarkdown: () => '# md', toHtml: () => '<p>h</p>' },
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => undefined, flush: async () => undefined, onChanged: () => () => undefined },
    locale: 'en-US',
    print: vi.fn(),
    clipboard: { writeText: vi.fn(async () => undefined) },
    page: { getPageSnapshot: vi.fn(async () => ({ html: seedHtml, url: seedUrl })), extractFromPage: vi.fn(extractFromPage) },
    ...(slowRestMs === null ? {} : { slowRestMs }),
    ...(openedAt === undefined ? {} : { openedAt }),
  };
}

const okOutcome = {
  ok: true,
  value: { detection: { isWordPress: true, pageUrl: seedUrl, pageKind: 'singular', signals: [] } } as unknown as ArticlePayload,
} as const;
const root = (): DOMStringMap => document.documentElement.dataset;
const title = (): string => document.querySelector('article h1')?.textContent?.trim() ?? '';
const note = (): string => document.querySelector('article .cp-origin-note')?.textContent?.trim() ?? '';
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('reader: a slow REST API', { timeout: 30_000 }, () => {
  beforeEach(() => {
    loadMarkup();
    document.documentElement.scrollTop = 0;
    document.getSelection()?.removeAllRanges();
  });

  it('shows the page version while REST is pending, then swaps in the REST version', async () => {
    const rest = pending();
    const d = deps(rest.promise);
    const started = startReader(document, d);
    await until(() => root().restPending === '' && root().state === 'ready');
    expect(title()).toMatch(/^China celebrates DeepSeek’s breakout AI success/);
    expect(note()).toBe("Extracted from the page — this site's REST API took too long to answer");
    expect(d.page.extractFromPage).toHaveBeenCalledWith(expect.anything(), seedUrl, { reason: new ReaderError('timeout').data });
    rest.answer(okOutcome);
    await started;
    expect(root().restPending).toBeUndefined();
    expect(title()).toBe(REST_TITLE);
    expect(note()).toBe('');
    expect(document.querySelectorAll('article')).toHaveLength(1);
    expect(document.querySelector('.cp-cleaner-ready')).toBeNull();
  });

  it('a page too big to extract quickly gets no page version: the reader waits for REST (a 5 MB post is slow only to download)', async () => {
    const rest = pending();
    const d = deps(rest.promise);
    const big = seedHtml.replace('</body>', `<p>${'x '.repeat(PAGE_VERSION_MAX_CHARS / 2)}</p></body>`);
    d.page.getPageSnapshot.mockImplementation(async () => ({ html: big, url: seedUrl }));
    const started = startReader(document, d);
    await until(() => d.page.getPageSnapshot.mock.calls.length > 0);
    await new Promise((r) => setTimeout(r, 100)); // well past the 30 ms wait
    expect(d.page.extractFromPage).not.toHaveBeenCalled();
    expect(root().state).toBe('loading');
    rest.answer(okOutcome);
    await started;
    expect(title()).toBe(REST_TITLE);
  });

  it('a reader who scrolled keeps the page version and gets a button for the REST version', async () => {
    const rest = pending();
    const d = deps(rest.promise);
    const started = startReader(document, d);
    await until(() => root().restPending === '');
    document.documentElement.scrollTop = 400; // jsdom keeps what is set: the reader has scrolled
    rest.answer(okOutcome);
    await started;
    expect(root().restPending).toBeUndefined();
    expect(title()).toMatch(/^China celebrates DeepSeek/);
    const offer = document.querySelector<HTMLButtonElement>('main#reader > .cp-cleaner-ready > button');
    expect(offer?.textContent).toBe('A cleaner version is ready — show it');
    offer?.click();
    await until(() => title() === REST_TITLE);
    expect(document.querySelector('.cp-cleaner-ready')).toBeNull();
  });

  it('a reader who selected text keeps the page version too', async () => {
    const rest = pending();
    const started = startReader(document, deps(rest.promise));
    await until(() => root().restPending === '');
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('article .cp-content p') as Node);
    document.getSelection()?.removeAllRanges(); // focusing the title put a caret there
    document.getSelection()?.addRange(range);
    expect(isReading(document)).toBe(true);
    rest.answer(okOutcome);
    await started;
    expect(title()).toMatch(/^China celebrates DeepSeek/);
    expect(document.querySelector('.cp-cleaner-ready button')).not.toBeNull();
  });

  it('REST failing after the page version: the view an immediate failure gives (its reason in the note)', async () => {
    const rest = pending();
    const started = startReader(document, deps(rest.promise));
    await until(() => root().restPending === '');
    rest.answer({ ok: false, error: new ReaderError('rest-disabled', { status: 401 }).data });
    await started;
    expect(root().restPending).toBeUndefined();
    expect(root().state).toBe('ready');
    expect(note()).toBe("Extracted from the page — this site's REST API answered 401");
  });

  it('a reader who scrolled keeps the page version when REST then fails or the message channel breaks', async () => {
    for (const fail of [
      (r: ReturnType<typeof pending>) => r.answer({ ok: false, error: new ReaderError('rest-disabled', { status: 401 }).data }),
      (r: ReturnType<typeof pending>) => r.reject(new Error('Extension context invalidated.')),
    ]) {
      loadMarkup();
      document.documentElement.scrollTop = 0;
      const rest = pending();
      const d = deps(rest.promise);
      const started = startReader(document, d);
      await until(() => root().restPending === '');
      document.documentElement.scrollTop = 400;
      fail(rest);
      await started;
      expect(root().state).toBe('ready');
      expect(root().restPending).toBeUndefined();
      expect(note()).toBe("Extracted from the page — this site's REST API took too long to answer"); // not re-extracted
      expect(d.page.extractFromPage).toHaveBeenCalledTimes(1);
      expect(document.querySelector('.cp-cleaner-ready')).toBeNull();
    }
  });

  it('a REST answer within the wait never shows the page version', async () => {
    const d = deps(Promise.resolve(okOutcome));
    await startReader(document, d);
    expect(title()).toBe(REST_TITLE);
    expect(d.page.getPageSnapshot).not.toHaveBeenCalled();
  });

  it('a page that gives no article keeps the loading state until REST answers', async () => {
    const rest = pending();
    const d = deps(rest.promise);
    d.page.getPageSnapshot.mockImplementation(async () => {
      throw new ReaderError('bad-response', { detail: 'data-tab' });
    });
    const started = startReader(document, d);
    await until(() => d.page.getPageSnapshot.mock.calls.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(root().state).toBe('loading');
    expect(root().restPending).toBeUndefined();
    rest.answer(okOutcome);
    await started;
    expect(title()).toBe(REST_TITLE);
  });

  it('without slowRestMs the reader just waits', async () => {
    const rest = pending();
    const d = deps(rest.promise, null);
    const started = startReader(document, d);
    await new Promise((r) => setTimeout(r, 100));
    expect(root().state).toBe('loading');
    rest.answer(okOutcome);
    await started;
    expect(d.page.getPageSnapshot).not.toHaveBeenCalled();
  });
});

describe('the first wait counts from the click (issue 14: the page version ≤ 1.5 s after it)', () => {
  beforeEach(loadMarkup);

  it('a reader that booted after the wait was already over shows the page version at once', async () => {
    const rest = pending();
    // A wait the test would time out on, but the click was that long ago: nothing of it is left.
    const d = deps(rest.promise, 30_000, Date.now() - 30_000);
    const started = startReader(document, d);
    await until(() => root().restPending === '' && root().state === 'ready');
    expect(title()).toMatch(/^China celebrates DeepSeek/);
    rest.answer(okOutcome);
    await started;
    expect(title()).toBe(REST_TITLE);
  });

  it('waitLeft: what is left of the wait; an absent, future or implausible click time gives all of it', () => {
    expect(waitLeft(700, 1_000, 1_300)).toBe(400);
    expect(waitLeft(700, 1_000, 2_000)).toBe(0);
    expect(waitLeft(700, undefined, 2_000)).toBe(700);
    expect(waitLeft(700, 3_000, 2_000)).toBe(700);
    expect(waitLeft(700, 1_000, 1_000 + 3_600_000)).toBe(700);
    expect(waitLeft(700, Number.NaN, 2_000)).toBe(700);
  });
});

describe('within', () => {
  it('gives the value when it comes in time, undefined when it does not, and passes rejections on', async () => {
    expect(await within(Promise.resolve(1), 50)).toBe(1);
    expect(await within(new Promise(() => undefined), 10)).toBeUndefined();
    await expect(within(Promise.reject(new Error('x')), 50)).rejects.toThrow('x');
  });
});
