/**
 * Section 3: scaling. Posts of 10 KB, 100 KB, 1 MB and 5 MB of content (content.ts, deterministic), each in
 * the small theme page: click → reader painted, the reader frame's JS heap after the article is shown (CDP
 * Runtime.getHeapUsage on the frame's own target, after a forced GC), and the longest main-thread task in
 * the reader frame with the phase it falls in.
 */
import type { Browser, CDPSession, Frame } from 'puppeteer-core';
import { CLEARPOST_PHASES, phasesOfTask, phases } from './breakdown';
import { clearpostClick, type ClickSample } from './click-runs';
import { summarize, type Summary } from './stats';
import type { RestTiming } from './server';

export interface ScalingPoint {
  bytes: number;
  url: string;
  total: Summary;
  /** V8 heap used by the reader frame's isolate (JS objects and strings). */
  heapBytes: Summary;
  /** Blink's (embedder) heap of that process: the reader's DOM, where the article's nodes live. */
  embedderHeapBytes: Summary;
  longestFrameTask: Summary;
  /** The phases (ms of overlap) of the longest reader-frame task of all rounds. */
  longestTaskPhase: string;
  phases: Record<string, Summary>;
  errors: string[];
}

const FRAME_PHASES = CLEARPOST_PHASES.filter((d) => ['clean', 'render', 'paint', 'reader boot'].includes(d.name));

async function frameSession(browser: Browser, frame: Frame): Promise<CDPSession> {
  const url = frame.url();
  const target = browser.targets().find((t) => t.url() === url && t.type() !== 'page' && t.type() !== 'service_worker');
  if (target) return target.createCDPSession();
  // Same-process frame (should not happen for an extension frame in a web page): the page's session.
  return frame.page().createCDPSession();
}

async function readerHeap(browser: Browser, sample: ClickSample): Promise<{ js: number; embedder: number }> {
  const frame = sample.page.frames().find((f) => f.url().startsWith('chrome-extension://'));
  if (!frame) return { js: Number.NaN, embedder: Number.NaN };
  const cdp = await frameSession(browser, frame);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? Number.NaN };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function runScaling(opts: {
  browser: Browser;
  sizes: Array<{ bytes: number; url: string }>;
  rounds: number;
  rest: RestTiming[];
  log: (line: string) => void;
}): Promise<ScalingPoint[]> {
  const out: ScalingPoint[] = [];
  for (const { bytes, url } of opts.sizes) {
    const totals: number[] = [];
    const heaps: number[] = [];
    const embedder: number[] = [];
    const tasks: number[] = [];
    const perPhase: Record<string, number[]> = {};
    const errors: string[] = [];
    let worst: { duration: number; phase: string } = { duration: 0, phase: 'no task over 50 ms' };
    for (let round = 0; round < opts.rounds; round++) {
      try {
        const s = await clearpostClick({ browser: opts.browser, url, rest: opts.rest, keepOpen: true });
        try {
          totals.push(s.totalMs);
          const heap = await readerHeap(opts.browser, s);
          heaps.push(heap.js);
          embedder.push(heap.embedder);
          tasks.push(s.longestTaskMs.frame);
          for (const [k, v] of Object.entries(phases(s.timeline, CLEARPOST_PHASES))) (perPhase[k] ??= []).push(v);
          for (const t of s.longTasks.frame) {
            if (t.duration > worst.duration) worst = { duration: t.duration, phase: phasesOfTask(s.timeline, FRAME_PHASES, t) };
          }
          const ph = phases(s.timeline, CLEARPOST_PHASES);
          const show = ['fetch', 'fetch→clean', 'clean', 'render', 'paint'].map((k) => `${k} ${ph[k]?.toFixed(0) ?? '?'}`).join(', ');
          opts.log(
            `  ${bytes / 1000} KB round ${round + 1}/${opts.rounds}: ${s.totalMs.toFixed(0)} ms (${show}), longest reader task ${s.longestTaskMs.frame.toFixed(0)} ms`,
          );
        } finally {
          await s.page.close().catch(() => undefined);
        }
      } catch (e) {
        errors.push(String(e).slice(0, 300));
        opts.log(`  ${bytes / 1000} KB round ${round + 1}: failed: ${String(e).slice(0, 200)}`);
      }
    }
    out.push({
      bytes,
      url,
      total: summarize(totals),
      heapBytes: summarize(heaps, 0),
      embedderHeapBytes: summarize(embedder, 0),
      longestFrameTask: summarize(tasks),
      longestTaskPhase: worst.duration > 0 ? `${worst.duration.toFixed(0)} ms task: ${worst.phase}` : worst.phase,
      phases: Object.fromEntries(Object.entries(perPhase).map(([k, v]) => [k, summarize(v)])),
      errors,
    });
  }
  return out;
}

/** Least-squares slope of log(time) on log(size): 1 is linear growth, < 1 is sub-linear (fixed costs). */
export function logLogSlope(points: Array<{ x: number; y: number }>): number {
  const p = points.filter((q) => q.x > 0 && q.y > 0 && Number.isFinite(q.y)).map((q) => ({ x: Math.log(q.x), y: Math.log(q.y) }));
  if (p.length < 2) return Number.NaN;
  const mx = p.reduce((a, q) => a + q.x, 0) / p.length;
  const my = p.reduce((a, q) => a + q.y, 0) / p.length;
  const num = p.reduce((a, q) => a + (q.x - mx) * (q.y - my), 0);
  const den = p.reduce((a, q) => a + (q.x - mx) ** 2, 0);
  return num / den;
}
