/**
 * The list of posts an archive, home or search page is (issue 11, item 3), read from `wp/v2/posts` on the reader's
 * request only: `categories=ID`, `tags=ID`, `author=ID`, `search=q`, `after`/`before` for a date archive, or no
 * filter for the latest posts; 10 a page (WordPress's own default), `X-WP-TotalPages` for the pager. The REST root
 * is found as for a post (fetch-post.ts: the detected one, WordPress.com's public API, else the probe), with the
 * same origin guard, limits and typed failures. A term or author named only by its slug is looked up first
 * (`categories?slug=`); its name is asked for the heading. Items are returned as the site sent them: the reader
 * normalises them (core/article/post-list.ts), in its own page, like a post.
 */
import { ReaderError } from '../errors';
import type { Detection, ListTarget } from '../types';
import { failureFor, isSuccess } from './failures';
import type { RequestContext, RestOptions } from './http';
import { guardForPage } from './origin-guard';
import { probeRestRoot } from './probe';
import { rootOfItemUrl } from './route';
import { RestSession } from './session';
import { isObject, isPostId, LIST_PER_PAGE } from './shape';
import type { RestParams } from './url';
import { wpcomRoot } from './wpcom';

/** A page number beyond this is not a reader paging (and keeps the request bounded). */
export const MAX_LIST_PAGE = 10_000;
/** Only what a list item shows; `_links` + `_embedded` because `_embed` is combined with `_fields` (docs/wordpress.md §0 step 4). */
export const LIST_FIELDS = 'id,date,date_gmt,link,title,excerpt,author,type,_links,_embedded';

const TERM_ROUTE = { category: 'categories', tag: 'tags', author: 'users' } as const;
const TERM_PARAM = { category: 'categories', tag: 'tags', author: 'author' } as const;

export interface RawPostList {
  /** The site's post objects, unchecked (at most LIST_PER_PAGE). */
  items: unknown[];
  page: number;
  /** `X-WP-TotalPages`, when the site sent it. */
  totalPages?: number;
  /** The term's or author's `name` as the site sent it (HTML with entities; the reader makes it text). */
  name?: string;
  /** The list request's URL (an item opened from the list is read from the same REST root). */
  jsonUrl: string;
  /** The REST root the list was read from. */
  root: string;
}

/** Site-local `YYYY-MM-DDTHH:MM:SS` (before / after compare the site-local `date`, like adjacent.ts). */
function siteDate(year: number, month: number, day: number, second = 0): string {
  return new Date(Date.UTC(year, month - 1, day, 0, 0, second)).toISOString().slice(0, 19);
}

/**
 * A date archive as `after` / `before` (both strict): from one second before its first day to the first second
 * after its last one.
 */
export function dateWindow(target: { year: number; month?: number; day?: number }): { after: string; before: string } {
  const { year, month, day } = target;
  if (month === undefined) return { after: siteDate(year, 1, 1, -1), before: siteDate(year + 1, 1, 1) };
  if (day === undefined) return { after: siteDate(year, month, 1, -1), before: siteDate(year, month + 1, 1) };
  return { after: siteDate(year, month, day, -1), before: siteDate(year, month, day + 1) };
}

/** The `wp/v2/posts` parameters of one page of the list; `id` is the term's or author's ID (required for those). */
export function listParams(target: ListTarget, id: number | undefined, page: number): RestParams {
  const base: RestParams = { per_page: LIST_PER_PAGE, page, _embed: 'author', _fields: LIST_FIELDS };
  switch (target.kind) {
    case 'latest':
      return base;
    case 'search':
      return { search: target.search, ...base };
    case 'date':
      return { ...dateWindow(target), ...base };
    default:
      if (id === undefined || !isPostId(id)) throw new TypeError('listParams: a term or author list needs its ID');
      return { [TERM_PARAM[target.kind]]: id, ...base };
  }
}

function validPage(page: unknown): page is number {
  return typeof page === 'number' && Number.isSafeInteger(page) && page >= 1 && page <= MAX_LIST_PAGE;
}

/** The REST session for the page, as fetchPost finds it (the detected root, WordPress.com, else the probe). */
async function listSession(detection: Detection, ctx: RequestContext): Promise<RestSession> {
  const root = [detection.restRoot, detection.postJsonUrl !== undefined ? rootOfItemUrl(detection.postJsonUrl) : undefined].find(
    (r): r is string => r !== undefined && ctx.guard.allows(r),
  );
  if (root !== undefined) return new RestSession(root, 'wp/v2/', ctx);
  const { wpcom } = guardForPage(detection);
  if (wpcom !== undefined) return new RestSession(wpcomRoot(wpcom), '', ctx);
  const probed = await probeRestRoot(detection.pageUrl, detection.isWordPress, ctx);
  return new RestSession(probed.root, 'wp/v2/', ctx);
}

/** The term or author: its ID (looked up by slug when the page named only that) and its name, if the site says. */
async function resolveTerm(
  session: RestSession,
  target: { kind: 'category' | 'tag' | 'author'; id?: number; slug?: string },
): Promise<{ id: number; name?: string }> {
  const route = TERM_ROUTE[target.kind];
  const fields = { _fields: 'id,name' };
  if (target.id !== undefined) {
    // The name is for the heading only: a site that hides its users (security plugins) still lists the posts.
    const outcome = await session.get(`${route}/${target.id}`, fields);
    const name = isSuccess(outcome) && isObject(outcome.data) && typeof outcome.data.name === 'string' ? outcome.data.name : undefined;
    return name !== undefined ? { id: target.id, name } : { id: target.id };
  }
  const outcome = await session.get(route, { slug: target.slug ?? '', ...fields });
  if (!isSuccess(outcome)) throw failureFor(outcome);
  const found = Array.isArray(outcome.data) ? outcome.data.find((t) => isObject(t) && isPostId(t.id)) : undefined;
  if (!isObject(found) || !isPostId(found.id)) throw new ReaderError('not-found', { url: outcome.url });
  return typeof found.name === 'string' ? { id: found.id, name: found.name } : { id: found.id };
}

export async function fetchPostList(detection: Detection, page: number, opts: RestOptions = {}): Promise<RawPostList> {
  const target = detection.list;
  if (target === undefined || !validPage(page)) throw new ReaderError('not-an-article', { url: detection.pageUrl });
  const { guard } = guardForPage(detection);
  if (!guard.allows(detection.pageUrl)) throw new ReaderError('not-wordpress', { url: detection.pageUrl });
  const session = await listSession(detection, { opts, guard });
  let term: { id: number; name?: string } | undefined;
  if (target.kind === 'category' || target.kind === 'tag' || target.kind === 'author') term = await resolveTerm(session, target);
  const outcome = await session.get('posts', listParams(target, term?.id, page));
  if (!isSuccess(outcome)) throw failureFor(outcome);
  if (!Array.isArray(outcome.data)) throw new ReaderError('bad-response', { detail: 'not-post-list', url: outcome.url });
  const list: RawPostList = { items: outcome.data.slice(0, LIST_PER_PAGE), page, jsonUrl: outcome.url, root: session.root };
  if (outcome.totalPages !== undefined) list.totalPages = outcome.totalPages;
  if (term?.name !== undefined) list.name = term.name;
  return list;
}
