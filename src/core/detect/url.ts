/**
 * URL helpers for detection. Every URL on a page is hostile: only http(s) survives, and nothing from the
 * page's query string is ever carried over onto a REST URL (a `_wpnonce` there would turn an anonymous
 * request into an authenticated one; see docs/wordpress.md §0 step 6).
 */
import { byTag } from './elements';

/** Resolve `href` against `base`; undefined unless the result is http(s). */
export function toHttpUrl(href: string | null | undefined, base: string): URL | undefined {
  if (href == null) return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Credentials in a URL are never legitimate here and would leak if fetched.
  if (url.username !== '' || url.password !== '') return undefined;
  return url;
}

/**
 * The document's base for resolving relative URLs: its `<base href>` (resolved against the page URL, as a
 * browser does) when it is http(s), else the page URL. We cannot trust `doc.baseURI`: a document built with
 * DOMParser has the parser's URL, not the page's.
 */
export function documentBase(doc: Document, pageUrl: string): string {
  for (const base of byTag(doc, 'base')) {
    if (!base.hasAttribute('href')) continue;
    const resolved = toHttpUrl(base.getAttribute('href'), pageUrl);
    return resolved ? resolved.href : pageUrl;
  }
  return pageUrl;
}

const SECOND_LEVEL = /^(?:co|com|net|org|gov|edu|ac|or|ne|go|gob|mil|nic|ltd|plc)$/;

/**
 * An approximation of the registrable domain ("site") without shipping the Public Suffix List: the last two
 * labels, or three when the second-to-last is a common second-level label under a ccTLD (`co.uk`, `com.au`,
 * `ne.jp`). It only decides whether an asset is "this site's", so a rare miss costs one weak signal.
 */
export function siteKey(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h; // IPv4 / IPv6 literal
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const tld = labels[labels.length - 1] ?? '';
  const sld = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && SECOND_LEVEL.test(sld) ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function sameSite(a: URL, b: URL): boolean {
  return siteKey(a.hostname) === siteKey(b.hostname);
}
