/**
 * Measured, no goal yet: click → article painted when the site's REST API refuses every request (401
 * `rest_cannot_access`, what a "disable the REST API" plugin answers: server.ts restDisabled). The reader then reads
 * the article from the page itself: it asks the content script for the page's markup (src/reader/page-snapshot.ts),
 * parses it inert in the frame and extracts it (src/reader/page-fallback.ts). The same clock, observer and marks as
 * the clicks section; beside it, that section's Readability baseline on the same page, which reads the live DOM in
 * the page's own process and pays no transfer.
 */
import type { Browser } from 'puppeteer-core';
import { CLEARPOST_PHASES, phases, type PhaseDef } from './breakdown';
import { clearpostClick } from './click-runs';
import { fmtMs, summarize, type Summary } from './stats';

const phase = (name: string): PhaseDef => {
  const def = CLEARPOST_PHASES.find((d) => d.name === name);
  if (!def) throw new Error(`no phase ${name} in breakdown.ts`);
  return def;
};

/** The REST path's phases where they are the same (breakdown.ts), with the snapshot, and the cleaning named for what it is here. */
export const REFUSED_PHASES: PhaseDef[] = [
  phase('reader boot'),
  {
    name: 'snapshot',
    from: 'frame:clearpost:snapshot-start',
    to: 'frame:clearpost:snapshot-end',
    what: "the page's markup serialised by the content script, sent to the frame (src/reader/page-snapshot.ts), parsed inert there",
  },
  { ...phase('clean'), name: 'extract', what: 'page extraction and cleaning in the frame' },
  phase('render'),
  phase('paint'),
];

export interface RefusedRow {
  page: { id: string; label: string; htmlBytes?: number };
  total: Summary;
  phases: Record<string, Summary>;
}

export async function runRefused(o: {
  browser: Browser;
  pages: Array<{ id: string; label: string; url: string; htmlBytes?: number }>;
  rounds: number;
  log: (line: string) => void;
}): Promise<RefusedRow[]> {
  const rows: RefusedRow[] = [];
  for (const page of o.pages) {
    await clearpostClick({ browser: o.browser, url: page.url }); // untimed: the extractor's chunk loaded once, as warm as the clicks
    const totals: number[] = [];
    const per = new Map<string, number[]>();
    for (let round = 1; round <= o.rounds; round++) {
      const sample = await clearpostClick({ browser: o.browser, url: page.url });
      totals.push(sample.totalMs);
      for (const [name, ms] of Object.entries(phases(sample.timeline, REFUSED_PHASES))) per.set(name, [...(per.get(name) ?? []), ms]);
      o.log(`  REST refused, ${page.id}, round ${round}: ${sample.totalMs.toFixed(0)} ms`);
    }
    const { url: _url, ...facts } = page;
    rows.push({
      page: facts,
      total: summarize(totals),
      phases: Object.fromEntries(REFUSED_PHASES.map((d) => [d.name, summarize(per.get(d.name) ?? [])])),
    });
  }
  return rows;
}

/** `readability`: the clicks section's Readability medians by page id (same pages, REST irrelevant to it). */
export function refusedMarkdown(rows: RefusedRow[], readability: Record<string, Summary>): string[] {
  const cell = (s: Summary | undefined): string => (s?.n ? fmtMs(s) : '—');
  return [
    '## REST refused: click → article read from the page (measured, no goal yet)',
    '',
    'Every REST request of a third fixture origin is answered 401 `rest_cannot_access` (a "disable the REST API" plugin\'s answer), so the reader reads the article from the page: the content script serialises the page, the frame gets it (from its tab directly in Chromium), parses it inert and extracts it (scripts/bench/refused.ts). Median (min–max); the Readability baseline from the clicks section, which reads the live page in its own process.',
    '',
    `| Page | Click → painted | Readability (clicks section) | ${REFUSED_PHASES.map((d) => d.name).join(' | ')} |`,
    `|---|---|---|${REFUSED_PHASES.map(() => '---').join('|')}|`,
    ...rows.map(
      (r) =>
        `| ${r.page.label} | ${cell(r.total)} | ${cell(readability[r.page.id])} | ${REFUSED_PHASES.map((d) => cell(r.phases[d.name])).join(' | ')} |`,
    ),
    '',
    ...REFUSED_PHASES.map((d) => `- ${d.name}: ${d.what}`),
    '',
  ];
}
