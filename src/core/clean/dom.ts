/** Small DOM helpers shared by the cleaning passes. All work happens in an inert document. */

/**
 * A document with no browsing context: nothing parsed into it runs or loads (no scripts, no image
 * fetches), which is what DOMPurify itself relies on.
 */
export function inertDocument(): Document {
  return document.implementation.createHTMLDocument('');
}

/** A detached <div> in a fresh inert document holding `html` parsed (not yet sanitised!). */
export function parseInert(html: string): HTMLElement {
  const root = inertDocument().createElement('div');
  root.innerHTML = html;
  return root;
}

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === 1;
}

/** Replaces `el` by its children. */
export function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

/** Same children and (chosen) attributes under a new tag name. */
export function rename(el: Element, tag: string, keepAttributes = true): Element {
  const next = el.ownerDocument.createElement(tag);
  if (keepAttributes) for (const attr of [...el.attributes]) next.setAttribute(attr.name, attr.value);
  next.append(...el.childNodes);
  el.replaceWith(next);
  return next;
}

/** Block-level elements, as far as text layout is concerned. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'DD', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'UL', 'VIDEO', 'AUDIO', 'PICTURE',
]);

export function isBlock(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.tagName);
}
