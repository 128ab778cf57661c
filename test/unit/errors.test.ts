import { describe, expect, it } from 'vitest';
import { ReaderError, toReaderErrorData } from '../../src/core/errors';

describe('ReaderError', () => {
  it('carries a reader-facing message and next step per kind', () => {
    const error = new ReaderError('rest-disabled', { status: 401, code: 'rest_login_required' });
    expect(error.data).toMatchObject({ kind: 'rest-disabled', status: 401, code: 'rest_login_required' });
    expect(error.message).toMatch(/REST API/);
    expect(error.data.nextStep).toMatch(/original page/);
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.data);
  });

  it('turns anything thrown into serialisable data', () => {
    expect(toReaderErrorData(new DOMException('x', 'AbortError')).kind).toBe('cancelled');
    expect(toReaderErrorData(new DOMException('x', 'TimeoutError')).kind).toBe('timeout');
    expect(toReaderErrorData(new TypeError('boom')).kind).toBe('bad-response');
    expect(toReaderErrorData(new TypeError('boom')).message).not.toMatch(/boom/);
  });
});
