/**
 * Multi-page posts when REST is out of reach (issue 11, item 6): which pages a post's wp_link_pages() links name
 * (same origin, same post, bounded), and the fallback joining every page's extraction in page order, with the note
 * saying how many — on the fixture WordPress's three-page post, through the REAL extractFromPage.
 */
import { describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import { extractFromPage } from '../../../src/core/page';
import { joinPages, MAX_POST_PAGES, postPages, splitPageNumber } from '../../../src/core/page/multipage';
import { createPageFallback } from '../../../src/reader/page-fallback';
import { findPost } from '../../e2e/support/wp-data';
import { singlePage, type PageContext } from '../../e2e/support/wp-pages';

const ORIGIN = 'http://127.0.0.1:8123';
const pretty: PageContext = { origin: ORIGIN, permalinks: 'pretty', headLinks: 'none', nonceBait: true };
const plain: PageContext = { ...pretty, permalinks: 'plain' };
const guide = findPost(77)!;
const BASE = `${ORIGIN}/harbour-pilot-field-guide/`;
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const pageHtml = (n: number, ctx = pretty): string => singlePage(ctx, guide, n).html;
const links = (hrefs: string[]): Document =>
  doc(
    `<body class="page"><div class="page-links">${hrefs.map((h, i) => `<a class="post-page-numbers" href="${h}">${i + 2}</a>`).join(' ')}</div></body>`,
  );

describe('postPages', () => {
  it('pretty permalinks: the three pages of the post, from page 1 or from page 2', () => {
    const all = [
      { n: 1, url: BASE },
      { n: 2, url: `${BASE}2/` },
      { n: 3, url: `${BASE}3/` },
    ];
    expect(postPages(doc(pageHtml(1)), BASE)).toEqual(all);
    expect(postPages(doc(pageHtml(2)), `${BASE}2/`)).toEqual(all);
  });

  it('plain permalinks: ?page_id=77&page=N', () => {
    const url = `${ORIGIN}/?page_id=77`;
    expect(postPages(doc(pageHtml(1, plain)), url)?.map((p) => p.url)).toEqual([url, `${url}&page=2`, `${url}&page=3`]);
  });

  it('another origin, another post, or a page beyond the bound is not followed; one page alone is no plan', () => {
    const got = postPages(
      links(['https://evil.example/harbour-pilot-field-guide/2/', `${ORIGIN}/other-post/2/`, `${BASE}${MAX_POST_PAGES + 1}/`, `${BASE}2/`]),
      BASE,
    );
    expect(got).toEqual([
      { n: 1, url: BASE },
      { n: 2, url: `${BASE}2/` },
    ]);
    expect(postPages(links([`${ORIGIN}/other-post/2/`]), BASE)).toBeUndefined();
    expect(postPages(doc(pageHtml(1)).implementation.createHTMLDocument(''), BASE)).toBeUndefined();
  });

  it('splitPageNumber: a year or a root-level number is not a page', () => {
    expect(splitPageNumber(new URL(`${ORIGIN}/2024/`)).n).toBe(1);
    expect(splitPageNumber(new URL(`${ORIGIN}/42/`)).n).toBe(1);
    expect(splitPageNumber(new URL(`${ORIGIN}/2024/05/slug/4/`))).toEqual({ base: `${ORIGIN}/2024/05/slug/`, n: 4 });
  });
});

describe('page extraction joins a multi-page post', () => {
  const reason = new ReaderError('rest-disabled', { status: 401 }).data;
  const snapshot = (n: number) => ({ html: pageHtml(n), url: n === 1 ? BASE : `${BASE}${n}/` });

  it('every page read (anonymously, by the background) and joined in order, page links gone, the note counts them', async () => {
    const getPages = vi.fn(async (urls: string[]) => urls.map((u) => snapshot(Number(/\/(\d)\/$/.exec(u)?.[1] ?? 1))));
    const fallback = createPageFallback({ getPageSnapshot: async () => snapshot(2), extractFromPage, getPages });
    const result = await fallback.afterRestError(reason, { isWordPress: true, pageUrl: `${BASE}2/`, pageKind: 'singular', signals: [] });
    expect(getPages).toHaveBeenCalledWith([BASE, `${BASE}3/`]);
    if (!result.ok) throw new Error(result.error.kind);
    const text = result.article.contentHtml;
    const at = (s: string): number => text.indexOf(s);
    expect(at('Harbour pilots guide every large ship')).toBeGreaterThanOrEqual(0);
    expect(at('Harbour pilots guide every large ship')).toBeLessThan(at('Page two of the guide'));
    expect(at('Page two of the guide')).toBeLessThan(at('Page three of the guide'));
    expect(text).not.toMatch(/page-links|post-page-numbers|Pages:/);
    expect(result.article.title).toBe('A field guide to harbour pilots');
    expect(result.article.notes[0]).toEqual({ kind: 'extracted', reason: 'rest-disabled', status: 401, pages: 3 });
    const single = extractFromPage(doc(pageHtml(2)), `${BASE}2/`, { reason });
    expect(result.article.wordCount).toBeGreaterThan(single.wordCount * 2);
  });

  it('a page that cannot be read: the page shown alone, no note of joining', async () => {
    const getPages = vi.fn(async (urls: string[]) => urls.map((u, i) => (i === 0 ? snapshot(Number(/\/(\d)\/$/.exec(u)?.[1])) : null)));
    const fallback = createPageFallback({ getPageSnapshot: async () => snapshot(1), extractFromPage, getPages });
    const result = await fallback.afterRestError(reason);
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.article.notes[0]).not.toHaveProperty('pages');
    expect(result.article.contentHtml).not.toContain('Page two of the guide');
  });

  it('joinPages with one part is the article itself', () => {
    const one = extractFromPage(doc(pageHtml(1)), BASE, { reason });
    expect(joinPages(one, [one])).toBe(one);
  });
});
