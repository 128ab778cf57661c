/**
 * The site's name, tagline, address and icon from the REST root index (docs/wordpress.md §2.1), asked
 * with `_fields` because the full index (every route's schema) runs to hundreds of KB. Never fails the
 * load: any problem gives `undefined` and the article falls back to the post's host name.
 */
import type { WpSiteInfo } from '../types';
import { getJson, type RequestContext, type RestOptions } from './http';
import { OriginGuard } from './origin-guard';
import { isObject } from './shape';
import { restUrl } from './url';
import { wpcomSiteInfoUrl } from './wpcom';

export const SITE_FIELDS = 'name,description,url,home,site_icon_url';

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Map a root index body to WpSiteInfo; undefined when it is not an index at all. */
export function siteInfoFromIndex(data: unknown): WpSiteInfo | undefined {
  if (!isObject(data) || typeof data.code === 'string') return undefined;
  const info: WpSiteInfo = {};
  const name = str(data.name);
  const description = str(data.description);
  const url = str(data.url);
  const home = str(data.home);
  const iconUrl = str(data.site_icon_url);
  if (name !== undefined) info.name = name;
  if (description !== undefined) info.description = description;
  if (url !== undefined) info.url = url;
  if (home !== undefined) info.home = home;
  if (iconUrl !== undefined) info.iconUrl = iconUrl;
  const isIndex = name !== undefined || url !== undefined || home !== undefined || Array.isArray(data.namespaces);
  return isIndex ? info : undefined;
}

/** WordPress.com v1.1 site object: `URL`, `icon.img`, `lang`. */
export function siteInfoFromWpcom(data: unknown): WpSiteInfo | undefined {
  if (!isObject(data) || typeof data.error === 'string') return undefined;
  const info: WpSiteInfo = {};
  const name = str(data.name);
  const description = str(data.description);
  const url = str(data.URL);
  const icon = isObject(data.icon) ? (str(data.icon.img) ?? str(data.icon.ico)) : undefined;
  const lang = str(data.lang);
  if (name !== undefined) info.name = name;
  if (description !== undefined) info.description = description;
  if (url !== undefined) {
    info.url = url;
    info.home = url;
  }
  if (icon !== undefined) info.iconUrl = icon;
  if (lang !== undefined) info.lang = lang;
  return name !== undefined || url !== undefined ? info : undefined;
}

/** Internal form: with the fetchPost context (origin guard, request log). */
export async function loadSiteInfo(root: string, ctx: RequestContext): Promise<WpSiteInfo | undefined> {
  try {
    const outcome = await getJson(restUrl(root, '', { _fields: SITE_FIELDS }), ctx);
    if (!outcome.json || outcome.status < 200 || outcome.status >= 300) return undefined;
    return siteInfoFromIndex(outcome.data);
  } catch {
    return undefined;
  }
}

export async function loadWpcomSiteInfo(site: string, ctx: RequestContext): Promise<WpSiteInfo | undefined> {
  try {
    const outcome = await getJson(wpcomSiteInfoUrl(site), ctx);
    if (!outcome.json || outcome.status < 200 || outcome.status >= 300) return undefined;
    return siteInfoFromWpcom(outcome.data);
  } catch {
    return undefined;
  }
}

/** Site info from a REST root. Only the root's own origin is requested. */
export async function fetchSiteInfo(root: string, opts: RestOptions = {}): Promise<WpSiteInfo | undefined> {
  let guard: OriginGuard;
  try {
    guard = new OriginGuard(root);
  } catch {
    return undefined;
  }
  return loadSiteInfo(root, { opts, guard });
}
