/** Word count and reading time, for scripts with and without spaces between words. */

/**
 * Reading speeds. 230 words/min: the English mean of silent reading for non-fiction is 238 wpm
 * (Brysbaert 2019, "How many words do we read per minute?", J. Memory and Language 109:104047) and
 * 228 wpm read aloud in IReST (Trauzettel-Klosinski & Dietz 2012, IOVS 53:5452); 230 sits between.
 * 500 characters/min for Chinese and Japanese is a convention (Medium's read-time rule for CJK), not a
 * measurement: those scripts have no spaces, so "words" depend on a segmenter's dictionary.
 */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

/** Han, Hiragana, Katakana (Hangul is left out: Korean separates words with spaces). */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /\p{L}/gu;

export function countWords(text: string, lang?: string): number {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Segmenter(lang, { granularity: 'word' });
  } catch {
    segmenter = new Segmenter(undefined, { granularity: 'word' });
  }
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

export function readingMinutes(text: string, words: number): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const letters = text.match(LETTER)?.length ?? 0;
  // Mostly CJK text: time by characters, since word counts from a segmenter are not comparable.
  if (letters > 0 && cjk > letters / 2) return Math.max(1, Math.round(cjk / CJK_CHARS_PER_MINUTE));
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Block-level elements: their text is separated by a space so "end.</p><p>Next" stays two words. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** The readable text of a cleaned body, blocks separated by spaces. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const block = BLOCK.has((child as Element).tagName.toUpperCase());
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
