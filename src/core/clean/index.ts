/**
 * Cleaning (issue 2, items 4 and 5): WordPress `content.rendered` → safe, semantic, attributed HTML.
 *
 *   raw HTML ─ parse into an inert document
 *            ─ the reader's own `cp-*` class names removed (./policy.ts stripReaderNames)
 *            ─ prepare (./sanitize: lazy images, iframes → click-to-load, <!--nextpage--> → <hr>)
 *            ─ WordPress pass on the raw tree (./junk, ./structure: captions, code languages, footnotes)
 *            ─ the one DOMPurify configuration + policy (./sanitize, ./policy)
 *            ─ text pass (./shortcodes, ./whitespace, h1 → h2, wrapper divs)
 *
 * One pipeline, `cleanSteps`, a generator that yields between passes and between DOMPurify groups of a
 * long post (./slices.ts, ./sanitize-groups.ts): cleanContent runs it straight through, the reader in
 * slices (cleanContentSliced). Passes other than DOMPurify's see the whole tree, as before.
 */
import type { ArticleNote } from '../types';
import { removeJunk } from './junk';
import { parseInert } from './dom';
import { stripReaderNames } from './policy';
import { prepareInert } from './sanitize';
import { sanitizeInGroups, type GroupOptions } from './sanitize-groups';
import { runSliced, runSync, type SliceOptions, type Sliced } from './slices';
import { stripShortcodes } from './shortcodes';
import { demoteH1, flattenDivs, semanticWordPress } from './structure';
import { dropInterBlockWhitespaceSteps, removeEmptySteps, trimBlocksSteps } from './whitespace';

export { findOriginalSource, type SourceContext } from './attribution';
export { collectLinks } from './links';
export { sanitizeHtml } from './sanitize';
export { htmlToText } from './text';
export { videoEmbed, type VideoEmbed } from './embeds';
export { runSliced, runSync, nextTask, type Slice, type SliceOptions, type Sliced } from './slices';
export type { GroupOptions } from './sanitize-groups';

export interface CleanResult {
  /** Detached element (in an inert document) holding the cleaned body. */
  root: HTMLElement;
  /** Things noticed while cleaning (e.g. leftover page-builder shortcodes were removed), as kinds the UI words. */
  notes: ArticleNote[];
}

/** Sanitise (the one DOMPurify configuration) and run the WordPress-specific pass. */
export function cleanContent(html: string, baseUrl: string, opts: GroupOptions = {}): CleanResult {
  return runSync(cleanSteps(html, baseUrl, opts));
}

/** cleanContent in slices of bounded work, handing the event loop back in between (same result). */
export function cleanContentSliced(html: string, baseUrl: string, opts: GroupOptions & SliceOptions = {}): Promise<CleanResult> {
  return runSliced(cleanSteps(html, baseUrl, opts), opts);
}

export function* cleanSteps(html: string, baseUrl: string, opts: GroupOptions = {}): Sliced<CleanResult> {
  const raw = parseInert(html);
  const rawSize = raw.getElementsByTagName('*').length;
  yield { step: 'parse', units: rawSize };
  stripReaderNames(raw); // before any pass of ours: only the cleaner itself sets cp-* classes
  prepareInert(raw, baseUrl);
  yield { step: 'prepare', units: rawSize };
  removeJunk(raw);
  semanticWordPress(raw);
  yield { step: 'wordpress', units: rawSize };
  const root = yield* sanitizeInGroups(raw, baseUrl, opts);
  // Whole-tree passes; the whitespace ones go through the top-level children in batches (./whitespace.ts).
  const size = root.getElementsByTagName('*').length;
  const notes: ArticleNote[] = [];
  if (stripShortcodes(root)) notes.push({ kind: 'shortcodes-removed' });
  demoteH1(root);
  yield { step: 'shortcodes', units: size };
  yield* trimBlocksSteps(root);
  yield* removeEmptySteps(root);
  flattenDivs(root);
  yield { step: 'divs', units: size };
  yield* dropInterBlockWhitespaceSteps(root);
  yield* trimBlocksSteps(root);
  return { root, notes };
}
