/**
 * The one grammar of WordPress REST URLs, for reading them (detection: the URLs a page names) and for
 * building them (the client: rest/url.ts). Roots come in three forms (docs/wordpress.md §1.1): pretty
 * `https://ex.com/wp-json/` (prefix filterable via `rest_url_prefix`, so never assume `wp-json`), PATHINFO
 * `https://ex.com/index.php/wp-json/`, and plain `https://ex.com/index.php?rest_route=/` (also valid on every
 * site as `/?rest_route=/`). A route is what follows the root: `/wp/v2/posts/12`.
 */
import { parseHttpUrl, parseUrl } from '../url';

export interface RestLocation {
  /** Absolute REST root, ending in `/` (pretty) or `?rest_route=/` (plain). */
  root: string;
  /** The route below the root, starting with `/`, e.g. `/wp/v2/posts/12`. May be `/` for the root itself. */
  route: string;
}

/** The query parameter of the plain root form. */
export const ROUTE_PARAM = 'rest_route';

/**
 * A route segment we are willing to read from a page or put into a URL: RFC 3986's unreserved characters
 * (https://www.rfc-editor.org/rfc/rfc3986#section-2.3), which need no escaping anywhere in a URL. That covers
 * every route Clearpost asks for or follows: namespaces (`wp/v2`, `acme/v1`), rest bases, numeric ids and
 * WordPress.com `{site}` names (`sites/ex.wordpress.com`, `sites/12345`). `%`, `:` or `@` would let a hostile
 * segment change meaning once the server decodes it.
 */
const SEGMENT = /^[A-Za-z0-9_.~-]+$/;

/** `route` as `/a/b` (empty segments dropped), or undefined when a segment is not route grammar or is `.`/`..`. */
export function cleanRoute(route: string): string | undefined {
  const parts = route.split('/').filter((p) => p !== '');
  if (!parts.every((p) => SEGMENT.test(p) && p !== '.' && p !== '..')) return undefined;
  return `/${parts.join('/')}`;
}

/** The plain root form of `url`: origin + path, every other query parameter dropped. */
export function queryRoot(url: URL): string {
  return `${url.origin}${url.pathname}?${ROUTE_PARAM}=/`;
}

/** True for a `?rest_route=` root (plain permalinks). */
export function isQueryRoot(root: string): boolean {
  return parseUrl(root)?.searchParams.has(ROUTE_PARAM) ?? false;
}

/**
 * Split `url` into root + route. `knownRoot` (from the api.w.org link) wins when `url` sits under it;
 * otherwise the root is found by `rest_route=`, by the `/wp/v2/` namespace, or by a `/wp-json/` segment.
 */
export function splitRestUrl(url: URL, knownRoot?: string): RestLocation | undefined {
  const restRoute = url.searchParams.get(ROUTE_PARAM);
  if (restRoute !== null) {
    const route = cleanRoute(restRoute);
    return route === undefined ? undefined : { root: queryRoot(url), route };
  }
  const path = url.pathname;
  if (knownRoot !== undefined && !knownRoot.includes('?')) {
    const rootUrl = parseUrl(knownRoot);
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

/** Does `url` have the shape of a REST request (any root form)? The route itself is not checked. */
export function looksLikeRestUrl(url: URL): boolean {
  return url.searchParams.has(ROUTE_PARAM) || /\/(?:wp-json|wp\/v2)(?:\/|$)/.test(url.pathname);
}

/**
 * The root of an item URL such as an alternate link's href, for when the page printed that link but not
 * the api.w.org one: `…/wp-json/wp/v2/posts/5` → `…/wp-json/`, `?rest_route=/wp/v2/posts/5` → `?rest_route=/`.
 */
export function rootOfItemUrl(href: string): string | undefined {
  const url = parseHttpUrl(href);
  return url ? splitRestUrl(url)?.root : undefined;
}

/** Normalise an api.w.org root href: keep origin + path (ending in `/`) or the `?rest_route=/` form. */
export function normaliseRoot(url: URL): string {
  if (url.searchParams.has(ROUTE_PARAM)) return queryRoot(url);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/** Join a root and a route into a URL, respecting the `?rest_route=` form. */
export function joinRest(root: string, route: string): string {
  const r = route.startsWith('/') ? route : `/${route}`;
  if (root.endsWith(`?${ROUTE_PARAM}=/`)) return root.slice(0, -1) + r;
  return root + r.slice(1);
}
