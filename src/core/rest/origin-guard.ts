/**
 * Which URLs the client may request: the page's own origin, and for a WordPress.com simple site only that
 * site's paths on public-api.wordpress.com (wpcom.ts). A hostile page can point its alternate link, api.w.org
 * link or a search result's `self` at any host (an intranet admin panel, a router) or at another part of
 * public-api.wordpress.com; with host permissions the extension would read it for the page. So every URL is
 * checked before it is requested, every redirect hop before it is followed (redirects.ts), and a final URL
 * before its body is read.
 */
import { ReaderError } from '../errors';
import type { Detection } from '../types';
import { isWpcomPathOf, validWpcomSite, WPCOM_API_ORIGIN } from './wpcom';

export class OriginGuard {
  private readonly origins: Set<string>;

  /** `wpcomSite`: the validated `{site}` (validWpcomSite) when detection found a WordPress.com simple site. */
  constructor(
    pageUrl: string,
    private readonly wpcomSite?: string,
  ) {
    const page = new URL(pageUrl);
    this.origins = new Set([page.origin]);
    // An http page whose site links its API over https is the same host, upgraded: no new target.
    if (page.protocol === 'http:' && page.port === '') this.origins.add(`https://${page.hostname}`);
  }

  allows(url: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    if (parsed.username !== '' || parsed.password !== '') return false;
    if (this.origins.has(parsed.origin)) return true;
    return parsed.origin === WPCOM_API_ORIGIN && this.wpcomSite !== undefined && isWpcomPathOf(this.wpcomSite, parsed.pathname);
  }

  /** Throws before any request to a URL outside the allowed origins. */
  check(url: string): void {
    if (!this.allows(url)) {
      throw new ReaderError('bad-response', {
        detail: 'other-site-data',
        url,
      });
    }
  }
}

/**
 * The guard for every request about a detected page (the post, its comments, previous / next): the page's origin,
 * plus public-api.wordpress.com only for a WordPress.com site and only under that site's paths. A page URL
 * that is not http(s) is not a WordPress page.
 */
export function guardForPage(detection: Detection): { guard: OriginGuard; wpcom: string | undefined } {
  const wpcom = detection.wpcomSite !== undefined ? validWpcomSite(detection.wpcomSite) : undefined;
  try {
    return { guard: new OriginGuard(detection.pageUrl, wpcom), wpcom };
  } catch {
    throw new ReaderError('not-wordpress', { url: detection.pageUrl });
  }
}
