/** Small DOM helpers shared by the cleaning passes. All work happens in an inert document. */

/**
 * The one way to get an empty document with no browsing context: nothing parsed into it runs or loads
 * (no scripts, no image fetches), which is what DOMPurify itself relies on. Built from `from`'s
 * implementation (a page's, when copying its nodes); read through the getter, since a page's
 * `<img name="implementation">` would shadow `doc.implementation` (DOM clobbering, see parseInert).
 */
export function inertDocument(from: Document = document): Document {
  return (Reflect.get(Document.prototype, 'implementation', from) as DOMImplementation).createHTMLDocument('');
}

/**
 * `html` parsed as the content of a <body>, in a new inert document: a DOMParser document has no
 * browsing context and scripting disabled, so nothing in it runs or loads (and <noscript> content is
 * parsed as elements, as in browsers' `createHTMLDocument`).
 *
 * Why not `el.innerHTML = html`: AMO's linter (web-ext lint) reports every non-literal innerHTML
 * assignment as UNSAFE_VAR_ASSIGNMENT, even in an inert document, and the store wants 0 warnings;
 * `parseFromString` is not flagged. The `<!DOCTYPE html><body>` prefix makes it the same parse as
 * `div.innerHTML = html` in a no-quirks document: without it a leading <meta>/<style>/<link>/<title>
 * would go to <head>, leading whitespace would be dropped, a `<table>` would not close an open <p>
 * (quirks mode) and `<frameset>` could replace the body. The one difference left: a comment after a
 * literal `</body>` or `</html>` lands outside the body (and is dropped), which no post content has.
 * https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody
 */
export function parseHtmlBody(html: string): HTMLElement {
  // The getter itself, not doc.body: Firefox lets <form name=body> in the content shadow it (see parseInert).
  return Reflect.get(Document.prototype, 'body', new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html')) as HTMLElement;
}

/** A detached <div> in a fresh inert document holding `html` parsed (not yet sanitised!). */
export function parseInert(html: string): HTMLElement {
  const body = parseHtmlBody(html);
  // Not doc.createElement: Firefox exposes <img name=createElement> as document.createElement even in inert documents.
  const root = Document.prototype.createElement.call(body.ownerDocument, 'div');
  root.append(...body.childNodes);
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
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DETAILS',
  'DIV',
  'DL',
  'DD',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'UL',
  'VIDEO',
  'AUDIO',
  'PICTURE',
]);

export function isBlock(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.tagName);
}
