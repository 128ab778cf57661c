/**
 * Section 1: click → reader painted, Clearpost's REST path against the Readability baseline, on the four
 * pages, several rounds each (the two readers alternate inside a round so machine noise hits both).
 */
import type { Browser } from 'puppeteer-core';
import { CLEARPOST_PHASES, READABILITY_PHASES, phases, phasesOfTask } from './breakdown';
import { clearpostClick, floorClick, readabilityClick, type ClickSample, type ReadabilityAssets } from './click-runs';
import { summarize, type Summary } from './stats';
import type { RestTiming } from './server';

export interface BenchPage {
  id: string;
  label: string;
  url: string;
  /** HTML bytes and element count of the page (measured in the browser). */
  htmlBytes?: number;
  elements?: number;
}

export interface ReaderResult {
  total: Summary;
  raf: Summary;
  longestTask: { page: Summary; frame: Summary };
  phases: Record<string, Summary>;
  /** The longest task after the click of all rounds (reader frame for Clearpost, page for Readability), with its phases. */
  worstTask: string;
  errors: string[];
}

export interface PageResult {
  page: BenchPage;
  clearpost: ReaderResult;
  readability: ReaderResult;
  /** median(Clearpost) / median(Readability). */
  ratio: number;
  /** Click → painted for an empty extension page framed like the reader (click-runs.ts floorClick). */
  floor: Summary;
  /** The REST requests of Clearpost's last round, in order (path, bytes, server ms). */
  restRequests: Array<{ url: string; bytes: number; startMs: number; serverMs: number }>;
}

function worstTask(samples: ClickSample[], defs: typeof CLEARPOST_PHASES): string {
  let worst = { duration: 0, text: 'no task over 50 ms' };
  for (const s of samples) {
    const tasks = s.reader === 'clearpost' ? s.longTasks.frame : s.longTasks.page;
    for (const t of tasks)
      if (t.duration > worst.duration)
        worst = { duration: t.duration, text: `${t.duration.toFixed(0)} ms task: ${phasesOfTask(s.timeline, defs, t)}` };
  }
  return worst.text;
}

function summarizeReader(samples: ClickSample[], errors: string[], defs = CLEARPOST_PHASES): ReaderResult {
  const perPhase: Record<string, number[]> = {};
  for (const s of samples) for (const [k, v] of Object.entries(phases(s.timeline, defs))) (perPhase[k] ??= []).push(v);
  return {
    total: summarize(samples.map((s) => s.totalMs)),
    raf: summarize(samples.map((s) => s.rafMs)),
    longestTask: { page: summarize(samples.map((s) => s.longestTaskMs.page)), frame: summarize(samples.map((s) => s.longestTaskMs.frame)) },
    phases: Object.fromEntries(defs.filter((d) => perPhase[d.name]).map((d) => [d.name, summarize(perPhase[d.name] as number[])])),
    worstTask: worstTask(
      samples,
      defs === CLEARPOST_PHASES ? defs.filter((d) => ['clean', 'render', 'paint', 'reader boot'].includes(d.name)) : defs,
    ),
    errors,
  };
}

export async function pageFacts(browser: Browser, page: BenchPage): Promise<BenchPage> {
  const tab = await browser.newPage();
  try {
    const response = await tab.goto(page.url, { waitUntil: 'load', timeout: 120_000 });
    const htmlBytes = (await response?.buffer())?.byteLength;
    const elements = (await tab.evaluate('document.getElementsByTagName("*").length')) as number;
    return { ...page, htmlBytes, elements };
  } finally {
    await tab.close();
  }
}

export async function runClicks(opts: {
  browser: Browser;
  pages: BenchPage[];
  rounds: number;
  assets: ReadabilityAssets;
  rest: RestTiming[];
  log: (line: string) => void;
}): Promise<PageResult[]> {
  const { browser, assets, rest, log } = opts;
  // Warm-up (not counted): the worker, the extension's files and the HTTP cache of the page assets.
  const first = opts.pages[0];
  if (first) {
    await clearpostClick({ browser, url: first.url, rest }).catch((e: unknown) => log(`  warm-up (Clearpost) failed: ${String(e)}`));
    await readabilityClick({ browser, url: first.url }, assets).catch((e: unknown) => log(`  warm-up (Readability) failed: ${String(e)}`));
  }
  const results: PageResult[] = [];
  for (const page of opts.pages) {
    const cp: ClickSample[] = [];
    const rd: ClickSample[] = [];
    const fl: ClickSample[] = [];
    const cpErrors: string[] = [];
    const rdErrors: string[] = [];
    const runs = {
      clearpost: () => clearpostClick({ browser, url: page.url, rest }),
      readability: () => readabilityClick({ browser, url: page.url }, assets),
      floor: () => floorClick({ browser, url: page.url }),
    };
    const readers = ['clearpost', 'readability', 'floor'] as const;
    for (let round = 0; round < opts.rounds; round++) {
      // Rotate which reader goes first, so machine noise does not always hit the same one.
      const order = readers.map((_, i) => readers[(i + round) % readers.length] as (typeof readers)[number]);
      for (const reader of order) {
        try {
          const sample = await runs[reader]();
          (reader === 'clearpost' ? cp : reader === 'readability' ? rd : fl).push(sample);
        } catch (e) {
          // A failed floor round only thins the floor's samples; it is not a reader failure.
          if (reader !== 'floor') (reader === 'clearpost' ? cpErrors : rdErrors).push(String(e).slice(0, 300));
        }
      }
      const last = (list: ClickSample[]): string => (list.length ? `${(list[list.length - 1] as ClickSample).totalMs.toFixed(0)} ms` : 'failed');
      log(`  ${page.id} round ${round + 1}/${opts.rounds}: Clearpost ${last(cp)}, Readability ${last(rd)}, empty frame ${last(fl)}`);
    }
    const clearpost = summarizeReader(cp, cpErrors);
    const readability = summarizeReader(rd, rdErrors, READABILITY_PHASES);
    const lastRest = cp[cp.length - 1]?.rest ?? [];
    const t0 = lastRest[0]?.start ?? 0;
    const restRequests = lastRest.map((r) => ({
      url: r.url,
      bytes: r.bytes,
      startMs: Math.round(r.start - t0),
      serverMs: Math.round((r.end - r.start) * 10) / 10,
    }));
    results.push({
      page,
      clearpost,
      readability,
      ratio: clearpost.total.median / readability.total.median,
      floor: summarize(fl.map((s) => s.totalMs)),
      restRequests,
    });
  }
  return results;
}
