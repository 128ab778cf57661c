/**
 * The one table of failures: each kind's wording keys (in _locales/en/messages.json), whether a retry
 * can help, and whether reading the page itself can cure it. The core only ever returns data (kind,
 * detail, status, code, URL); the UI contexts word it (src/shared/error-text.ts), so no English sentence
 * is built here and no sentence from another context is ever shown as ours.
 */
import type { ErrorDetail, ReaderErrorData, ReaderErrorKind } from './types';

export interface KindInfo {
  /** _locales key: one sentence on what happened. */
  message: string;
  /** _locales key: one sentence on what to do next. */
  next: string;
  /** A retry can fix it: the reader offers "Try again" and the background fetches anew. */
  retryable: boolean;
  /** A REST failure that reading the page itself can cure (issue 4): page extraction is tried. */
  extractable: boolean;
  /** _locales key: why the text was read from the page instead ("this site's REST API failed"). */
  extractedBecause?: string;
  /** The extraction note names the HTTP status instead, when there is one ("…answered 401"). */
  extractedStatus?: boolean;
}

export const ERROR_KINDS: Readonly<Record<ReaderErrorKind, KindInfo>> = {
  'not-wordpress': {
    message: 'reader_error_not_wordpress_message',
    next: 'reader_error_not_wordpress_next',
    retryable: false,
    extractable: true,
    extractedBecause: 'reader_extracted_not_wordpress',
  },
  'rest-disabled': {
    message: 'reader_error_rest_disabled_message',
    next: 'reader_error_rest_disabled_next',
    retryable: false,
    extractable: true,
    extractedBecause: 'reader_extracted_rest_disabled',
    extractedStatus: true,
  },
  'not-found': {
    message: 'reader_error_not_found_message',
    next: 'reader_error_not_found_next',
    retryable: false,
    extractable: true,
    extractedBecause: 'reader_extracted_not_found',
    extractedStatus: true,
  },
  // Answers about the page itself: reading it would show what the REST API refused (never get around a password).
  'password-protected': {
    message: 'reader_error_password_protected_message',
    next: 'reader_error_password_protected_next',
    retryable: false,
    extractable: false,
  },
  // Not extracted on its own: the page shows the post only to a signed-in reader, who can still ask for it
  // ("Extract from page anyway": src/reader/page-fallback.ts).
  private: { message: 'reader_error_private_message', next: 'reader_error_private_next', retryable: false, extractable: false },
  'not-an-article': {
    message: 'reader_error_not_an_article_message',
    next: 'reader_error_not_an_article_next',
    retryable: false,
    extractable: false,
  },
  'server-error': {
    message: 'reader_error_server_error_message',
    next: 'reader_error_server_error_next',
    retryable: true,
    extractable: true,
    extractedBecause: 'reader_extracted_server_error',
    extractedStatus: true,
  },
  'bad-response': {
    message: 'reader_error_bad_response_message',
    next: 'reader_error_bad_response_next',
    retryable: false,
    extractable: true,
    extractedBecause: 'reader_extracted_bad_response',
    extractedStatus: true,
  },
  timeout: {
    message: 'reader_error_timeout_message',
    next: 'reader_error_timeout_next',
    retryable: true,
    extractable: true,
    extractedBecause: 'reader_extracted_timeout',
  },
  network: {
    message: 'reader_error_network_message',
    next: 'reader_error_network_next',
    retryable: true,
    extractable: true,
    extractedBecause: 'reader_extracted_network',
  },
  cancelled: { message: 'reader_error_cancelled_message', next: 'reader_error_cancelled_next', retryable: true, extractable: false },
  // A bug in our REST path: the page itself may still be readable, and a retry would hit the same bug.
  internal: { message: 'reader_error_internal_message', next: 'reader_error_internal_next', retryable: false, extractable: true },
};

