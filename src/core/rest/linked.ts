/**
 * "Stay in the reader" (issue 11, item 1): a link in the article to another post or page of the same site is
 * read through REST, by the same ladder as the first open (./ladder.ts: `?p=N` / `?page_id=N` by ID, else the
 * slug of the path, its `link` checked), on the session's own REST root and origin guard (./site-api.ts).
 * Only on the reader's click. Which links qualify is decided here, without a request: the page's own origin,
 * a path that can be a single post or page (not an archive, feed, file or admin screen).
 */
import { ReaderError } from '../errors';
import type { Detection, FetchedPost } from '../types';
import { parseHttpUrl, sameDocument } from '../url';
import type { RestOptions } from './http';
import { climb } from './ladder';
import { slugFromPageUrl } from './page-url';
import { isPostId } from './shape';
import { siteSession, type PostSource } from './site-api';

/** First path segments that WordPress gives to archives, feeds, files and its own screens, never to one post. */
const NOT_A_POST = new Set(['wp-admin', 'wp-content', 'wp-includes', 'wp-json', 'feed', 'category', 'tag', 'author', 'search', 'page', 'comments']);
/** A file by its extension: only `.html` / `.htm` (some permalink structures end so) can be a post. */
const FILE = /\.(?!html?$)[a-z0-9]{1,5}$/i;

/** What the ladder can start from for a link: its URL, and the ID when the link is a plain permalink. */
export interface LinkedTarget {
  url: string;
  postId?: number;
  postType?: 'post' | 'page';
}

/**
 * The link as a possible post of the page's site, or undefined: another origin (REST stays on the page's
 * origin), the shown document itself (an in-page link), a feed, archive, file, search or admin URL.
 */
export function linkedTarget(href: string, pageUrl: string): LinkedTarget | undefined {
  const url = parseHttpUrl(href);
  const page = parseHttpUrl(pageUrl);
  if (!url || !page || url.origin !== page.origin || sameDocument(url.href, page.href)) return undefined;
  url.hash = '';
  const params = url.searchParams;
  for (const [key, type] of [
    ['p', 'post'],
    ['page_id', 'page'],
  ] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    const id = /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
    return isPostId(id) ? { url: url.href, postId: id, postType: type } : undefined;
  }
  // Search results, REST routes, comment replies and previews are not a post to read.
  if (['s', 'rest_route', 'replytocom', 'preview', 'cat', 'tag', 'author', 'feed', 'm'].some((key) => params.has(key))) return undefined;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const first = segments[0]?.toLowerCase();
  if (first === undefined || NOT_A_POST.has(first) || first.startsWith('wp-') || FILE.test(url.pathname.replace(/\/$/, ''))) return undefined;
  if (segments.some((s) => s.toLowerCase() === 'feed')) return undefined;
  return slugFromPageUrl(url.href) === undefined ? undefined : { url: url.href };
}

/** The linked post or page, read like the first one; a link that cannot name one is 'not-found' (no-post-named). */
export async function fetchLinked(source: PostSource, href: string, opts: RestOptions = {}): Promise<FetchedPost> {
  const target = linkedTarget(href, source.detection.pageUrl);
  if (!target) throw new ReaderError('not-found', { detail: 'no-post-named' });
  const { restRoot, wpcomSite } = source.detection;
  // Only what the link itself says: none of the first page's signals (its ID, JSON link, canonical) apply to it.
  const detection: Detection = {
    isWordPress: true,
    pageUrl: target.url,
    pageKind: 'singular',
    signals: [],
    ...(restRoot !== undefined ? { restRoot } : {}),
    ...(wpcomSite !== undefined ? { wpcomSite } : {}),
    ...(target.postId !== undefined ? { postId: target.postId } : {}),
    ...(target.postType !== undefined ? { postType: target.postType } : {}),
  };
  const found = await climb(detection, siteSession(source, opts));
  return { post: found.post, jsonUrl: found.jsonUrl };
}
