/**
 * Issue 14, measured (no goal yet): the first click of a browser session. The clicks section's medians are warm
 * clicks: its rounds follow each other in one browser, so the reader page's scripts are compiled and cached, and
 * the data some APIs load on first use (ICU's word-break rules for the reading time: ~10–19 ms) is loaded. A user's click after a while away comes to a cold extension. Here each round launches a
 * fresh Chromium (a fresh profile: no code cache either, so this is the cold end of what users meet), clicks once
 * on the small theme page, and closes; the empty isolated frame (the floor) the same way in its own fresh browser.
 * Same clock and observer as the clicks section (click-runs.ts).
 */
import { launchBrowser } from '../../test/e2e/support/browsers';
import { clearpostClick, floorClick } from './click-runs';
import { fmtMs, summarize, type Summary } from './stats';

export interface FirstClickResult {
  clearpost: Summary;
  floor: Summary;
  errors: string[];
}

export async function runFirstClicks(o: {
  extensionDir: string;
  url: string;
  rounds: number;
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
  return { clearpost: summarize(totals.clearpost), floor: summarize(totals.floor), errors };
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
    ...(r.errors.length ? ['Failed rounds:', '', ...r.errors.map((e) => `- ${e}`), ''] : []),
  ];
}
