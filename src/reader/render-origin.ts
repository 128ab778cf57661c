/**
 * The small visible note under the header of an article extracted from the page (issue 4): where the text
 * came from and why, e.g. "Extracted from the page — this site's REST API answered 401". The sentence is
 * the core's (extractFromPage puts extractionNote(reason) first in `notes`), shown as given like the
 * error view shows the core's sentences; the localised string is only its fallback.
 */
import type { Article } from '../core/types';
import { t } from '../shared/i18n';
import { el } from './dom';

export interface OriginNotes {
  /** The "Extracted from the page" note, for page extractions only. */
  origin?: HTMLElement;
  /** The cleaner's remarks, without the origin note. */
  notes: string[];
}

export function splitOriginNote(article: Article): OriginNotes {
  if (article.origin !== 'page') return { notes: article.notes };
  const [first, ...rest] = article.notes;
  const text = first?.trim() || t('reader_extractedFromPage');
  return { origin: el('p', { class: 'cp-notes cp-origin-note', role: 'note' }, text), notes: rest };
}
