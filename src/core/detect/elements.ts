/**
 * Finding elements on a big page without paying for the whole page. Detection runs on the click's critical
 * path, on pages of 25 000+ elements (the bench's 2 MB news page, scripts/bench/heavy-page.ts):
 * - a tag-name collection (`getElementsByTagName`) is indexed by the browser and cheap even on such a page
 *   (Chromium: ~0.1 ms for its 1 700 <img>), where an attribute selector (`img[src*="wp-content" i]`,
 *   `[class*="post-"]`) matches every element of the page (~1–6 ms per query, more under load);
 * - `querySelector` stops at the first match, `querySelectorAll` never does.
 * Every helper returns exactly what the selector it replaces would (document order included).
 */

/** The elements named `tag`, in document order. */
export function byTag(doc: Document, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}

/** Node.DOCUMENT_POSITION_FOLLOWING, without needing a `Node` global (the core also runs under jsdom). */
const FOLLOWING = 4;

/** The element of `candidates` that comes first in document order. */
export function firstInDocument(candidates: ReadonlyArray<Element | null | undefined>): Element | undefined {
  let first: Element | undefined;
  for (const el of candidates) {
    if (!el) continue;
    if (first === undefined || (el.compareDocumentPosition(first) & FOLLOWING) !== 0) first = el;
  }
  return first;
}

/**
 * `doc.querySelector('#a, #b')` for plain identifiers (no CSS escaping needed): the first element whose id
 * is one of `ids`. Uses the document's id map, except in quirks mode, where id selectors ignore ASCII case
 * and getElementById does not (https://dom.spec.whatwg.org/#concept-id, https://quirks.spec.whatwg.org/).
 */
export function firstById(doc: Document, ids: readonly string[]): Element | undefined {
  if (doc.compatMode === 'BackCompat') return doc.querySelector(ids.map((id) => `#${id}`).join(', ')) ?? undefined;
  return firstInDocument(ids.map((id) => doc.getElementById(id)));
}
