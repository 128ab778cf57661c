import type { ReaderErrorData, ReaderErrorKind } from './types';

/** Default wording per failure: one sentence on what happened, one on what to do next. */
const WORDING: Record<ReaderErrorKind, { message: string; nextStep: string }> = {
  'not-wordpress': {
    message: 'This page does not look like a WordPress site.',
    nextStep: 'Open the original page, or try the reader on a WordPress article.',
  },
  'rest-disabled': {
    message: "This site's WordPress REST API does not let visitors read posts.",
    nextStep: 'Open the original page to read it there.',
  },
  'not-found': {
    message: 'The site could not find this post in its REST API.',
    nextStep: 'Open the original page; the post may have been moved or unpublished.',
  },
  'password-protected': {
    message: 'This post is password-protected.',
    nextStep: 'Enter the password on the original page; Clearpost never tries to get around it.',
  },
  'not-an-article': {
    message: 'This page is a list of posts (home page, archive or search), not a single article.',
    nextStep: 'Open one of the posts, then try the reader again.',
  },
  'server-error': {
    message: 'The site answered with a server error.',
    nextStep: 'Try again in a moment, or open the original page.',
  },
  'bad-response': {
    message: 'The site sent something that is not a WordPress post.',
    nextStep: 'Open the original page to read it there.',
  },
  timeout: {
    message: 'The site took too long to answer.',
    nextStep: 'Try again, or open the original page.',
  },
  network: {
    message: 'The site could not be reached.',
    nextStep: 'Check your connection and try again.',
  },
  cancelled: {
    message: 'Loading was cancelled.',
    nextStep: 'Click the Clearpost button to try again.',
  },
};

/** The one error type the core throws. Its `data` crosses message boundaries as plain JSON. */
export class ReaderError extends Error {
  readonly data: ReaderErrorData;

  constructor(kind: ReaderErrorKind, extra: Partial<Omit<ReaderErrorData, 'kind'>> = {}) {
    const data: ReaderErrorData = { kind, ...WORDING[kind], ...stripUndefined(extra) };
    super(data.message);
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
  return new ReaderError('bad-response', { message: `Something went wrong while reading this page.` }).data;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
