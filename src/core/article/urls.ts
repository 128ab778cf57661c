/** URL checks for site-provided links: only absolute http(s) URLs ever reach the Article. */

/** The absolute http(s) URL for `value` (resolved against `base` when given), or undefined. */
export function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = base === undefined ? new URL(value.trim()) : new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host without a leading "www.", for naming a site when its REST index gave no name. */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Same resource? Ignores the fragment and a trailing slash, which do not make a different page. */
export function sameUrl(a: string, b: string): boolean {
  const norm = (u: string): string => {
    try {
      const url = new URL(u);
      url.hash = '';
      return url.href.replace(/\/$/, '');
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

/** REST URLs are never the article's address (a raw-JSON tab's URL is one of them). */
export function isRestUrl(url: string): boolean {
  return /\/wp-json(\/|$)|[?&]rest_route=/.test(url);
}
