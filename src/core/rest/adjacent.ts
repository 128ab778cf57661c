/**
 * The previous / next post by date (issue 11, item 2), on the reader's request only. `before` / `after` of
 * `wp/v2/posts` compare the site-local `date` (WP_REST_Posts_Controller: a date_query on `post_date`), so the
 * post's own `date` is sent back as it came, never `date_gmt` (that would be off by the site's UTC offset).
 * Both are strict: two posts published in the same second would skip each other (WordPress's own
 * get_adjacent_post() does). So the window is widened by one second, a few posts are listed (ids and dates
 * only), ties are ordered by ID (pickAdjacent), and only the one post chosen is then read with its embeds.
 */
import { ReaderError } from '../errors';
import type { FetchedPost } from '../types';
import { failureFor, isSuccess } from './failures';
import type { RestOptions } from './http';
import { EMBED, expectPost } from './ladder';
import { isObject, isPostId, SITE_DATE } from './shape';
import { siteSession, type PostSource } from './site-api';
import type { RestParams } from './url';

export type Direction = 'previous' | 'next';

/** Posts listed around the current one: room for a few published in the same second. */
export const ADJACENT_WINDOW = 5;

export interface CurrentPost {
  id: number;
  /** The post's site-local `date`, as the site sent it. */
  siteDate: string;
}

/** `date` ± one second, in the same site-local form (read and written as UTC: no zone is involved). */
function shift(siteDate: string, seconds: number): string {
  return new Date(Date.parse(`${siteDate}Z`) + seconds * 1000).toISOString().slice(0, 19);
}

/** The list request: newest first before the post (previous), oldest first after it (next). */
export function adjacentQuery(current: CurrentPost, direction: Direction): RestParams {
  const base = { per_page: ADJACENT_WINDOW, orderby: 'date', _fields: 'id,date' };
  return direction === 'previous'
    ? { before: shift(current.siteDate, 1), ...base, order: 'desc' }
    : { after: shift(current.siteDate, -1), ...base, order: 'asc' };
}

/** The adjacent post's ID in a listed window: by (date, id), so posts of the same second keep an order. */
export function pickAdjacent(items: unknown[], current: CurrentPost, direction: Direction): number | undefined {
  let best: { id: number; date: string } | undefined;
  for (const item of items) {
    if (!isObject(item) || !isPostId(item.id) || typeof item.date !== 'string' || !SITE_DATE.test(item.date)) continue;
    const c = { id: item.id, date: item.date };
    if (c.id === current.id) continue;
    const cmp = c.date === current.siteDate ? Math.sign(c.id - current.id) : c.date < current.siteDate ? -1 : 1;
    if (direction === 'previous' ? cmp >= 0 : cmp <= 0) continue;
    const better = !best || (direction === 'previous' ? after(c, best) : after(best, c));
    if (better) best = c;
  }
  return best?.id;
}

function after(a: { id: number; date: string }, b: { id: number; date: string }): boolean {
  return a.date === b.date ? a.id > b.id : a.date > b.date;
}

/** The previous / next post, read like the first one (embeds, checks); undefined at either end of the site. */
export async function fetchAdjacent(
  source: PostSource,
  current: CurrentPost,
  direction: Direction,
  opts: RestOptions = {},
): Promise<FetchedPost | undefined> {
  if (
    !isPostId(current.id) ||
    typeof current.siteDate !== 'string' ||
    !SITE_DATE.test(current.siteDate) ||
    Number.isNaN(Date.parse(`${current.siteDate}Z`))
  ) {
    throw new ReaderError('bad-response', { url: source.jsonUrl });
  }
  const session = siteSession(source, opts);
  const list = await session.get('posts', adjacentQuery(current, direction));
  if (!isSuccess(list)) throw failureFor(list);
  if (!Array.isArray(list.data)) throw new ReaderError('bad-response', { detail: 'not-post-list', url: list.url });
  const id = pickAdjacent(list.data, current, direction);
  if (id === undefined) return undefined;
  const found = expectPost(await session.get(`posts/${id}`, EMBED));
  return { post: found.post, jsonUrl: found.jsonUrl };
}
