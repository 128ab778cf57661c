/**
 * WordPress.com simple sites serve no `/wp-json/` on their own host (docs/wordpress.md §1.10): core
 * routes are proxied at public-api.wordpress.com/wp/v2/sites/{site}/, and the site's name and icon come
 * from the v1.1 site endpoint.
 * https://developer.wordpress.com/2016/11/11/wordpress-rest-api-on-wordpress-com/
 */

import { cleanRoute } from './route';

export const WPCOM_API_ORIGIN = 'https://public-api.wordpress.com';

/** `{site}` is a host name or a numeric blog ID; anything else is refused rather than put in a path. */
export function validWpcomSite(site: string): string | undefined {
  const s = site.trim().toLowerCase();
  if (/^\d{1,20}$/.test(s)) return s;
  if (/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(s)) return s;
  return undefined;
}

/** A pretty REST root for the site: `restUrl(root, 'posts/12')` gives the proxied core route. */
export function wpcomRoot(site: string): string {
  return `${WPCOM_API_ORIGIN}/wp/v2/sites/${site}/`;
}

/** The v1.1 site endpoint, limited to the fields Clearpost shows. */
export function wpcomSiteInfoUrl(site: string): string {
  return `${WPCOM_API_ORIGIN}${wpcomSiteInfoPath(site)}?fields=name,description,URL,icon,lang`;
}

function wpcomSiteInfoPath(site: string): string {
  return `/rest/v1.1/sites/${site}`;
}

/**
 * The paths of public-api.wordpress.com Clearpost may ask for one site: the proxied core routes under
 * `wpcomRoot(site)` and the v1.1 site endpoint itself, nothing else of that API (`/rest/v1.1/me`, other sites).
 * `pathname` must come from the URL parser (dot segments resolved); what follows the root must be route
 * grammar (no `%2F..%2F` for the API to decode).
 */
export function isWpcomPathOf(site: string, pathname: string): boolean {
  if (pathname === wpcomSiteInfoPath(site)) return true;
  const root = new URL(wpcomRoot(site)).pathname;
  return pathname.startsWith(root) && cleanRoute(pathname.slice(root.length)) !== undefined;
}
