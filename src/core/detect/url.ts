/**
 * URL helpers for detection. Every URL on a page is hostile: only http(s) without credentials survives
 * (src/core/url.ts), and nothing from the page's query string is ever carried over onto a REST URL (a
 * `_wpnonce` there would turn an anonymous request into an authenticated one; see docs/wordpress.md §0 step 6).
 */
import { parseHttpUrl } from '../url';
import { byTag } from './elements';

/**
 * The document's base for resolving relative URLs: its `<base href>` (resolved against the page URL, as a
 * browser does) when it is http(s), else the page URL. We cannot trust `doc.baseURI`: a document built with
 * DOMParser has the parser's URL, not the page's.
 */
export function documentBase(doc: Document, pageUrl: string): string {
  for (const base of byTag(doc, 'base')) {
    if (!base.hasAttribute('href')) continue;
    const resolved = parseHttpUrl(base.getAttribute('href'), pageUrl);
    return resolved ? resolved.href : pageUrl;
  }
  return pageUrl;
}
