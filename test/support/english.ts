/**
 * The English wording the UI shows for a failure, read from _locales/en (the same table the extension
 * words it from: src/core/errors.ts), for tests in Node that compare what a browser displayed.
 */
import en from '../../_locales/en/messages.json';
import { ERROR_DETAILS, ERROR_KINDS } from '../../src/core/errors';
import type { ExportOptions } from '../../src/core/export';
import { WORDING_SLOTS } from '../../src/core/export/meta';
import { noteText } from '../../src/reader/note-text';
import type { ArticleNote, ReaderErrorData } from '../../src/core/types';

const messages: Record<string, { message: string }> = en;

export function englishErrorMessage(error: Pick<ReaderErrorData, 'kind' | 'detail'>): string {
  const key = error.detail ? ERROR_DETAILS[error.detail].message : ERROR_KINDS[error.kind].message;
  const text = messages[key]?.message;
  if (!text) throw new Error(`no English message ${key}`);
  return text;
}

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** browser.i18n.getMessage on the English file: named placeholders, then $1..$9. */
export function english(key: string, ...subs: string[]): string {
  const entry = (en as Record<string, Entry>)[key];
  if (!entry) throw new Error(`no English message ${key}`);
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? match)
    .replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
}

/** The export options the English UI passes (src/shared/export-words.ts), with the exports' fixed date locale. */
export const EN_EXPORT: ExportOptions = {
  words: {
    originallyPublishedBy: english('export_originallyPublishedBy', WORDING_SLOTS.source),
    publishedOn: english('export_publishedOn', WORDING_SLOTS.site, WORDING_SLOTS.url),
    untitled: english('reader_untitled'),
    video: english('export_video'),
    audio: english('export_audio'),
    file: english('export_file'),
    updated: english('export_updated', WORDING_SLOTS.date),
    quoteTitle: english('export_quoteTitle', WORDING_SLOTS.title),
    quoteSeparator: english('export_quoteSeparator'),
  },
};

/** A core note as the English reader words it (the reader's own wording, src/reader/note-text.ts), for oracles. */
export function englishNote(note: ArticleNote | undefined): string {
  return note ? noteText(note, english) : '';
}

/** What the e2e tier's browsers pass (UI language en-US): the exports' date is then written in en-US. */
export const EN_US_EXPORT: ExportOptions = { ...EN_EXPORT, locale: 'en-US' };
