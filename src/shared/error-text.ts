/**
 * Failures in words, for every UI context (reader error view, toolbar tooltips): the core and the
 * messages only carry a kind and an optional detail (src/core/errors.ts), and every sentence comes from
 * _locales through browser.i18n, so a translation is a data change and nothing another context (or a
 * page) sends is ever shown as Clearpost's own text.
 */
import { ERROR_DETAILS, ERROR_KINDS } from '../core/errors';
import type { ReaderErrorData } from '../core/types';
import { t } from './i18n';

export interface ErrorText {
  message: string;
  nextStep: string;
}

function sentences(error: Pick<ReaderErrorData, 'kind' | 'detail'>): ErrorText {
  const kind = ERROR_KINDS[error.kind] ?? ERROR_KINDS.internal;
  const detail = error.detail !== undefined ? ERROR_DETAILS[error.detail] : undefined;
  return { message: t(detail?.message ?? kind.message), nextStep: t(detail?.next ?? kind.next) };
}

/** What happened and what to do next; after a failed page extraction, both reasons in one sentence. */
export function errorText(error: ReaderErrorData): ErrorText {
  const text = sentences(error);
  if (!error.pageFailure) return text;
  return {
    message: `${text.message} ${t('reader_pageUnreadable', sentences(error.pageFailure).message)}`,
    nextStep: t('reader_pageUnreadableNext'),
  };
}
