/**
 * Which links of an article are another post or page of the same site (issue 11, item 1, "stay in the
 * reader"), decided without a request: the page's own origin, a path that can be a single post or page (not
 * an archive, feed, file or admin screen). Its own module because the reader frame asks it for every link it
 * renders, and must not load the REST client (./linked.ts and the ladder, which run in the background) for it.
 */
import { parseHttpUrl, sameDocument } from '../url';
import { slugFromPageUrl } from './page-url';
import { isPostId } from './shape';

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
