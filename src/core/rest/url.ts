/**
 * Building REST URLs for the three root forms WordPress prints (docs/wordpress.md §1.1; the grammar: route.ts):
 *   pretty    https://ex.com/wp-json/            + wp/v2/posts/1 → https://ex.com/wp-json/wp/v2/posts/1
 *   PATHINFO  https://ex.com/index.php/wp-json/  + wp/v2/posts/1 → https://ex.com/index.php/wp-json/wp/v2/posts/1
 *   plain     https://ex.com/?rest_route=/       + wp/v2/posts/1 → https://ex.com/?rest_route=/wp/v2/posts/1
 * Extra parameters go after `?` or `&` as the form needs. `root` may also be a complete item URL (the
 * alternate link's href) with an empty route: only the parameters are added.
 *
 * Nothing from the root's own query survives except `rest_route`: a hostile page could put `_wpnonce`,
 * `_envelope` or `_jsonp` there, and page query parameters never belong on REST URLs (§5.3).
 */

import { cleanRoute, queryRoot, ROUTE_PARAM } from './route';

export type RestParams = Record<string, string | number | string[]>;

/** Characters left readable in query values: `/` in routes, `,` and `:` in `_embed` (all legal in a query). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

function encodeParams(params: RestParams | undefined): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(params ?? {})) {
    if (key === ROUTE_PARAM) continue; // the route is ours to set, never a caller's
    if (Array.isArray(value)) {
      // PHP reads `key[]=a&key[]=b` as an array; WordPress's list parameters (slug, include) accept it.
      for (const v of value) out.push(`${encodeURIComponent(key)}[]=${encodeValue(v)}`);
    } else {
      out.push(`${encodeURIComponent(key)}=${encodeValue(String(value))}`);
    }
  }
  return out;
}

/** `wp/v2/posts/12` → `wp/v2/posts/12` (no leading slash); throws on anything outside the route grammar. */
function routePath(route: string): string {
  const clean = cleanRoute(route);
  if (clean === undefined) throw new TypeError(`Unsafe REST route: ${JSON.stringify(route)}`);
  return clean.slice(1);
}

function parseHttp(root: string): URL {
  const url = new URL(root);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Not an http(s) URL: ${root}`);
  return url;
}

export function restUrl(root: string, route: string, params?: RestParams): string {
  const url = parseHttp(root);
  const path = routePath(route);
  const query = encodeParams(params);
  const restRoute = url.searchParams.get(ROUTE_PARAM);
  if (restRoute !== null) {
    const base = restRoute.startsWith('/') ? restRoute : `/${restRoute}`;
    const full = path === '' ? base : `${base.endsWith('/') ? base : `${base}/`}${path}`;
    return `${url.origin}${url.pathname}?${[`${ROUTE_PARAM}=${encodeValue(full)}`, ...query].join('&')}`;
  }
  let pathname = url.pathname;
  if (path !== '') pathname = `${pathname.endsWith('/') ? pathname : `${pathname}/`}${path}`;
  return `${url.origin}${pathname}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/**
 * The `?rest_route=` twin of a pretty root: `https://ex.com/blog/wp-json/` → `https://ex.com/blog/?rest_route=/`,
 * `https://ex.com/index.php/wp-json/` → `https://ex.com/index.php?rest_route=/`. Every WordPress answers the
 * query form, whatever its permalinks (§2.5: plain-permalink sites serve an HTML 404 at `/wp-json/`).
 */
export function queryRootFor(root: string): string {
  const url = parseHttp(root);
  const segments = url.pathname.split('/').filter((s) => s !== '');
  segments.pop(); // the REST prefix, usually `wp-json` (filterable, so not matched by name)
  url.pathname = segments[segments.length - 1] === 'index.php' ? `/${segments.join('/')}` : segments.length > 0 ? `/${segments.join('/')}/` : '/';
  return queryRoot(url);
}
