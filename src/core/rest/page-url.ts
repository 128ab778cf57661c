/**
 * From the page URL to what the `?slug=` fallback needs (docs/wordpress.md §1.13): the post's own path,
 * without the suffixes WordPress adds for AMP, comment pages and multi-page posts.
 */

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Path segments of the post itself: `/amp/`, `/page/N/`, `/comment-page-N/` and a trailing `/N/` removed. */
function postSegments(url: URL): string[] {
  const segs = url.pathname.split('/').filter((s) => s !== '');
  if (segs[segs.length - 1]?.toLowerCase() === 'amp') segs.pop();
  if (/^comment-page-\d+$/.test(segs[segs.length - 1] ?? '')) segs.pop();
  if (segs.length >= 2 && segs[segs.length - 2] === 'page' && /^\d+$/.test(segs[segs.length - 1] ?? '')) {
    segs.splice(-2);
  } else if (segs.length >= 2 && /^\d+$/.test(segs[segs.length - 1] ?? '')) {
    // `/my-post/2/` is page 2 of a multi-page post; a lone `/2024/` stays (it is not a post anyway).
    segs.pop();
  }
  if (segs[segs.length - 1]?.toLowerCase() === 'amp') segs.pop();
  return segs;
}

/** The slug to look up: the last path segment, decoded (the server re-encodes it, §1.13). */
export function slugFromPageUrl(pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const last = postSegments(url).pop();
  if (last === undefined) return undefined;
  const slug = safeDecode(last).replace(/\.html?$/i, '');
  if (slug === '' || slug === 'index.php' || /^\d+$/.test(slug)) return undefined;
  return slug;
}

/**
 * A form of a URL for comparing a post's `link` with the page URL: host without `www.`, decoded
 * lowercase path without the suffixes above, no scheme (sites often store http links behind https),
 * no query or fragment.
 */
export function comparableUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = postSegments(url)
    .map((s) => safeDecode(s).toLowerCase())
    .join('/');
  return `${host}/${path}`;
}

export function sameArticleUrl(a: string, b: string): boolean {
  const ca = comparableUrl(a);
  return ca !== undefined && ca === comparableUrl(b);
}
