/**
 * A link that scrolls the original page to a quoted passage: a text directive
 * (`#:~:text=[prefix-,]start[,end][,-suffix]`, https://wicg.github.io/scroll-to-text-fragment/#syntax).
 * Browsers without support ignore the directive and open the page at its top, so the link never breaks.
 *
 * What the spec asks of a generator, and how this one does it:
 * - Percent-encoding (§3.3.1 "Syntax"): the directive's own delimiters `-`, `&` and `,` must be encoded
 *   inside a term, and so must anything outside the allowed characters. encodeURIComponent encodes all of
 *   those except `-`, which is encoded here; it leaves only `A–Z a–z 0–9 - _ . ! ~ * ' ( )`, all allowed
 *   (text-directive-explicit-char) once `-` is gone.
 * - Matching (§3.5 "Finding ranges in a document"): whitespace is collapsed and terms are matched at word
 *   boundaries, so the terms are the text as read, whitespace collapsed, cut only between words
 *   (Intl.Segmenter: also right for languages written without spaces).
 * - A lone `start` (the whole text, `text=exact`) must lie in one block: a selection across paragraphs
 *   is linked as `start,end`, the start taken from its first paragraph and the end from its last.
 * - Long passages make long links: over EXACT_MAX_CHARS the link names a few words at each end
 *   (`textStart,textEnd`), as Chromium's "Copy link to highlight" does (its exact-match limit is also 300).
 */

/** Above this many characters a passage is linked by its first and last words, not in full. */
export const EXACT_MAX_CHARS = 300;
/** How many words name each end of a long passage. */
export const EDGE_WORDS = 5;

/** The directive's terms, before encoding: one exact text, or a start and an end. */
export type TextDirective = { start: string; end?: string };

/** Percent-encodes one term of a text directive (see above). */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Paragraphs of a selection, each with its whitespace collapsed; empty ones dropped. */
export function quoteParagraphs(selection: string): string[] {
  return selection
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

interface Piece {
  text: string;
  word: boolean;
}

function pieces(text: string, lang: string | undefined): Piece[] {
  if (typeof Intl.Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    return [...segmenter.segment(text)].map((s) => ({ text: s.segment, word: s.isWordLike ?? /\S/.test(s.segment) }));
  }
  return text.split(/(\s+)/).map((s) => ({ text: s, word: /\S/.test(s) }));
}

/** The first (or, `fromEnd`, last) `count` words of a paragraph, with what lies between them. */
function edgeWords(text: string, count: number, fromEnd: boolean, lang: string | undefined): string {
  const all = pieces(text, lang);
  const ordered = fromEnd ? [...all].reverse() : all;
  const kept: string[] = [];
  let words = 0;
  let cut = false;
  for (const piece of ordered) {
    if (words >= count && piece.word) {
      cut = true;
      break;
    }
    kept.push(piece.text);
    if (piece.word) words += 1;
  }
  // The cut side ends on a word: a term starting with ", " would still match, but reads oddly in the link.
  while (cut && kept.length > 0 && !pieces(kept[kept.length - 1]!, lang).some((p) => p.word)) kept.pop();
  return (fromEnd ? kept.reverse() : kept).join('').trim();
}

function wordCount(text: string, lang: string | undefined): number {
  return pieces(text, lang).filter((p) => p.word).length;
}

/** The terms that find `paragraphs` (from quoteParagraphs) again; undefined when there is no text. */
export function textDirective(paragraphs: string[], lang?: string): TextDirective | undefined {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (paragraphs.length === 1) {
    // Too few words to name two distinct ends: the whole text, however long.
    if (first.length <= EXACT_MAX_CHARS || wordCount(first, lang) <= 2 * EDGE_WORDS) return { start: first };
    return { start: edgeWords(first, EDGE_WORDS, false, lang), end: edgeWords(first, EDGE_WORDS, true, lang) };
  }
  return { start: edgeWords(first, EDGE_WORDS, false, lang), end: edgeWords(last, EDGE_WORDS, true, lang) };
}

/** `text=start[,end]`, encoded. */
export function formatTextDirective(directive: TextDirective): string {
  const end = directive.end === undefined ? '' : `,${encodeTextTerm(directive.end)}`;
  return `text=${encodeTextTerm(directive.start)}${end}`;
}

/**
 * `url` with the directive appended after the fragment directive delimiter `:~:` (§3.3: it may follow an
 * existing fragment, which keeps working for the page; one already carrying a directive loses it).
 */
export function withTextFragment(url: string, directive: TextDirective | undefined): string {
  if (!directive) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash + 1).split(':~:')[0];
  return `${base}#${fragment}:~:${formatTextDirective(directive)}`;
}
