/**
 * Performance marks for `npm run bench` (scripts/bench/): each context marks its own phases of the REST path
 * in its own timeline (performance entries are per document / per worker), and the bench reads them from
 * outside (the page, the service worker, the reader frame) to show where the time of a click goes.
 * A mark is a few hundred bytes in a buffer the browser already has, and nothing reads it outside the bench.
 * https://developer.mozilla.org/docs/Web/API/Performance/mark
 */
export type TimingPhase = 'inject' | 'detect' | 'fetch' | 'snapshot' | 'normalize' | 'render';

/** `clearpost:<phase>-start` / `-end`. Never throws (a page can replace `performance`). */
export function mark(phase: TimingPhase, edge: 'start' | 'end'): void {
  try {
    performance.mark(`clearpost:${phase}-${edge}`);
  } catch {
    // Timing is best effort; the reader must not care.
  }
}

/** Marks around an async step; returns its result unchanged. */
export async function timed<T>(phase: TimingPhase, step: () => Promise<T>): Promise<T> {
  mark(phase, 'start');
  try {
    return await step();
  } finally {
    mark(phase, 'end');
  }
}
