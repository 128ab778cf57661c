/**
 * Issue 14: the clicks section's Clearpost rows in Firefox ESR too (no goal yet: measured, written beside
 * Chromium's). Firefox over WebDriver BiDi cannot dispatch the toolbar click nor install the observer in the
 * moz-extension frame, so this is timed with what both browsers have:
 * - the click: the test build's trigger (the page posts `{clearpostTest: 'click'}`; its content script sends
 *   it to the same background handler as the toolbar button), t0 taken in the page just before it posts,
 *   so one extra message hop (content script → background) is counted that a real click does not have;
 * - the end: the reader's own `clearpost:render-end` mark (the article is in the reader's DOM; its paint,
 *   which Chromium's rows include, is not seen from outside here). Chromium's `click → rendered` phase in
 *   the table above ends at the same mark.
 * All stamps are epoch ms (`performance.timeOrigin` + the mark's time), read from the page and the frame.
 * No Readability baseline nor floor in Firefox: both are injected through Chromium-only paths (an isolated
 * world over CDP, `chrome.scripting` evaluated in the service worker).
 */
import path from 'node:path';
import { findReaderFrame, launchBrowser } from '../../test/e2e/support/browsers';
import type { BenchPage } from './clicks';
import { settle, sleep } from './probe';
import { fmtMs, summarize, type Summary } from './stats';

export interface FirefoxRow {
  page: BenchPage;
  rendered: Summary;
  frameDocument: Summary;
  /** Frame document created → cleaning starts (the boot and the wait for the article). */
  boot: Summary;
  clean: Summary;
  errors: string[];
}

export interface FirefoxResult {
  browser: string;
  rounds: number;
  rows: FirefoxRow[];
}

interface FrameTimes {
  origin: number;
  marks: Record<string, number>;
}

/** The reader frame's timeline once it has rendered an article, or undefined while it has not. */
const READ_FRAME = `(() => {
  const end = performance.getEntriesByName('clearpost:render-end')[0];
  if (!end || !document.querySelector('article')) return undefined;
  const marks = {};
  for (const m of performance.getEntriesByType('mark')) marks[m.name] = performance.timeOrigin + m.startTime;
  return { origin: performance.timeOrigin, marks };
})()`;

async function oneClick(h: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<{ t0: number; f: FrameTimes }> {
  const page = await h.browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.bringToFront();
    await settle(page);
    const t0 = (await page.evaluate(
      "(() => { const t = performance.timeOrigin + performance.now(); window.postMessage({ clearpostTest: 'click' }, '*'); return t; })()",
    )) as number;
    const frame = await findReaderFrame(page, 30_000);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const f = (await frame.evaluate(READ_FRAME).catch(() => undefined)) as FrameTimes | undefined;
      if (f) return { t0, f };
      await sleep(20);
    }
    throw new Error(`no rendered article in Firefox for ${url}`);
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function runFirefoxClicks(o: {
  testRoot: string;
  pages: BenchPage[];
  rounds: number;
  log: (line: string) => void;
}): Promise<FirefoxResult> {
  const h = await launchBrowser('firefox', path.join(o.testRoot, 'firefox'), { viewport: { width: 1280, height: 900 } });
  try {
    const first = o.pages[0];
    // Warm-up (not counted), as in Chromium: the background, the extension's files, the page's HTTP cache.
    if (first) await oneClick(h, first.url).catch((e: unknown) => o.log(`  Firefox warm-up failed: ${String(e)}`));
    const rows: FirefoxRow[] = [];
    for (const page of o.pages) {
      const s = { rendered: [] as number[], frameDocument: [] as number[], boot: [] as number[], clean: [] as number[] };
      const errors: string[] = [];
      for (let round = 0; round < o.rounds; round++) {
        try {
          const { t0, f } = await oneClick(h, page.url);
          const at = (name: string): number => (f.marks[name] ?? Number.NaN) - t0;
          s.rendered.push(at('clearpost:render-end'));
          s.frameDocument.push(f.origin - t0);
          // Not DOMContentLoaded: Firefox fires it after the reader has rendered (it waits for the stylesheets).
          s.boot.push((f.marks['clearpost:normalize-start'] ?? Number.NaN) - f.origin);
          s.clean.push(at('clearpost:normalize-end') - at('clearpost:normalize-start'));
          o.log(`  Firefox ${page.id} round ${round + 1}/${o.rounds}: article rendered ${at('clearpost:render-end').toFixed(0)} ms after the click`);
        } catch (e) {
          errors.push(String(e).slice(0, 300));
        }
      }
      rows.push({
        page,
        rendered: summarize(s.rendered),
        frameDocument: summarize(s.frameDocument),
        boot: summarize(s.boot),
        clean: summarize(s.clean),
        errors,
      });
    }
    return { browser: await h.browser.version(), rounds: o.rounds, rows };
  } finally {
    await h.close();
  }
}

/** `chromiumRendered`: Chromium's click → rendered phase per page id, from the clicks section (when it ran). */
export function firefoxMarkdown(r: FirefoxResult, chromiumRendered: Record<string, Summary | undefined>): string[] {
  const ms = (s: Summary | undefined): string => (s?.n ? fmtMs(s) : '—');
  return [
    `## Firefox ESR: click → article rendered (issue 14, measured, no goal yet)`,
    '',
    `${r.browser}, the test build, ${r.rounds} rounds per page. Timed from the page's test trigger to the reader's \`clearpost:render-end\` mark (scripts/bench/firefox.ts says why not the paint); Chromium's same interval from the clicks section beside it.`,
    '',
    '| Page | Firefox: click → rendered | Chromium: click → rendered | Firefox: click → frame document | Firefox: frame document → cleaning starts | Firefox: clean |',
    '|---|---|---|---|---|---|',
    ...r.rows.map(
      (row) =>
        `| ${row.page.label} | ${ms(row.rendered)} | ${ms(chromiumRendered[row.page.id])} | ${ms(row.frameDocument)} | ${ms(row.boot)} | ${ms(row.clean)} |`,
    ),
    '',
    ...r.rows.flatMap((row) => row.errors.map((e) => `- Firefox ${row.page.id}: ${e}`)),
  ];
}
