/**
 * Finding the REST root when the page names none: "disable REST" plugins and cleanup snippets remove the
 * api.w.org link and header (docs/wordpress.md §1.12), but the API itself still answers. Probe
 * `{origin}/wp-json/`, then `{origin}/?rest_route=/`, asking for the site fields so the probe's answer
 * doubles as the site info. A JSON 401/403 there proves WordPress and that REST is closed to visitors.
 */
import { ReaderError } from '../errors';
import type { WpSiteInfo } from '../types';
import { failureFor } from './failures';
import { getJson, type RequestContext } from './http';
import { asErrorBody } from './shape';
import { SITE_FIELDS, siteInfoFromIndex } from './site-info';
import { restUrl } from './url';

export interface ProbeResult {
  root: string;
  site?: WpSiteInfo;
}

export function probeRoots(pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return [`${origin}/wp-json/`, `${origin}/?rest_route=/`];
}

/**
 * Resolves the first root that answers a REST index. Throws rest-disabled on a JSON 401/403, the
 * transport errors as they come, and not-wordpress (or rest-disabled when the page is WordPress) when
 * neither form answers JSON.
 */
export async function probeRestRoot(pageUrl: string, isWordPress: boolean, ctx: RequestContext): Promise<ProbeResult> {
  let last: ReaderError | undefined;
  for (const root of probeRoots(pageUrl)) {
    const outcome = await getJson(restUrl(root, '', { _fields: SITE_FIELDS }), ctx);
    if (outcome.json) {
      const err = asErrorBody(outcome.data);
      if (outcome.status === 401 || outcome.status === 403) throw failureFor(outcome);
      if (err === undefined && outcome.status >= 200 && outcome.status < 300) {
        const site = siteInfoFromIndex(outcome.data);
        if (site !== undefined) return { root, site };
        // An object without the fields (very old WordPress, a plugin stripping the index) only counts
        // when the page already proved WordPress; otherwise any JSON API at /wp-json/ would pass.
        if (isWordPress && typeof outcome.data === 'object' && outcome.data !== null && !Array.isArray(outcome.data)) {
          return { root };
        }
      }
    }
    if (outcome.status >= 500) last = failureFor(outcome);
  }
  if (last) throw last;
  if (isWordPress) {
    throw new ReaderError('rest-disabled', {
      detail: 'rest-hidden',
      url: probeRoots(pageUrl)[0],
    });
  }
  throw new ReaderError('not-wordpress', { url: probeRoots(pageUrl)[0] });
}
