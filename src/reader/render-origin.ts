/**
 * The core's notes in words. The small visible note under the header of an article extracted from the
 * page (issue 4) says where the text came from and why, e.g. "Extracted from the page — this site's REST
 * API answered 401": the core gives the REST failure's kind and status (src/core/page/note.ts), the
 * reason phrase comes from the one error table (src/core/errors.ts) and every word from _locales.
 */
import { ERROR_KINDS } from '../core/errors';
import type { Article, ArticleNote } from '../core/types';
import { t } from '../shared/i18n';
import { el } from './dom';

export interface OriginNotes {
  /** The "Extracted from the page" note, for page extractions only. */
  origin?: HTMLElement;
  /** The cleaner's remarks in words, without the origin note. */
  notes: string[];
}

function extractedText(note: Extract<ArticleNote, { kind: 'extracted' }>): string {
  const info = note.reason ? ERROR_KINDS[note.reason] : undefined;
  const because =
    info?.extractedStatus && note.status
      ? t('reader_extracted_status', String(note.status))
      : info?.extractedBecause
        ? t(info.extractedBecause)
        : undefined;
  const text = because ? t('reader_extractedBecause', because) : t('reader_extractedFromPage');
  // A multi-page post read page by page and joined (issue 11, item 6).
  return note.pages !== undefined && note.pages > 1 ? t('reader_extractedJoined', text, String(note.pages)) : text;
}

export function noteText(note: ArticleNote): string {
  return note.kind === 'extracted' ? extractedText(note) : t('reader_note_shortcodesRemoved');
}

export function splitOriginNote(article: Article): OriginNotes {
  const others = article.notes.filter((n) => n.kind !== 'extracted').map(noteText);
  if (article.origin !== 'page') return { notes: others };
  const extracted = article.notes.find((n) => n.kind === 'extracted') ?? { kind: 'extracted' };
  return { origin: el('p', { class: 'cp-notes cp-origin-note', role: 'note' }, noteText(extracted)), notes: others };
}
