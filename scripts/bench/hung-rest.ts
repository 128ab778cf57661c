/**
 * Issue 14's hung-REST row: click → the page-extracted article painted, on the seed's small theme page of a
 * bench server whose REST API never answers (server.ts hangRest). The same clock and observer as the clicks
 * section (click-runs.ts clearpostClick: the observer stamps the first paint of an <article>, and the page
 * version is one). Each round also checks that what was painted is the page version still waiting for REST
 * (`data-rest-pending` on the reader's <html>), so a REST article or an error can never pass for it.
 */
import type { Browser } from 'puppeteer-core';
import { clearpostClick } from './click-runs';
import { observerIn } from './probe';
import { fmtMs, summarize, type Summary } from './stats';

/** Issue 14: the page version on screen ≤ 1.5 s after the click when REST never answers. */
export const HUNG_REST_GOAL_MS = 1500;

export interface HungRestResult {
  total: Summary;
  raf: Summary;
  /** Rounds whose painted article was not the page version waiting for REST (should be none). */
  notPageVersion: number;
  errors: string[];
}

export async function runHungRest(o: { browser: Browser; url: string; rounds: number; log: (line: string) => void }): Promise<HungRestResult> {
  const totals: number[] = [];
  const rafs: number[] = [];
  const errors: string[] = [];
  let notPageVersion = 0;
  // Round 0 is not counted: it wakes the service worker and loads the extractor's code once (warm, like the clicks).
  for (let round = 0; round <= o.rounds; round++) {
    try {
      const sample = await clearpostClick({ browser: o.browser, url: o.url, keepOpen: true });
      try {
        if (round === 0) continue;
        // Where the time goes, once: every stamp and mark of the first counted round, ms after the click.
        if (round === 1) o.log(`  hung REST timeline: ${sample.timeline.map((m) => `${m.name} ${m.at.toFixed(0)}`).join(', ')}`);
        let pending = false;
        for (const frame of sample.page.frames()) {
          if ((await observerIn(frame))?.kind !== 'clearpost') continue;
          pending = (await frame.evaluate("document.documentElement.hasAttribute('data-rest-pending')")) === true;
        }
        if (!pending) notPageVersion++;
        totals.push(sample.totalMs);
        rafs.push(sample.rafMs);
        o.log(
          `  hung REST, round ${round}: page version painted ${sample.totalMs.toFixed(0)} ms after the click${pending ? '' : ' (NOT the page version)'}`,
        );
      } finally {
        await sample.page.close().catch(() => undefined);
      }
    } catch (error) {
      errors.push(String(error));
    }
  }
  return { total: summarize(totals), raf: summarize(rafs), notPageVersion, errors };
}

/** The section of bench/results.md (SLOW_REST_MS is named, not imported: slow-rest.ts pulls in the extension APIs). */
export function hungRestMarkdown(r: HungRestResult): string[] {
  return [
    '## Hung REST API: click → page version painted (issue 14)',
    '',
    `The seed's small theme page on a second fixture origin whose REST API never answers. The reader waits its slow-REST delay (SLOW_REST_MS in src/reader/slow-rest.ts), then shows the article extracted from the page; timed like the clicks above, until its first paint. Median (min–max) of ${r.total.n} rounds: **${fmtMs(r.total)}** (goal ≤ ${HUNG_REST_GOAL_MS} ms); requestAnimationFrame ${fmtMs(r.raf)}.${r.notPageVersion ? ` ${r.notPageVersion} round(s) painted something else than the page version.` : ''}${r.errors.length ? ` Errors: ${r.errors.join('; ')}` : ''}`,
    '',
  ];
}
