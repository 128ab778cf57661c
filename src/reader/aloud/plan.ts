/**
 * Read aloud, step 1: the rendered article → what is spoken, in order. Pure DOM reading (no speech API), so it
 * runs in jsdom. A unit is one block of text (a paragraph, a heading, a list item, a caption…), split into
 * sentences with Intl.Segmenter; each sentence keeps its offsets into the unit's text so the highlighter can
 * build a Range over the very Text nodes it came from (the article is never rewritten to plan it).
 *
 * Read: headings, paragraphs, lists, quotes, tables, captions. Skipped: code blocks (a voice spelling out
 * `const x = {` helps nobody), hidden or decorative nodes, controls, and the reader's own furniture around the post.
 */

import { safeLang } from '../lang';

export type UnitKind = 'heading' | 'caption' | 'text';

export interface Sentence {
  /** What is spoken: the slice with its whitespace collapsed. */
  text: string;
  /** Offsets into the unit's text (see Segment), end exclusive. */
  start: number;
  end: number;
}

/** A Text node of a unit and where its data starts in the unit's text. */
export interface Segment {
  node: Text;
  start: number;
}

export interface Unit {
  element: Element;
  kind: UnitKind;
  /** The closest `lang` (the article's, or an element's own): the voice and the sentence rules follow it. */
  lang: string;
  segments: Segment[];
  sentences: Sentence[];
}

/** Elements that own their text: text belongs to the closest one of these (inline elements pass it up). */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HGROUP LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CAPTIONS = new Set(['FIGCAPTION', 'CAPTION']);

/**
 * Never read. `pre` and the block-editor code/syntax-highlighter wrappers are code blocks; inline `code` inside a
 * sentence is read as part of it.
 */
export const SKIP_SELECTOR = [
  'pre',
  '.wp-block-code',
  '.syntaxhighlighter',
  '.wp-block-syntaxhighlighter-code',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'input',
  'iframe',
  'audio',
  'video',
  '[hidden]',
  '[aria-hidden="true"]',
  // The reader's own furniture: read the title, then the post, as Firefox Narrate does (not the site name, byline,
  // dates, attribution, "Load video from…" placeholders, terms or the list of references).
  '.cp-header > :not(h1)',
  '.cp-embed',
  '.cp-image-load',
  '.cp-terms',
  '.cp-references',
  '.cp-notes',
].join(', ');

/** Sentences of `text` in `lang`; Intl.Segmenter where present (every supported browser), else a punctuation rule. */
export function splitSentences(text: string, lang: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (typeof Intl.Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' }); // a malformed tag: default rules
    }
    for (const { index, segment } of segmenter.segment(text)) spans.push({ start: index, end: index + segment.length });
  } else {
    for (const m of text.matchAll(/[^.!?。！？]+(?:[.!?。！？]+["'’”)\]]*|$)\s*/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // Trim each span to its first and last visible character; drop blank spans.
  const trimmed: Array<{ start: number; end: number }> = [];
  for (let { start, end } of spans) {
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) trimmed.push({ start, end });
  }
  return trimmed;
}

function kindOf(element: Element): UnitKind {
  if (HEADINGS.has(element.tagName)) return 'heading';
  if (CAPTIONS.has(element.tagName) || element.closest('figcaption, caption')) return 'caption';
  return 'text';
}

/** Every unit under `root`, in reading order (the order of each unit's first text). */
export function planUnits(root: Element, fallbackLang = ''): Unit[] {
  const doc = root.ownerDocument;
  const units = new Map<Element, { segments: Segment[]; length: number }>();
  const walker = doc.createTreeWalker(root, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && (node as Element).matches(SKIP_SELECTOR) ? 2 /* REJECT: skip the subtree */ : 1),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      // A line break separates words that the markup alone would run together ("line one<br>line two").
      if ((node as Element).tagName === 'BR') {
        const owner = ownerOf(node, root);
        const entry = units.get(owner);
        if (entry) entry.length += 1;
      }
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0) continue;
    const owner = ownerOf(text, root);
    let entry = units.get(owner);
    if (!entry) {
      if (!/\S/.test(text.data)) continue; // whitespace between blocks starts nothing
      entry = { segments: [], length: 0 };
      units.set(owner, entry);
    }
    entry.segments.push({ node: text, start: entry.length });
    entry.length += text.data.length;
  }

  const out: Unit[] = [];
  for (const [element, { segments, length }] of units) {
    const full = unitText(segments, length);
    const lang = langOf(element) ?? fallbackLang;
    const sentences = splitSentences(full, lang).map(({ start, end }) => ({ start, end, text: full.slice(start, end).replace(/\s+/g, ' ') }));
    if (sentences.length > 0) out.push({ element, kind: kindOf(element), lang, segments, sentences });
  }
  return out;
}

/** The unit's text: its segments at their offsets, gaps (line breaks) as spaces. */
function unitText(segments: Segment[], length: number): string {
  const chars = new Array<string>(length).fill(' ');
  let text = '';
  let at = 0;
  for (const { node, start } of segments) {
    text += chars.slice(at, start).join('') + node.data;
    at = start + node.data.length;
  }
  return text + chars.slice(at).join('');
}

/** The closest well-formed `lang`: inside the post it is site data, and a malformed one is skipped, not spoken with. */
function langOf(element: Element): string | undefined {
  for (let at = element.closest('[lang]'); at; at = at.parentElement?.closest('[lang]') ?? null) {
    const lang = safeLang(at.getAttribute('lang') ?? undefined);
    if (lang) return lang;
  }
  return undefined;
}

function ownerOf(node: Node, root: Element): Element {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (BLOCKS.has(el.tagName)) return el;
  return root;
}
