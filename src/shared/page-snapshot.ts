/**
 * Page snapshots for page extraction (issue 4): the content script serialises the page it is in, an
 * extension page (reader frame, offscreen document, Firefox background page) parses it inert and runs the
 * core's extractFromPage there. Kept free of heavy imports: the content script bundles `serializePage`
 * and must stay small (no Readability, no DOMPurify in the injected script).
 */
import { ERROR_KINDS, ReaderError } from '../core/errors';
import type { Detection, ReaderErrorData } from '../core/types';
import { HOST_TAG } from './paths';

/**
 * ~8 MB of markup. Real article pages are far below (the corpus' largest WordPress page is ~2 MB); a
 * bigger document is an endless feed or an app, and copying it through two message hops would stall
 * the tab for nothing.
 */
export const MAX_SNAPSHOT_CHARS = 8 * 1024 * 1024;

/** True when page extraction should be tried after `error`. A raw JSON tab has no article page to read. */
export function canExtract(error: ReaderErrorData, detection?: Detection): boolean {
  return detection?.rawJson === undefined && ERROR_KINDS[error.kind].extractable;
}

// Our host is the last child of <html>; its closed shadow root (the reader frame) is never serialised by
// outerHTML, but the empty host element is, and a page script may have put nodes in it.
const HOST_MARKUP = new RegExp(`<${HOST_TAG}\\b[^>]*>[\\s\\S]*?</${HOST_TAG}>`, 'gi');

/** A tab showing JSON (Chromium's <pre>, Firefox's JSON viewer): data, not an article page. */
export function isJsonDocument(doc: Document): boolean {
  const type = (doc.contentType || '').toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

/** The page's current markup without our reader host. Throws ReaderError for data tabs and huge pages. */
export function serializePage(doc: Document): string {
  if (isJsonDocument(doc)) {
    throw new ReaderError('bad-response', { detail: 'data-tab' });
  }
  const html = doc.documentElement.outerHTML;
  if (html.length > MAX_SNAPSHOT_CHARS) {
    throw new ReaderError('bad-response', { detail: 'page-too-large' });
  }
  return `${doc.doctype ? '<!DOCTYPE html>' : ''}${html.replace(HOST_MARKUP, '')}`;
}

/**
 * Parses a snapshot into an inert document: DOMParser documents have no browsing context, so scripts do
 * not run and nothing loads (https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-domparser-parsefromstring).
 * Any reader host that slipped through is dropped, so the reader can never extract itself.
 */
export function parseSnapshot(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const all = (selector: string): Element[] => [...(Document.prototype.querySelectorAll.call(doc, selector) as NodeListOf<Element>)];
  for (const host of all(HOST_TAG)) host.remove();
  unclobber(all('embed[name], form[name], iframe[name], img[name], object[name], img[id], object[id]'), Document.prototype);
  unclobber(all('form [name], form [id]'), HTMLFormElement.prototype);
  return doc;
}

/**
 * DOM clobbering: `<form name="querySelector">` or `<img name="body">` in a page becomes a named property
 * of its document that shadows the real member (https://html.spec.whatwg.org/multipage/dom.html#dom-document-nameditem;
 * Firefox does it even in DOMParser documents), and extraction (ours and Readability's) then calls a form
 * instead of a method; `<input name="getElementsByTagName">` does the same to its form. Those names and ids
 * serve no purpose in a snapshot, so the ones that collide with a member of what they would shadow are
 * dropped before anything reads the document.
 */
function unclobber(named: Element[], owner: object): void {
  for (const element of named) {
    for (const attribute of ['name', 'id']) {
      const value = element.getAttribute(attribute);
      if (value !== null && value in owner) element.removeAttribute(attribute);
    }
  }
}
