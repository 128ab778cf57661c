/**
 * What a REST route names, for detection: a single post-like item or a term/user. Reading and building REST
 * URLs (root forms, `?rest_route=`, route characters) is rest/route.ts, the one grammar both sides use.
 */
import type { PostTypeHint } from '../types';

/**
 * Collection bases that are never a single readable post: terms, users, comments and the API's own
 * configuration routes. Taxonomy terms share the `/{ns}/{rest_base}/N` shape with CPTs, so custom
 * taxonomies are only told apart by the page kind (see detect.ts).
 */
const NOT_POSTS = new Set([
  'categories',
  'tags',
  'users',
  'comments',
  'taxonomies',
  'types',
  'statuses',
  'settings',
  'search',
  'themes',
  'plugins',
  'block-types',
  'block-renderer',
  'block-directory',
  'menus',
  'menu-items',
  'menu-locations',
  'sidebars',
  'widgets',
  'widget-types',
  'global-styles',
  'pattern-directory',
  'block-patterns',
  'font-families',
  'font-collections',
  'templates',
  'template-parts',
  'navigation',
  'blocks',
  'application-passwords',
  'revisions',
  'autosaves',
]);

/** A REST namespace is "vendor/vN" (`wp/v2`, `acme/v1`); anything else is not an item route. */
const NAMESPACE = /^[A-Za-z0-9_.-]+\/v\d+[A-Za-z0-9_.-]*$/;

export interface PostRoute {
  id: number;
  type: PostTypeHint;
  /** True for `wp/v2/posts|pages|media`; false for custom post type routes. */
  core: boolean;
  base: string;
}

/**
 * Is `route` a single post-like item (`/wp/v2/posts/N`, `/wp/v2/pages/N`, `/wp/v2/media/N`, or a CPT's
 * `/{ns}/{rest_base}/N`)? Terms, users, comments and oEmbed are refused (docs/wordpress.md §0 step 1).
 */
export function postRoute(route: string): PostRoute | undefined {
  const parts = route.split('/').filter((p) => p !== '');
  if (parts.length < 3) return undefined;
  const idText = parts[parts.length - 1] ?? '';
  const base = parts[parts.length - 2] ?? '';
  const ns = parts.slice(0, -2).join('/');
  if (!/^[1-9]\d{0,15}$/.test(idText)) return undefined;
  const id = Number(idText);
  if (!Number.isSafeInteger(id)) return undefined;
  if (ns.startsWith('oembed')) return undefined;
  // e.g. `/wp/v2/posts/5/revisions/7` has namespace "wp/v2/posts/5": not an item route we read.
  if (!NAMESPACE.test(ns)) return undefined;
  if (NOT_POSTS.has(base)) return undefined;
  if (ns === 'wp/v2') {
    if (base === 'posts') return { id, type: 'post', core: true, base };
    if (base === 'pages') return { id, type: 'page', core: true, base };
    if (base === 'media') return { id, type: 'attachment', core: true, base };
  }
  if (/(?:^|[-_])(?:cat|cats|category|categories|tag|tags|tax|taxonomy|taxonomies|terms?)$/i.test(base)) {
    return undefined;
  }
  return { id, type: 'unknown', core: false, base };
}

/** True when the route names a term, user or other non-post resource (a sign of an archive page). */
export function isNonPostItemRoute(route: string): boolean {
  const parts = route.split('/').filter((p) => p !== '');
  const base = parts[parts.length - 2] ?? '';
  const ns = parts.slice(0, -2).join('/');
  return NAMESPACE.test(ns) && /^\d+$/.test(parts[parts.length - 1] ?? '') && (base === 'categories' || base === 'tags' || base === 'users');
}
