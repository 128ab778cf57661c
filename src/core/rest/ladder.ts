/**
 * The resolution ladder (docs/wordpress.md §0 steps 1–4, §1.13): from what detection found to the post
 * JSON, most trusted first. Each rung that finds nothing ("not found") hands over to the next; any other
 * failure (REST closed, server error, timeout...) ends the search, since other routes on the same site
 * would fail the same way.
 */
import { ReaderError } from '../errors';
import type { Detection, WpPost } from '../types';
import { failureFor, isFatal, isSuccess } from './failures';
import type { Outcome } from './http';
import { sameArticleUrl, slugFromPageUrl } from './page-url';
import type { RestSession } from './session';
import { asObjectArray, checkPost, isObject } from './shape';
import type { RestParams } from './url';

/** Selective embed (WP ≥ 5.4, §2.3): a bare `_embed` would also pull up to 100 comments and terms. */
export const EMBED: RestParams = { _embed: 'author,wp:featuredmedia,wp:term' };

export interface Found {
  post: WpPost;
  jsonUrl: string;
}

/** A single-post answer → the post, or the typed failure. */
export function expectPost(outcome: Outcome): Found {
  if (!isSuccess(outcome)) throw failureFor(outcome);
  const check = checkPost(outcome.data);
  if (check.ok) return { post: check.post, jsonUrl: outcome.url };
  if (check.why === 'protected') throw new ReaderError('password-protected', { status: outcome.status, url: outcome.url });
  const detail = Array.isArray(outcome.data) ? 'list-not-post' : undefined;
  throw new ReaderError('bad-response', { detail, status: outcome.status, url: outcome.url });
}

type Rung = () => Promise<Found | undefined>;

export async function climb(det: Detection, session: RestSession): Promise<Found> {
  const rungs: Rung[] = [];
  const id = det.postId;
  const guard = session.ctx.guard;
  if (det.postJsonUrl !== undefined && guard.allows(det.postJsonUrl)) {
    const href = det.postJsonUrl;
    rungs.push(async () => expectPost(await session.getUrl(href, EMBED)));
  }
  if (id !== undefined) {
    // A known type goes first; `posts/N` then `pages/N` follow the search, each route asked once.
    const bases = det.postType === 'page' ? ['pages', 'posts'] : ['posts', 'pages'];
    const known = det.postType === 'post' || det.postType === 'page';
    const byId =
      (base: string): Rung =>
      async () =>
        expectPost(await session.get(`${base}/${id}`, EMBED));
    if (known) rungs.push(byId(bases[0]!));
    rungs.push(() => viaSearch(id, session));
    for (const base of known ? bases.slice(1) : bases) rungs.push(byId(base));
  }
  const slug = slugFromPageUrl(det.pageUrl);
  if (slug !== undefined && det.rawJson === undefined) {
    rungs.push(() => viaSlug('posts', slug, det.pageUrl, session));
    rungs.push(() => viaSlug('pages', slug, det.pageUrl, session));
  }

  let firstMiss: ReaderError | undefined;
  for (const rung of rungs) {
    try {
      const found = await rung();
      if (found) return found;
    } catch (error) {
      if (!(error instanceof ReaderError)) throw error;
      if (isFatal(error)) throw await privateOrAsIs(error, session);
      firstMiss ??= error;
    }
  }
  throw firstMiss ?? new ReaderError('not-found', { detail: 'no-post-named' });
}

/** Codes core gives a post it will not show an anonymous reader (docs/wordpress.md §2.5). */
const FORBIDDEN_POST_CODES = new Set(['rest_forbidden', 'rest_cannot_read']);

/**
 * A 401/403 `rest_forbidden` for one post means "private, draft or scheduled" (docs/wordpress.md §2.5) only
 * when the site's REST still answers anonymous readers: "logged-in only" snippets send the same code for
 * every route (§2.7). One cheap list request tells them apart (issue 11, item 7); if it fails too, the
 * original failure stands (REST disabled).
 */
async function privateOrAsIs(error: ReaderError, session: RestSession): Promise<ReaderError> {
  const { status, code, url } = error.data;
  if ((status !== 401 && status !== 403) || code === undefined || !FORBIDDEN_POST_CODES.has(code)) return error;
  let outcome: Outcome;
  try {
    outcome = await session.get('posts', { per_page: 1, _fields: 'id' });
  } catch {
    return error; // the check's own timeout or network failure: say what the post request said
  }
  return isSuccess(outcome) && Array.isArray(outcome.data) ? new ReaderError('private', { status, code, url }) : error;
}

/**
 * `search?include=N` (WP ≥ 6.1) gives the subtype and the item's own route, custom post types included.
 * Older sites ignore `include` and list recent items, so the answer only counts when its id is N.
 * A search that finds nothing, or a site without the route or with search closed, moves on to `posts/N`.
 */
async function viaSearch(id: number, session: RestSession): Promise<Found | undefined> {
  const outcome = await session.get('search', { include: id });
  if (!isSuccess(outcome)) return undefined; // transport failures have already thrown
  const hit = asObjectArray(outcome.data)?.find((item) => item.id === id && item.type === 'post');
  if (!hit) return undefined;
  const subtype = typeof hit.subtype === 'string' ? hit.subtype : '';
  if (subtype === 'post' || subtype === 'page') return expectPost(await session.get(`${subtype}s/${id}`, EMBED));
  const self = selfHref(hit);
  if (self === undefined || !session.ctx.guard.allows(self)) return undefined;
  return expectPost(await session.getUrl(self, EMBED));
}

function selfHref(item: Record<string, unknown>): string | undefined {
  const links = item._links;
  if (!isObject(links) || !Array.isArray(links.self)) return undefined;
  const first: unknown = links.self[0];
  return isObject(first) && typeof first.href === 'string' ? first.href : undefined;
}

/** `?slug=` returns `[]` (not 404) on no match; pages can share a slug, so the `link` must match too (§1.13). */
async function viaSlug(base: 'posts' | 'pages', slug: string, pageUrl: string, session: RestSession): Promise<Found> {
  const outcome = await session.get(base, { slug, ...EMBED });
  if (!isSuccess(outcome)) throw failureFor(outcome);
  const items = asObjectArray(outcome.data);
  if (items === undefined) {
    throw new ReaderError('bad-response', { detail: 'not-post-list', url: outcome.url });
  }
  const match = items.find((item) => typeof item.link === 'string' && sameArticleUrl(item.link, pageUrl));
  if (!match) throw new ReaderError('not-found', { status: outcome.status, url: outcome.url });
  return expectPost({ ...outcome, data: match });
}
