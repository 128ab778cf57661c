/**
 * What the reader shows when there is no article: what happened, what to do next, "Open original" and,
 * when it can help, "Try again". The original page is still right behind the reader frame, so "Open original" simply
 * closes the reader (a modified click still opens the URL in a new tab).
 */
import type { ReaderErrorData, ReaderErrorKind } from '../core/types';
import { t } from '../shared/i18n';
import { el } from './dom';
import { httpUrl } from '../core/url';

/**
 * Failures that can go away on their own; only these get "Try again" (the background refetches for the
 * same set, src/background/sessions.ts). REST disabled, password, not an article... would only repeat,
 * and a button that cannot work is worse than none.
 */
export const RETRYABLE_KINDS: ReadonlySet<ReaderErrorKind> = new Set(['timeout', 'network', 'server-error', 'cancelled']);

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

/**
 * The core's own sentence comes first: it is specific ("No part of Clearpost answered this request.")
 * and always written by Clearpost, never by the site. The per-kind strings in messages.json
 * (`reader_error_<kind>_message|next`) are the fallback when a sentence is missing.
 */
function sentence(given: string | undefined, kind: string, part: 'message' | 'next'): string {
  if (given?.trim()) return given.trim();
  const key = `reader_error_${kind.replace(/-/g, '_')}_${part}`;
  const text = t(key);
  return text === key ? '' : text;
}

export function renderErrorView(error: ReaderErrorData, options: ErrorViewOptions): HTMLElement {
  const view = el('section', { class: 'cp-error', 'data-kind': error.kind, 'aria-labelledby': 'cp-error-title' });
  view.append(
    el('h1', { id: 'cp-error-title', class: 'cp-error-title', tabindex: '-1' }, t('reader_errorTitle')),
    el('p', { class: 'cp-error-message' }, sentence(error.message, error.kind, 'message')),
    el('p', { class: 'cp-error-next' }, sentence(error.nextStep, error.kind, 'next')),
  );

  const actions = el('div', { class: 'cp-error-actions' });
  const href = httpUrl(options.pageUrl) ?? httpUrl(error.url);
  if (href) {
    const open = el('a', { class: 'cp-open-original cp-button cp-button-primary', href, target: '_blank', rel: 'noopener noreferrer' }, t('reader_openOriginal'));
    open.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      options.onOpenOriginal();
    });
    actions.append(open);
  }
  if (RETRYABLE_KINDS.has(error.kind)) {
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
