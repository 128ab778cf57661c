/**
 * Multi-page posts when REST is out of reach (issue 11, item 6). A post split with `<!--nextpage-->` is shown one
 * page at a time; the theme prints wp_link_pages(): `<div class="page-links">` with `a.post-page-numbers` to
 * `…/slug/2/` (pretty permalinks) or `…?p=5&page=2` (plain), the current page a `span.current`
 * (docs/wordpress.md §4.7: REST would have returned every page at once). Page extraction follows those links — same origin, the same
 * post only, at most MAX_POST_PAGES pages — and joins what each page's extraction found, in page order.
 * Pure: the caller fetches the pages (anonymously, within the snapshot limits) and extracts each one.
 */
import type { Article, ArticleNote } from '../types';
import { parseHttpUrl } from '../url';

/** Pages joined at most (the first ten pages of a longer post; the note says how many were joined). */
export const MAX_POST_PAGES = 10;
/** wp_link_pages()'s markup, and the class WordPress ≥ 5.1 gives each of its links. */
export const PAGE_LINK_SELECTOR = '.page-links a[href], a.post-page-numbers[href]';

export interface PostPage {
  n: number;
  url: string;
}

/** `…/slug/3/` → the post's URL and 3; `?p=5&page=3` → `?p=5` and 3; anything else is page 1 of itself. */
export function splitPageNumber(url: URL): { base: string; n: number } {
  const u = new URL(url.href);
  u.hash = '';
  const param = u.searchParams.get('page');
  if (param !== null && /^[1-9]\d{0,3}$/.test(param)) {
    u.searchParams.delete('page');
    return { base: u.href, n: Number(param) };
  }
  const m = /^(.*\/)([1-9]\d{0,3})\/?$/.exec(u.pathname);
  // A bare number under the root is a post's slug or a year, never a page of one.
  if (m && m[1] !== '/' && !/^\/\d{4}\/$/.test(m[1]!)) {
    u.pathname = m[1]!;
    return { base: u.href, n: Number(m[2]) };
  }
  if (!u.pathname.endsWith('/') && u.search === '') u.pathname += '/';
  return { base: u.href, n: 1 };
}

/**
 * The pages of the post shown in `doc` (the page at `pageUrl` among them), in order, or undefined when the page
 * links to no other page of the same post. Links elsewhere (another origin, another post) are ignored.
 */
export function postPages(doc: Document, pageUrl: string): PostPage[] | undefined {
  const page = parseHttpUrl(pageUrl);
  if (!page) return undefined;
  const here = splitPageNumber(page);
  const found = new Map<number, string>([[here.n, page.href.replace(/#.*$/, '')]]);
  for (const a of doc.querySelectorAll<HTMLAnchorElement>(PAGE_LINK_SELECTOR)) {
    const url = parseHttpUrl(a.getAttribute('href') ?? '', page.href);
    if (!url || url.origin !== page.origin) continue;
    const link = splitPageNumber(url);
    if (link.base !== here.base || link.n > MAX_POST_PAGES || found.has(link.n)) continue;
    url.hash = '';
    found.set(link.n, url.href);
  }
  if (found.size < 2) return undefined;
  return [...found.entries()].sort(([a], [b]) => a - b).map(([n, url]) => ({ n, url }));
}

/**
 * One article from the extractions of a post's pages (`parts` in page order, the page the reader was opened on
 * among them as `shown`): its header, meta and notes, every page's body one after the other, the counts summed,
 * and the extraction note saying how many pages were joined.
 */
export function joinPages(shown: Article, parts: readonly Article[]): Article {
  if (parts.length < 2) return shown;
  const notes: ArticleNote[] = shown.notes.map((n) => (n.kind === 'extracted' ? { ...n, pages: parts.length } : n));
  const seen = new Set<string>();
  return {
    ...shown,
    contentHtml: parts.map((p) => p.contentHtml).join('\n'),
    links: parts.flatMap((p) => p.links).filter((l) => !seen.has(l.href) && seen.add(l.href) !== undefined),
    wordCount: parts.reduce((sum, p) => sum + p.wordCount, 0),
    readingMinutes: parts.reduce((sum, p) => sum + p.readingMinutes, 0),
    notes,
  };
}
