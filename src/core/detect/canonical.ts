/**
 * The page's canonical URL: `<link rel="canonical">` (or the same relation in the HTTP `Link` header,
 * RFC 6596 §3). WordPress prints it on every singular page (`rel_canonical()`, or an SEO plugin's).
 * The page is hostile: only an absolute http(s) URL without credentials survives (parseHttpUrl), the
 * fragment is dropped (a canonical names a document, not a place in it), absurdly long values are
 * refused, and when the page names several different canonicals none is trusted (as search engines do:
 * https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls).
 */

/** Longer than any real permalink; a longer value is junk or an attack on whoever displays it. */
export const MAX_CANONICAL_LENGTH = 2048;

/** The one canonical URL the candidates agree on, or undefined. Candidates are already http(s) URLs. */
export function pickCanonical(candidates: readonly URL[]): string | undefined {
  const distinct = new Set<string>();
  for (const url of candidates) {
    const copy = new URL(url.href);
    copy.hash = '';
    distinct.add(copy.href);
  }
  if (distinct.size !== 1) return undefined;
  const [only] = distinct;
  return only !== undefined && only.length <= MAX_CANONICAL_LENGTH ? only : undefined;
}
