/**
 * Timeouts and cancellation without relying on `AbortSignal.any` (Chrome 116+, Firefox 124+, Node 20.3+):
 * older engines still run Clearpost, so a small fallback links the signals by hand.
 * https://developer.mozilla.org/docs/Web/API/AbortSignal/any_static
 */
import { ReaderError } from '../errors';

export interface Deadline {
  /** Aborts when the caller cancels or the timeout fires. */
  signal: AbortSignal;
  /** Why the signal aborted: the caller's cancel wins over the timeout. */
  reason(): 'cancelled' | 'timeout' | undefined;
  /** Release the timer and listeners. */
  dispose(): void;
  /** Re-arm the timeout: the site is still sending (bounded by the deadline's ceiling). */
  extend(): void;
}

/**
 * `timeoutMs` is a silence timeout: `extend()` re-arms it while data keeps arriving, so a big post on a slow
 * connection is not cut off at 10 s (the hostile tier's 10 MB post was, on a loaded machine), while a site that
 * stops answering still fails after `timeoutMs`. `ceilingMs` bounds the whole request whatever happens (a body
 * trickled one byte at a time).
 */
export function deadline(timeoutMs: number, outer?: AbortSignal, ceilingMs = timeoutMs): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const fire = (): void => {
    timedOut = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  };
  let timer = setTimeout(fire, timeoutMs);
  const ceiling = ceilingMs > timeoutMs ? setTimeout(fire, ceilingMs) : undefined;
  const onOuterAbort = (): void => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    reason: () => (outer?.aborted ? 'cancelled' : timedOut ? 'timeout' : undefined),
    dispose: () => {
      clearTimeout(timer);
      clearTimeout(ceiling);
      outer?.removeEventListener('abort', onOuterAbort);
    },
    extend: () => {
      if (controller.signal.aborted || ceiling === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(fire, timeoutMs);
    },
  };
}

/** One signal that aborts when any of `signals` does (AbortSignal.any when present). */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  const native = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (typeof native === 'function') return native.call(AbortSignal, signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/**
 * Settle with `work`, or reject as soon as the deadline aborts, even when `work` ignores the signal
 * (a stuck `fetch` implementation, a body that never ends).
 */
export function raceDeadline<T>(work: Promise<T>, d: Deadline, url: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fail = (): void => reject(new ReaderError(d.reason() ?? 'cancelled', { url }));
    if (d.signal.aborted) {
      fail();
      return;
    }
    d.signal.addEventListener('abort', fail, { once: true });
    work.then(
      (v) => {
        d.signal.removeEventListener('abort', fail);
        resolve(v);
      },
      (e: unknown) => {
        d.signal.removeEventListener('abort', fail);
        reject(e);
      },
    );
  });
}
