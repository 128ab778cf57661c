import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import type { Detection, FetchedPost } from '../../../src/core/types';
import { Sessions, type FetchFn } from '../../../src/background/sessions';

const detection: Detection = {
  isWordPress: true,
  pageUrl: 'https://example.com/2025/01/28/post/',
  restRoot: 'https://example.com/wp-json/',
  postId: 12,
  pageKind: 'singular',
  signals: [{ kind: 'api-link', value: 'https://example.com/wp-json/' }],
};
const fetched: FetchedPost = { post: { id: 12, title: { rendered: 'Hello' } }, jsonUrl: 'https://example.com/wp-json/wp/v2/posts/12' };

/** A fetch that resolves/rejects when the test says so, and records the signal it got. */
function controllableFetch() {
  const calls: Array<{ signal: AbortSignal; resolve(v: FetchedPost): void; reject(e: unknown): void }> = [];
  const fn: FetchFn = (_det, { signal }) =>
    new Promise<FetchedPost>((resolve, reject) => {
      calls.push({ signal, resolve, reject });
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { fn, calls };
}

afterEach(() => vi.useRealTimers());

describe('Sessions', () => {
  it('hands the fetched post to the reader, with the detection', async () => {
    const fake = controllableFetch();
    const sessions = new Sessions({ fetchPost: fake.fn });
    sessions.start('s1', 4, detection);
    const pending = sessions.get('s1');
    fake.calls[0]!.resolve(fetched);
    await expect(pending).resolves.toEqual({ ok: true, value: { detection, fetched } });
    expect(sessions.tabOf('s1')).toBe(4);
  });

  it('waits for a session the reader asked for before the page started it (the race)', async () => {
    const fake = controllableFetch();
    const sessions = new Sessions({ fetchPost: fake.fn, waitForStartMs: 1000 });
    const early = sessions.get('s2');
    sessions.start('s2', 1, detection);
    fake.calls[0]!.resolve(fetched);
    await expect(early).resolves.toMatchObject({ ok: true });
  });

  it('answers an unknown session (worker restarted) with a clear error after the wait', async () => {
    vi.useFakeTimers();
    const sessions = new Sessions({ fetchPost: controllableFetch().fn, waitForStartMs: 3000 });
    const lost = sessions.get('gone');
    await vi.advanceTimersByTimeAsync(3000);
    const outcome = await lost;
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.kind).toBe('cancelled');
      expect(outcome.error.detail).toBe('session-lost');
    }
  });

  it('turns a core failure into error data, never a rejection', async () => {
    const sessions = new Sessions({
      fetchPost: async () => {
        throw new ReaderError('rest-disabled', { status: 401, code: 'rest_login_required' });
      },
    });
    sessions.start('s3', 1, detection);
    await expect(sessions.get('s3')).resolves.toMatchObject({
      ok: false,
      error: { kind: 'rest-disabled', status: 401, code: 'rest_login_required' },
    });
  });

  it('aborts the fetch on cancel and forgets the session', async () => {
    const fake = controllableFetch();
    const sessions = new Sessions({ fetchPost: fake.fn, waitForStartMs: 10 });
    sessions.start('s4', 1, detection);
    sessions.cancel('s4');
    expect(fake.calls[0]!.signal.aborted).toBe(true);
    expect(sessions.size).toBe(0);
    await expect(sessions.get('s4')).resolves.toMatchObject({ ok: false, error: { kind: 'cancelled' } });
  });

  it('aborts every session of a closed tab and leaves other tabs alone', () => {
    const fake = controllableFetch();
    const sessions = new Sessions({ fetchPost: fake.fn });
    sessions.start('a', 1, detection);
    sessions.start('b', 2, detection);
    sessions.start('c', 1, detection);
    sessions.cancelTab(1);
    expect(fake.calls.map((c) => c.signal.aborted)).toEqual([true, false, true]);
    expect(sessions.tabOf('b')).toBe(2);
    expect(sessions.size).toBe(1);
  });

  it('refetches on "Try again" after a retryable failure, not after a final one', async () => {
    let attempt = 0;
    const sessions = new Sessions({
      fetchPost: async () => {
        attempt += 1;
        if (attempt === 1) throw new ReaderError('timeout');
        return fetched;
      },
    });
    sessions.start('r', 1, detection);
    await expect(sessions.get('r')).resolves.toMatchObject({ ok: false, error: { kind: 'timeout' } });
    await expect(sessions.get('r')).resolves.toMatchObject({ ok: true });
    expect(attempt).toBe(2);

    let finalAttempts = 0;
    const final = new Sessions({
      fetchPost: async () => {
        finalAttempts += 1;
        throw new ReaderError('password-protected');
      },
    });
    final.start('p', 1, detection);
    await final.get('p');
    await final.get('p');
    expect(finalAttempts).toBe(1);
  });

  it('keeps memory bounded: the oldest sessions are dropped and aborted', () => {
    const fake = controllableFetch();
    const sessions = new Sessions({ fetchPost: fake.fn, maxSessions: 3 });
    for (const id of ['1', '2', '3', '4', '5']) sessions.start(id, 9, detection);
    expect(sessions.size).toBe(3);
    expect(fake.calls.slice(0, 2).every((c) => c.signal.aborted)).toBe(true);
    expect(sessions.tabOf('5')).toBe(9);
    expect(sessions.tabOf('1')).toBeUndefined();
  });

  it('a repeated start for the same id aborts the earlier fetch', () => {
    const fake = controllableFetch();
    const sessions = new Sessions({ fetchPost: fake.fn });
    sessions.start('x', 1, detection);
    sessions.start('x', 1, detection);
    expect(fake.calls[0]!.signal.aborted).toBe(true);
    expect(fake.calls[1]!.signal.aborted).toBe(false);
  });
});
