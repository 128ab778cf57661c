/**
 * Word count and reading time, for scripts with and without spaces between words. Long texts are
 * counted in chunks cut at spaces (`textStatsSteps`, for the reader's sliced normalisation): a space
 * is always a word boundary (Unicode UAX #29: only WB3d keeps spaces together, and they are collapsed
 * here), so the chunks' counts add up to the whole text's.
 */
import { runSync, type Sliced } from '../clean';
import { BLOCK_TAGS } from '../clean/dom';

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

function wordSegmenter(lang: string | undefined): Intl.Segmenter | undefined {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return undefined;
  try {
    return new Segmenter(lang, { granularity: 'word' });
  } catch {
    return new Segmenter(undefined, { granularity: 'word' });
  }
}

function wordsIn(text: string, segmenter: Intl.Segmenter | undefined): number {
  if (!segmenter) return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** Characters per counting slice (~10-20 ms of Intl.Segmenter in Chromium). */
export const TEXT_CHUNK_CHARS = 50_000;

/** `text` cut into pieces of about `size` characters, each cut just before a space that follows a non-space. */
export function* spaceChunks(text: string, size = TEXT_CHUNK_CHARS): Generator<string, void, void> {
  let start = 0;
  while (text.length - start > size) {
    let cut = text.indexOf(' ', start + size);
    while (cut !== -1 && /\s/.test(text[cut - 1] ?? ' ')) cut = text.indexOf(' ', cut + 1);
    if (cut === -1) break;
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

export function countWords(text: string, lang?: string): number {
  return runSync(textStatsSteps(text, lang)).words;
}

function minutesFrom(cjk: number, letters: number, words: number): number {
  // Mostly CJK text: time by characters, since word counts from a segmenter are not comparable.
  if (letters > 0 && cjk > letters / 2) return Math.max(1, Math.round(cjk / CJK_CHARS_PER_MINUTE));
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function readingMinutes(text: string, words: number): number {
  return minutesFrom(text.match(CJK_CHAR)?.length ?? 0, text.match(LETTER)?.length ?? 0, words);
}

export interface TextStats {
  words: number;
  minutes: number;
}

/** countWords and readingMinutes of `text`, one chunk per slice. */
export function* textStatsSteps(text: string, lang?: string, chunkChars = TEXT_CHUNK_CHARS): Sliced<TextStats> {
  const segmenter = wordSegmenter(lang);
  let words = 0;
  let cjk = 0;
  let letters = 0;
  for (const chunk of spaceChunks(text, chunkChars)) {
    words += wordsIn(chunk, segmenter);
    cjk += chunk.match(CJK_CHAR)?.length ?? 0;
    letters += chunk.match(LETTER)?.length ?? 0;
    yield { step: 'words', units: chunk.length };
  }
  return { words, minutes: minutesFrom(cjk, letters, words) };
}

/**
 * Elements whose text is separated by a space so "end.</p><p>Next" stays two words: the block elements of text
 * layout (the one list, core/clean/dom.ts) and <br> ("line<br>line" is two words too).
 */
const BLOCK = new Set([...BLOCK_TAGS, 'BR']);

/** The readable text of a cleaned body, blocks separated by spaces. */
export function blockText(root: Node): string {
  return runSync(blockTextSteps(root));
}

/** Elements walked per blockText slice. */
export const TEXT_WALK_ELEMENTS = 3000;

/** blockText, yielding between top-level children every `limit` elements walked. */
export function* blockTextSteps(root: Node, limit = TEXT_WALK_ELEMENTS): Sliced<string> {
  const parts: string[] = [];
  let walked = 0;
  const visit = (child: Node): void => {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      walked++;
      const block = BLOCK.has((child as Element).tagName.toUpperCase());
      if (block) parts.push(' ');
      for (const grandchild of child.childNodes) visit(grandchild);
      if (block) parts.push(' ');
    }
  };
  // Whitespace is collapsed per slice (one regex over megabytes of text was a single ~0.5 s step at
  // 5 MB); a run split between two slices becomes one space when they are joined, as in one pass.
  const pieces: string[] = [];
  const flush = (): void => {
    let piece = parts.join('').replace(/\s+/g, ' ');
    parts.length = 0;
    if (piece.startsWith(' ') && pieces[pieces.length - 1]?.endsWith(' ')) piece = piece.slice(1);
    if (piece !== '') pieces.push(piece);
  };
  for (const child of root.childNodes) {
    visit(child);
    if (walked >= limit) {
      flush();
      yield { step: 'text', units: walked };
      walked = 0;
    }
  }
  flush();
  const text = pieces.join('').trim();
  yield { step: 'text', units: walked };
  return text;
}
