/**
 * Which origins the client may read from: the page's own, and public-api.wordpress.com for WordPress.com
 * simple sites. A hostile page can point its alternate link, api.w.org link or a search result's `self`
 * at any host (an intranet admin panel, a router); with host permissions the extension would read it for
 * the page. So every URL is checked before it is requested, and again after redirects before its body is
 * read.
 */
import { ReaderError } from '../errors';

export const WPCOM_API_ORIGIN = 'https://public-api.wordpress.com';

export class OriginGuard {
  private readonly origins: Set<string>;

  constructor(pageUrl: string) {
    const page = new URL(pageUrl);
    this.origins = new Set([page.origin, WPCOM_API_ORIGIN]);
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
    return this.origins.has(parsed.origin);
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

