/**
 * What the reader shows when there is no article: what happened, what to do next (worded here from
 * _locales, src/shared/error-text.ts), "Open original" and, when it can help, "Try again" (the same
 * retryable kinds the background refetches for: src/core/errors.ts ERROR_KINDS). The original page is still right behind the reader frame, so "Open original" simply
 * closes the reader (a modified click still opens the URL in a new tab).
 */
import { isRetryable } from '../core/errors';
import type { ReaderErrorData } from '../core/types';
import { errorText } from '../shared/error-text';
import { t } from '../shared/i18n';
import { el } from './dom';
import { httpUrl } from '../core/url';

export interface ErrorViewOptions {
  /** The page the reader was opened on. */
  pageUrl?: string;
  onRetry(): void;
  /** Plain click on "Open original": reveal the page behind the reader. */
  onOpenOriginal(): void;
  /**
   * Given only where page extraction was not tried and can still help (a list page with text): fills
   * the `extract` slot with "Extract from page anyway". Absent: the slot stays empty.
   */
  onExtract?(): void;
}

export function renderErrorView(error: ReaderErrorData, options: ErrorViewOptions): HTMLElement {
  const view = el('section', { class: 'cp-error', 'data-kind': error.kind, 'aria-labelledby': 'cp-error-title' });
  const { message, nextStep } = errorText(error);
  view.append(
    el('h1', { id: 'cp-error-title', class: 'cp-error-title', tabindex: '-1' }, t('reader_errorTitle')),
    el('p', { class: 'cp-error-message' }, message),
    el('p', { class: 'cp-error-next' }, nextStep),
  );

  const actions = el('div', { class: 'cp-error-actions' });
  const href = httpUrl(options.pageUrl) ?? httpUrl(error.url);
  if (href) {
    const open = el(
      'a',
      { class: 'cp-open-original cp-button cp-button-primary', href, target: '_blank', rel: 'noopener noreferrer' },
      t('reader_openOriginal'),
    );
    open.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      options.onOpenOriginal();
    });
    actions.append(open);
  }
  if (isRetryable(error)) {
    const retry = el('button', { type: 'button', class: 'cp-retry cp-button' }, t('reader_tryAgain'));
    retry.addEventListener('click', () => options.onRetry());
    actions.append(retry);
  }
  // The page-extraction fallback's button, only when the caller can act on it; an empty slot renders
  // nothing (no dead button).
  const slot = el('div', { class: 'cp-error-extra', 'data-slot': 'extract' });
  const onExtract = options.onExtract;
  if (onExtract) {
    const extract = el('button', { type: 'button', class: 'cp-extract cp-button' }, t('reader_extractAnyway'));
    extract.addEventListener('click', () => onExtract());
    slot.append(extract);
  }
  actions.append(slot);
  view.append(actions);

  const details = renderDetails(error);
  if (details) view.append(details);
  return view;
}

/** Status / WordPress code / URL, as text: useful when reporting a site problem, hidden by default. */
function renderDetails(error: ReaderErrorData): HTMLElement | undefined {
  const rows: Array<[string, string]> = [];
  if (error.status !== undefined) rows.push([t('reader_errorStatus'), String(error.status)]);
  if (error.code) rows.push([t('reader_errorCode'), error.code]);
  if (error.url) rows.push([t('reader_errorUrl'), error.url]);
  if (rows.length === 0) return undefined;
  const list = el('dl', { class: 'cp-error-details-list' });
  for (const [term, value] of rows) list.append(el('dt', {}, term), el('dd', {}, value));
  return el('details', { class: 'cp-error-details' }, el('summary', {}, t('reader_errorDetails')), list);
}
