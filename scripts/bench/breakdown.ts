/**
 * Phases of one click, from the timeline of a ClickSample (ms after the click). Clearpost's marks come from
 * src/shared/timing.ts-style `clearpost:<phase>-start|end` marks in each context (worker, content script,
 * reader frame); the bench's own stamps (observer.ts, server timestamps) fill in the rest. A phase whose
 * marks are missing is left out rather than guessed.
 */
import type { Mark } from './probe';

export interface PhaseDef {
  name: string;
  from: string;
  to: string;
  /** What the phase covers, for the results table. */
  what: string;
}

/** The REST path, in order. The first five are the brief's inject/detect/fetch/clean/render. */
export const CLEARPOST_PHASES: PhaseDef[] = [
  {
    name: 'inject',
    from: 'click',
    to: 'content:clearpost:detect-start',
    what: 'dispatch → reader frame mounted (executeScript of content-script.js + open-now.js, script evaluation, toggle)',
  },
  { name: 'detect', from: 'content:clearpost:detect-start', to: 'content:clearpost:detect-end', what: 'core detect() on the page DOM' },
  { name: 'fetch', from: 'worker:clearpost:fetch-start', to: 'worker:clearpost:fetch-end', what: 'REST request(s) in the service worker' },
  {
    name: 'clean',
    from: 'frame:clearpost:normalize-start',
    to: 'frame:clearpost:normalize-end',
    what: 'normalizePost (parse, clean, sanitise) in the reader frame',
  },
  { name: 'render', from: 'frame:clearpost:render-start', to: 'frame:clearpost:render-end', what: 'renderArticle into the reader DOM' },
  { name: 'paint', from: 'frame:clearpost:render-end', to: 'frame:painted', what: 'style, layout and paint of the article frame' },
  // Hand-offs and the parallel reader boot: where the rest of the time goes.
  {
    name: 'executeScript',
    from: 'worker:clearpost:inject-start',
    to: 'worker:clearpost:inject-end',
    what: 'scripting.executeScript round trip (the frame is mounted before it returns)',
  },
  { name: 'detect→fetch', from: 'content:clearpost:detect-end', to: 'worker:clearpost:fetch-start', what: 'startSession message to the worker' },
  { name: 'server', from: 'server:rest-start', to: 'server:rest-end', what: 'fixture server time for the first REST request (part of fetch)' },
  {
    name: 'fetch→clean',
    from: 'worker:clearpost:fetch-end',
    to: 'frame:clearpost:normalize-start',
    what: 'article handed to the reader frame (waits for the frame to boot)',
  },
  // The same interval as the Firefox rows (scripts/bench/firefox.ts), which cannot see the paint.
  { name: 'click→rendered', from: 'click', to: 'frame:clearpost:render-end', what: 'click → the article in the reader DOM (before its paint)' },
  {
    name: 'reader boot',
    from: 'frame:document',
    to: 'frame:dcl',
    what: 'reader page document created → its module scripts evaluated (runs in parallel from the mount on)',
  },
];

export const READABILITY_PHASES: PhaseDef[] = [
  { name: 'start', from: 'click', to: 'page:bench:clone-start', what: 'script compiled and started' },
  { name: 'clone', from: 'page:bench:clone-start', to: 'page:bench:parse-start', what: 'document.cloneNode(true)' },
  { name: 'parse', from: 'page:bench:parse-start', to: 'page:bench:sanitize-start', what: 'new Readability(clone).parse()' },
  { name: 'sanitize', from: 'page:bench:sanitize-start', to: 'page:bench:render-start', what: 'DOMPurify.sanitize' },
  { name: 'render', from: 'page:bench:render-start', to: 'page:bench:render-end', what: 'host, shadow root, srcdoc frame' },
  { name: 'paint', from: 'page:bench:render-end', to: 'frame:painted', what: 'frame parse, style, layout, paint' },
];

function at(timeline: Mark[], name: string): number | undefined {
  if (name === 'click') return 0;
  return timeline.find((m) => m.name === name)?.at;
}

export function phases(timeline: Mark[], defs: PhaseDef[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of defs) {
    const a = at(timeline, d.from);
    const b = at(timeline, d.to);
    if (a !== undefined && b !== undefined) out[d.name] = b - a;
  }
  return out;
}

/**
 * The phases a long task (start, duration; ms after the click) overlaps, largest first, e.g.
 * "clean 410 + render 60 + paint 180": one task spanning several phases means they run back to back
 * without yielding (a forced layout, e.g. focus() after appending the article, pulls paint into it).
 */
export function phasesOfTask(timeline: Mark[], defs: PhaseDef[], task: { start: number; duration: number }): string {
  const parts: Array<[string, number]> = [];
  for (const d of defs) {
    const a = at(timeline, d.from);
    const b = at(timeline, d.to);
    if (a === undefined || b === undefined) continue;
    const overlap = Math.min(b, task.start + task.duration) - Math.max(a, task.start);
    if (overlap >= 1) parts.push([d.name, overlap]);
  }
  if (parts.length === 0) return 'outside the marked phases';
  return parts
    .sort((x, y) => y[1] - x[1])
    .map(([n, v]) => `${n} ${v.toFixed(0)}`)
    .join(' + ');
}
