/**
 * Cleaning (issue 2, items 4 and 5): WordPress `content.rendered` → safe, semantic, attributed HTML.
 *
 *   raw HTML ─ parse into an inert document
 *            ─ prepare (./sanitize: lazy images, iframes → click-to-load, <!--nextpage--> → <hr>)
 *            ─ WordPress pass on the raw tree (./junk, ./structure: captions, code languages, footnotes)
 *            ─ the one DOMPurify configuration + policy (./sanitize, ./policy)
 *            ─ text pass (./shortcodes, ./whitespace, h1 → h2, wrapper divs)
 */
import { removeJunk } from './junk';
import { parseInert } from './dom';
import { prepareInert, sanitizeInert } from './sanitize';
import { SHORTCODE_NOTE, stripShortcodes } from './shortcodes';
import { demoteH1, flattenDivs, semanticWordPress } from './structure';
import { dropInterBlockWhitespace, removeEmpty, trimBlocks } from './whitespace';

export { findOriginalSource, type SourceContext } from './attribution';
export { collectLinks } from './links';
export { sanitizeHtml } from './sanitize';
export { htmlToText } from './text';
export { videoEmbed, type VideoEmbed } from './embeds';

export interface CleanResult {
  /** Detached element (in an inert document) holding the cleaned body. */
  root: HTMLElement;
  /** Things noticed while cleaning (e.g. "Leftover page-builder shortcodes were removed"). */
  notes: string[];
}

/** Sanitise (the one DOMPurify configuration) and run the WordPress-specific pass. */
export function cleanContent(html: string, baseUrl: string): CleanResult {
  const raw = parseInert(html);
  prepareInert(raw, baseUrl);
  removeJunk(raw);
  semanticWordPress(raw);
  const root = sanitizeInert(raw, baseUrl);
  const notes: string[] = [];
  if (stripShortcodes(root)) notes.push(SHORTCODE_NOTE);
  demoteH1(root);
  trimBlocks(root);
  removeEmpty(root);
  flattenDivs(root);
  dropInterBlockWhitespace(root);
  trimBlocks(root);
  return { root, notes };
}
