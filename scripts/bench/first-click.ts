/**
 * Issue 14, measured (no goal yet): the first click of a browser session. The clicks section's medians are warm
 * clicks: its rounds follow each other in one browser, so the reader page's scripts are compiled and cached, and
 * the data some APIs load on first use (ICU's word-break rules for the reading time: ~10–19 ms) is loaded. A user's click after a while away comes to a cold extension. Here each round launches a
 * fresh Chromium (a fresh profile: no code cache either, so this is the cold end of what users meet), clicks once
 * on the small theme page, and closes; the empty isolated frame (the floor) the same way in its own fresh browser.
 * Same clock and observer as the clicks section (click-runs.ts). Then, for where the cold path's time goes, a few
 * traced rounds (frame-trace.ts's breakdown of the reader frame's main thread): Clearpost's first click, a warm
 * click (the browser's second), and the floor's first click, each in a fresh browser.
 */
import { FRAME_FLOOR_PAGE } from '../../build/browsers';
import { launchBrowser } from '../../test/e2e/support/browsers';
import { READER_PAGE } from '../../src/shared/paths';
import { clearpostClick, floorClick } from './click-runs';
import { CATEGORIES, diffCell, frameBreakdown, medianCell, traced } from './frame-trace';
import { fmtMs, summarize, type Summary } from './stats';

const TRACED = ['cold', 'warm', 'floor'] as const;

export interface FirstClickResult {
  clearpost: Summary;
  floor: Summary;
  /** Main-thread ms per frame-trace category (and `windowMs`): Clearpost cold and warm, the floor cold. */
  trace?: Record<(typeof TRACED)[number], Record<string, Summary>>;
  traceRounds?: number;
  errors: string[];
}

export async function runFirstClicks(o: {
  extensionDir: string;
  url: string;
  rounds: number;
  traceRounds: number;
  log: (line: string) => void;
}): Promise<FirstClickResult> {
  const totals = { clearpost: [] as number[], floor: [] as number[] };
  const errors: string[] = [];
  for (let round = 1; round <= o.rounds; round++) {
    for (const reader of ['clearpost', 'floor'] as const) {
      const h = await launchBrowser('chromium', o.extensionDir, { viewport: { width: 1280, height: 900 } });
      try {
        const sample = await (reader === 'clearpost' ? clearpostClick : floorClick)({ browser: h.browser, url: o.url });
        totals[reader].push(sample.totalMs);
        o.log(`  first click, round ${round}/${o.rounds}: ${reader} ${sample.totalMs.toFixed(0)} ms`);
      } catch (error) {
        errors.push(`${reader}, round ${round}: ${String(error)}`);
      } finally {
        await h.close();
      }
    }
  }
  const rows = new Map<string, number[]>();
  for (let round = 1; round <= o.traceRounds; round++) {
    for (const kind of TRACED) {
      const h = await launchBrowser('chromium', o.extensionDir, { viewport: { width: 1280, height: 900 } });
      try {
        if (kind === 'warm') await clearpostClick({ browser: h.browser, url: o.url });
        const events = await traced(h.browser, () => (kind === 'floor' ? floorClick : clearpostClick)({ browser: h.browser, url: o.url }));
        const parts = kind === 'floor' ? frameBreakdown(events, FRAME_FLOOR_PAGE) : frameBreakdown(events, READER_PAGE, 'clearpost:render-end');
        for (const k of ['windowMs', ...CATEGORIES] as const) rows.set(`${kind} ${k}`, [...(rows.get(`${kind} ${k}`) ?? []), parts[k]]);
        o.log(`  traced, round ${round}/${o.traceRounds}: ${kind} ${parts.windowMs.toFixed(0)} ms`);
      } catch (error) {
        errors.push(`traced ${kind}, round ${round}: ${String(error)}`);
      } finally {
        await h.close();
      }
    }
  }
  const trace = Object.fromEntries(
    TRACED.map((kind) => [kind, Object.fromEntries(['windowMs', ...CATEGORIES].map((k) => [k, summarize(rows.get(`${kind} ${k}`) ?? [])]))]),
  ) as FirstClickResult['trace'];
  return {
    clearpost: summarize(totals.clearpost),
    floor: summarize(totals.floor),
    ...(o.traceRounds > 0 ? { trace, traceRounds: o.traceRounds } : {}),
    errors,
  };
}

/** The section of bench/results.md; `warm`: the clicks section's Clearpost and floor medians on the same page. */
export function firstClickMarkdown(r: FirstClickResult, warm?: { clearpost: Summary; floor: Summary }): string[] {
  const row = (label: string, cold: Summary, hot?: Summary): string =>
    `| ${label} | ${fmtMs(cold)} | ${hot ? fmtMs(hot) : '—'} | ${hot && cold.n && hot.n ? `+${(cold.median - hot.median).toFixed(0)} ms` : '—'} |`;
  return [
    '## First click of a browser session (issue 14, measured, no goal yet)',
    '',
    `Seed post, small theme page. Each of ${r.clearpost.n} rounds launches a fresh Chromium (fresh profile: the reader page never loaded in it, no code cache), clicks once and closes; the floor the same way in its own fresh browser (scripts/bench/first-click.ts). Beside it, the clicks section's warm medians.`,
    '',
    '| Reader | First click (cold) | Warm click (clicks section) | Cold − warm |',
    '|---|---|---|---|',
    row('Clearpost (REST)', r.clearpost, warm?.clearpost),
    row('Empty isolated frame (floor)', r.floor, warm?.floor),
    '',
    ...(r.trace ? traceTable(r.trace, r.traceRounds ?? 0) : []),
    ...(r.errors.length ? ['Failed rounds:', '', ...r.errors.map((e) => `- ${e}`), ''] : []),
  ];
}

function traceTable(trace: NonNullable<FirstClickResult['trace']>, rounds: number): string[] {
  return [
    `Where the first click's time goes: ${rounds} traced rounds of each, every one in a fresh browser (the warm one is that browser's second click), split like the trace section above (median ms of the reader frame's main thread, from its navigation to the article's paint).`,
    '',
    '| Main thread | Clearpost, first click | Clearpost, warm | Cold − warm | Floor, first click |',
    '|---|---|---|---|---|',
    ...['windowMs', ...CATEGORIES].map(
      (k) =>
        `| ${k === 'windowMs' ? '**frame navigation → article painted**' : k} | ${medianCell(trace.cold[k])} | ${medianCell(trace.warm[k])} | ${diffCell(trace.cold[k], trace.warm[k])} | ${medianCell(trace.floor[k])} |`,
    ),
    '',
  ];
}
