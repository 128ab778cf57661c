/**
 * The core's notes in words, given the function that words a `_locales` key: the reader passes its `t`
 * (browser.i18n), the tests' oracles the English file's, so both say exactly the same sentence.
 * Kept apart from render-origin.ts because that imports browser.i18n, which Node cannot load.
 */
import { ERROR_KINDS } from '../core/errors';
import type { ArticleNote } from '../core/types';

export type Word = (key: string, ...subs: string[]) => string;

export function noteText(note: ArticleNote, word: Word): string {
  if (note.kind !== 'extracted') return word('reader_note_shortcodesRemoved');
  const info = note.reason ? ERROR_KINDS[note.reason] : undefined;
  const because =
    info?.extractedStatus && note.status
      ? word('reader_extracted_status', String(note.status))
      : info?.extractedBecause
        ? word(info.extractedBecause)
        : undefined;
  const text = because ? word('reader_extractedBecause', because) : word('reader_extractedFromPage');
  // A multi-page post read page by page and joined (issue 11, item 6).
  return note.pages !== undefined && note.pages > 1 ? word('reader_extractedJoined', text, String(note.pages)) : text;
}
