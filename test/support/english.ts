/**
 * The English wording the UI shows for a failure, read from _locales/en (the same table the extension
 * words it from: src/core/errors.ts), for tests in Node that compare what a browser displayed.
 */
import en from '../../_locales/en/messages.json';
import { ERROR_DETAILS, ERROR_KINDS } from '../../src/core/errors';
import type { ReaderErrorData } from '../../src/core/types';

const messages: Record<string, { message: string }> = en;

export function englishErrorMessage(error: Pick<ReaderErrorData, 'kind' | 'detail'>): string {
  const key = error.detail ? ERROR_DETAILS[error.detail].message : ERROR_KINDS[error.kind].message;
  const text = messages[key]?.message;
  if (!text) throw new Error(`no English message ${key}`);
  return text;
}