/** Details replace the kind's sentence, and its next step when they have their own. */
export const ERROR_DETAILS: Readonly<Record<ErrorDetail, { message: string; next?: string }>> = {
  'message-refused': { message: 'reader_error_message_refused_message' },
  'no-answer': { message: 'reader_error_no_answer_message' },
  'page-no-answer': { message: 'reader_error_page_no_answer_message' },
  'data-tab': { message: 'reader_error_data_tab_message', next: 'reader_error_open_page_next' },
  'page-too-large': { message: 'reader_error_page_too_large_message', next: 'reader_error_open_page_next' },
  'no-article-text': { message: 'reader_error_no_article_text_message', next: 'reader_error_open_page_next' },
  'no-page-url': { message: 'reader_error_no_page_url_message' },
  'list-not-post': { message: 'reader_error_list_not_post_message' },
  'not-post-list': { message: 'reader_error_not_post_list_message' },
  'redirect-other-site': { message: 'reader_error_redirect_other_site_message' },
  'login-page': { message: 'reader_error_login_page_message' },
  'too-large': { message: 'reader_error_too_large_message' },
  'html-not-json': { message: 'reader_error_html_not_json_message' },
  'invalid-json': { message: 'reader_error_invalid_json_message' },
  'other-site-data': { message: 'reader_error_other_site_data_message' },
  clipboard: { message: 'reader_error_clipboard_message', next: 'reader_error_clipboard_next' },
  'no-post-named': { message: 'reader_error_no_post_named_message' },
  'rest-hidden': { message: 'reader_error_rest_hidden_message' },
  'reader-gone': { message: 'reader_error_reader_gone_message', next: 'reader_error_reader_gone_next' },
  'session-lost': { message: 'reader_error_session_lost_message', next: 'reader_error_session_lost_next' },
  'detection-shape': { message: 'reader_error_detection_shape_message', next: 'reader_error_detection_next' },
  'detection-sender': { message: 'reader_error_detection_sender_message', next: 'reader_error_detection_next' },
  'detection-origin': { message: 'reader_error_detection_origin_message', next: 'reader_error_detection_next' },
  'redirect-too-many': { message: 'reader_error_redirect_too_many_message' },
  'redirect-loop': { message: 'reader_error_redirect_loop_message' },
  'redirect-not-followed': { message: 'reader_error_redirect_not_followed_message' },
};

export function isRetryable(error: Pick<ReaderErrorData, 'kind'>): boolean {
  return ERROR_KINDS[error.kind].retryable;
}

function isKind(value: unknown): value is ReaderErrorKind {
  return typeof value === 'string' && Object.hasOwn(ERROR_KINDS, value);
}

function isDetail(value: unknown): value is ErrorDetail {
  return typeof value === 'string' && Object.hasOwn(ERROR_DETAILS, value);
}

/** The one error type the core throws. Its `data` crosses message boundaries as plain JSON. */
export class ReaderError extends Error {
  readonly data: ReaderErrorData;

  constructor(kind: ReaderErrorKind, extra: Partial<Omit<ReaderErrorData, 'kind'>> = {}) {
    const data: ReaderErrorData = { kind, ...stripUndefined(extra) };
    // For logs and debuggers only: what a person reads is worded by the UI from `data`.
    super(data.detail ? `${kind}: ${data.detail}` : kind);
    this.name = 'ReaderError';
    this.data = data;
  }

  get kind(): ReaderErrorKind {
    return this.data.kind;
  }

  toJSON(): ReaderErrorData {
    return this.data;
  }
}

export function isReaderError(error: unknown): error is ReaderError {
  return error instanceof ReaderError;
}

/** Turns anything thrown into serialisable error data, so no context ever shows a raw exception. */
export function toReaderErrorData(error: unknown): ReaderErrorData {
  if (error instanceof ReaderError) return error.data;
  if (error instanceof DOMException && error.name === 'AbortError') return new ReaderError('cancelled').data;
  if (error instanceof DOMException && error.name === 'TimeoutError') return new ReaderError('timeout').data;
  // Not the site's fault: an exception we did not expect is our bug, and says so.
  return new ReaderError('internal').data;
}

/**
 * Error data received from another context, rebuilt from known parts only: a kind and a detail from the
 * tables above (anything else is `internal`), and, from our own extension pages, the typed status / code /
 * URL. A reply from a content script (`fromTab`) runs in a page a compromised renderer may control, so only
 * its kind and detail are kept: whatever text it sends, the reader words the failure itself.
 */
export function readErrorData(value: unknown, fromTab: boolean): ReaderErrorData {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const data: ReaderErrorData = { kind: isKind(v.kind) ? v.kind : 'internal' };
  if (isDetail(v.detail)) data.detail = v.detail;
  if (fromTab) return data;
  if (typeof v.status === 'number' && Number.isInteger(v.status)) data.status = v.status;
  if (typeof v.code === 'string') data.code = v.code.slice(0, 200);
  if (typeof v.url === 'string') data.url = v.url.slice(0, 2048);
  const page = v.pageFailure as Record<string, unknown> | undefined;
  if (typeof page === 'object' && page !== null && isKind(page.kind)) {
    data.pageFailure = isDetail(page.detail) ? { kind: page.kind, detail: page.detail } : { kind: page.kind };
  }
  return data;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
