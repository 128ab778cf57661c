/**
 * Cleaning a long post without freezing the reader (issue 5: no reader-frame task over 200 ms at 1 MB).
 * The passes are generators that `yield` after each bounded piece of work (a slice), saying what they
 * did. The SAME generator runs two ways, so there is one pipeline and one output:
 *  - runSync: straight through (exports, the offscreen copy, page extraction, tests);
 *  - runSliced: hands the event loop back between slices once a time budget is spent (the reader).
 * Pausing cannot change the result: the work happens in inert documents nothing else holds.
 */

/** What one slice did: the pass it belongs to and its size (elements, or characters for text steps). */
export interface Slice {
  step: string;
  units: number;
}

export type Sliced<T> = Generator<Slice, T, void>;

export function runSync<T>(steps: Sliced<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Resolves when the work may go on (default: a new task, see `nextTask`). */
  yieldTo?: () => Promise<void>;
  /** Milliseconds of work before handing back (default 30; 0 = after every slice). */
  budgetMs?: number;
  /** Clock (default performance.now). */
  now?: () => number;
  /** Told about every slice (benchmarks, tests). */
  onSlice?: (slice: Slice) => void;
}

/** ~30 ms of work per task keeps input and the loading state responsive (RAIL's 50 ms, with margin). */
export const SLICE_BUDGET_MS = 30;

export async function runSliced<T>(steps: Sliced<T>, opts: SliceOptions = {}): Promise<T> {
  const yieldTo = opts.yieldTo ?? nextTask;
  const budget = opts.budgetMs ?? SLICE_BUDGET_MS;
  const now = opts.now ?? (() => performance.now());
  let start = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    opts.onSlice?.(next.value);
    if (now() - start >= budget) {
      await yieldTo();
      start = now();
    }
  }
}

interface TaskScheduler {
  yield?: () => Promise<void>;
}

/**
 * A new task. scheduler.yield() where it exists (Chromium 129+: continues ahead of other queued work);
 * else a MessageChannel message, which, unlike nested setTimeout(0), is not clamped to 4 ms
 * (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers, step 5).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
