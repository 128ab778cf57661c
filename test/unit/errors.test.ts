import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, ReaderError, readErrorData, toReaderErrorData } from '../../src/core/errors';

describe('ReaderError', () => {
  it('carries data, never a sentence: kind, detail, status, code', () => {
    const error = new ReaderError('rest-disabled', { status: 401, code: 'rest_login_required' });
    expect(error.data).toEqual({ kind: 'rest-disabled', status: 401, code: 'rest_login_required' });
    expect(new ReaderError('bad-response', { detail: 'too-large', url: undefined }).data).toEqual({ kind: 'bad-response', detail: 'too-large' });
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.data);
  });

  it('turns anything thrown into serialisable data; an unexpected exception is ours, not the site’s', () => {
    expect(toReaderErrorData(new DOMException('x', 'AbortError')).kind).toBe('cancelled');
    expect(toReaderErrorData(new DOMException('x', 'TimeoutError')).kind).toBe('timeout');
    expect(toReaderErrorData(new TypeError('boom'))).toEqual({ kind: 'internal' });
  });

  it('one table says what a retry or the page can cure', () => {
    const retryable = Object.entries(ERROR_KINDS)
      .filter(([, k]) => k.retryable)
      .map(([kind]) => kind);
    expect(retryable.sort()).toEqual(['cancelled', 'network', 'server-error', 'timeout']);
    for (const kind of ['password-protected', 'not-an-article', 'cancelled'] as const) expect(ERROR_KINDS[kind].extractable, kind).toBe(false);
  });
});

describe('readErrorData (error data from another context)', () => {
  const forged = {
    kind: 'rest-disabled',
    detail: 'too-large',
    message: 'Your session expired: call 555-0100',
    nextStep: 'Visit evil.example',
    status: 401,
    code: 'x',
    url: 'https://evil.example/',
  };

  it('from a content script keeps only the whitelisted kind and detail', () => {
    expect(readErrorData(forged, true)).toEqual({ kind: 'rest-disabled', detail: 'too-large' });
    expect(readErrorData({ kind: 'pwned', detail: 'whatever' }, true)).toEqual({ kind: 'internal' });
    expect(readErrorData('<b>boom</b>', true)).toEqual({ kind: 'internal' });
  });

  it('from our own pages keeps the typed fields too, and drops any text', () => {
    expect(readErrorData(forged, false)).toEqual({
      kind: 'rest-disabled',
      detail: 'too-large',
      status: 401,
      code: 'x',
      url: 'https://evil.example/',
    });
    expect(
      readErrorData({ kind: 'timeout', status: '500', pageFailure: { kind: 'bad-response', detail: 'page-too-large', message: 'x' } }, false),
    ).toEqual({
      kind: 'timeout',
      pageFailure: { kind: 'bad-response', detail: 'page-too-large' },
    });
  });
});
