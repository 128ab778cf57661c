/**
 * The small visible note that says where the text came from and why (issue 4, "Behaviour"), as data:
 * the REST failure's kind and HTTP status. The reader words it (src/reader/render-origin.ts, with the
 * reason phrases from the one error table, src/core/errors.ts).
 */
import type { ArticleNote, ReaderErrorData } from '../types';

export function extractionNote(reason?: Pick<ReaderErrorData, 'kind' | 'status'>): ArticleNote {
  const note: ArticleNote = { kind: 'extracted' };
  if (reason) note.reason = reason.kind;
  if (reason?.status !== undefined && Number.isInteger(reason.status)) note.status = reason.status;
  return note;
}
