/**
 * Reading REST URLs: split an absolute URL into the REST root and the route, whatever the permalink setup.
 * Roots come in three forms (docs/wordpress.md §1.1): pretty `https://ex.com/wp-json/` (prefix filterable via
 * `rest_url_prefix`, so never assume `wp-json`), PATHINFO `https://ex.com/index.php/wp-json/`, and plain
 * `https://ex.com/index.php?rest_route=/` (also valid on every site as `/?rest_route=/`).
 */
import type { PostTypeHint } from '../types';

export interface RestLocation {
  /** Absolute REST root, ending in `/` (pretty) or `?rest_route=/` (plain). */
  root: string;
  /** The route below the root, starting with `/`, e.g. `/wp/v2/posts/12`. May be `/` for the root itself. */
  route: string;
}

/** A route segment we are willing to echo back into a URL: slugs, namespaces, versions, numbers. */
const SEGMENT = /^[A-Za-z0-9_.~-]+$/;

function cleanRoute(route: string): string | undefined {
  const r = route.startsWith('/') ? route : `/${route}`;
  const parts = r.split('/').filter((p) => p !== '');
  if (!parts.every((p) => SEGMENT.test(p) && p !== '.' && p !== '..')) return undefined;
  return `/${parts.join('/')}`;
}

/** Root for the `?rest_route=` form: keep origin + path, drop every other query parameter. */
function queryRoot(url: URL): string {
  return `${url.origin}${url.pathname}?rest_route=/`;
}

/**
 * Split `url` into root + route. `knownRoot` (from the api.w.org link) wins when `url` sits under it;
 * otherwise the root is found by `rest_route=`, by the `/wp/v2/` namespace, or by a `/wp-json/` segment.
 */
export function splitRestUrl(url: URL, knownRoot?: string): RestLocation | undefined {
  const restRoute = url.searchParams.get('rest_route');
  if (restRoute !== null) {
    const route = cleanRoute(restRoute);
    return route === undefined ? undefined : { root: queryRoot(url), route };
  }
  const path = url.pathname;
  if (knownRoot !== undefined && !knownRoot.includes('?')) {
    const rootUrl = safeUrl(knownRoot);
    if (rootUrl && rootUrl.origin === url.origin && path.startsWith(rootUrl.pathname)) {
      const route = cleanRoute(path.slice(rootUrl.pathname.length));
      if (route !== undefined) return { root: `${rootUrl.origin}${rootUrl.pathname}`, route };
    }
  }
  const v2 = path.indexOf('/wp/v2/');
  const v2End = path.endsWith('/wp/v2') ? path.length - '/wp/v2'.length : -1;
  const at = v2 >= 0 ? v2 : v2End;
  if (at >= 0) {
    const route = cleanRoute(path.slice(at));
    return route === undefined ? undefined : { root: `${url.origin}${path.slice(0, at + 1)}`, route };
  }
  const wj = path.indexOf('/wp-json');
  if (wj >= 0 && (path.length === wj + 8 || path[wj + 8] === '/')) {
    const rootPath = path.slice(0, wj) + '/wp-json/';
    const route = cleanRoute(path.slice(wj + 8));
    return route === undefined ? undefined : { root: `${url.origin}${rootPath}`, route };
  }
  return undefined;
}

/** Normalise an api.w.org root href: keep origin + path (ending in `/`) or the `?rest_route=/` form. */
export function normaliseRoot(url: URL): string {
  if (url.searchParams.has('rest_route')) return queryRoot(url);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/** Join a root and a route into a URL, respecting the `?rest_route=` form. */
export function joinRest(root: string, route: string): string {
  const r = route.startsWith('/') ? route : `/${route}`;
  if (root.endsWith('?rest_route=/')) return root.slice(0, -1) + r;
  return root + r.slice(1);
}

function safeUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

/**
 * Collection bases that are never a single readable post: terms, users, comments and the API's own
 * configuration routes. Taxonomy terms share the `/{ns}/{rest_base}/N` shape with CPTs, so custom
 * taxonomies are only told apart by the page kind (see detect.ts).
 */
const NOT_POSTS = new Set([
  'categories', 'tags', 'users', 'comments', 'taxonomies', 'types', 'statuses', 'settings', 'search',
  'themes', 'plugins', 'block-types', 'block-renderer', 'block-directory', 'menus', 'menu-items',
  'menu-locations', 'sidebars', 'widgets', 'widget-types', 'global-styles', 'pattern-directory',
  'block-patterns', 'font-families', 'font-collections', 'templates', 'template-parts', 'navigation',
  'blocks', 'application-passwords', 'revisions', 'autosaves',
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
  return (
    NAMESPACE.test(ns) &&
    /^\d+$/.test(parts[parts.length - 1] ?? '') &&
    (base === 'categories' || base === 'tags' || base === 'users')
  );
}
