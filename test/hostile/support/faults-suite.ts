/**
 * One browser per browser per file, many tabs: the hostile cases are many and short, and a fresh browser per
 * case would cost more than the cases (issue 5 keeps this tier to a few minutes on a 2-core machine), and cases
 * may run side by side (`test.concurrent`, each in its own tab and fixture origin). Reuses the e2e launcher
 * (profile, sink proxy, extension loading). Every test still ends with the sink checked (no request left
 * 127.0.0.1 so far), and the file prints one summary line per browser:
 * `<suite>: N passed, N failed (<browser>)`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  BROWSERS,
  bringToFront,
  browserAvailable,
  launchBrowser,
  launchesInTurn,
  retryDiscarded,
  type BrowserName,
  type Harness,
} from '../../e2e/support/browsers';
import { testBuildDir, testBuildPresent } from '../../e2e/support/paths';
import { ContextWatch, type PageWatch, type WatchOptions } from './faults-watch';

export interface OneBrowser {
  browser: BrowserName;
  h: Harness;
  watch: ContextWatch;
  /** Open a watched tab on `url`. */
  open(url: string): Promise<{ page: Page; pageWatch: PageWatch }>;
}

function skipReason(browser: BrowserName): string | undefined {
  if (!browserAvailable(browser)) return 'browser not installed';
  if (inject('e2eBuild') === 'failed') return 'test build failed';
  if (!testBuildPresent(browser)) return 'no dist-test build';
  return undefined;
}

interface TaskLike {
  type: string;
  mode?: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

function count(tasks: readonly TaskLike[], out = { passed: 0, failed: 0 }): { passed: number; failed: number } {
  for (const t of tasks) {
    if (t.type === 'suite') count(t.tasks ?? [], out);
    else if (t.result?.state === 'pass') out.passed++;
    else if (t.result?.state === 'fail') out.failed++;
  }
  return out;
}

let tabLock: Promise<unknown> = Promise.resolve();

/**
 * New tabs one at a time (browsers.ts retryDiscarded: Firefox's BiDi `browsingContext.create` fails now and then
 * while other tabs close).
 */
async function newPage(h: Harness): Promise<Page> {
  const run = tabLock.then(() => retryDiscarded(() => h.browser.newPage()));
  tabLock = run.catch(() => undefined);
  return run;
}

/**
 * Runs `act` with `page` as the tab in front, one tab at a time (tabs open in front, so opening waits its turn
 * too). For real mouse clicks: cases run side by side in one browser, and Chromium does not reliably route a
 * click in a background tab into the reader's out-of-process frame (the page's host element got it, or Puppeteer's
 * scroll-into-view waited for a frame that never drew; seen under load on CI).
 */
export function inFront<T>(page: Page, act: () => Promise<T>): Promise<T> {
  const run = tabLock.then(async () => {
    await bringToFront(page);
    return act();
  });
  tabLock = run.catch(() => undefined);
  return run;
}

export function describeOneBrowser(suiteName: string, body: (env: () => OneBrowser) => void, watchOptions: WatchOptions): void {
  // Firefox's launch overlaps the Chromium block's cases (browsers.ts launchesInTurn).
  const launchFor = launchesInTurn(
    BROWSERS.filter((b) => skipReason(b) === undefined),
    (b) => launchBrowser(b, testBuildDir(b)),
  );
  for (const browser of BROWSERS) {
    const reason = skipReason(browser);
    describe.skipIf(reason !== undefined)(`${suiteName} [${browser}${reason ? `: skipped, ${reason}` : ''}]`, () => {
      let env: OneBrowser | undefined;
      beforeAll(async () => {
        const h = await launchFor(browser);
        const watch = await ContextWatch.attach(h, watchOptions);
        env = {
          browser,
          h,
          watch,
          async open(url) {
            const page = await newPage(h);
            const pageWatch = watch.watchPage(page);
            page.on('request', (r) => void h.pageRequests.push(r.url()));
            await page.goto(url, { waitUntil: 'load' });
            await inFront(page, async () => undefined);
            return { page, pageWatch };
          },
        };
      });
      // Cumulative on purpose: cases may run side by side, so a stray request fails every case after it.
      afterEach(() => {
        expect(env?.h.sink.log ?? [], 'requests that tried to leave 127.0.0.1').toEqual([]);
      });
      // eslint-disable-next-line no-empty-pattern -- Vitest passes the suite second; the first must be a pattern.
      afterAll(async ({}, suite) => {
        await env?.h.close();
        env = undefined;
        const { passed, failed } = count((suite as unknown as TaskLike).tasks ?? []);
        console.log(`${suiteName}: ${passed} passed, ${failed} failed (${browser})`);
      });
      body(() => {
        if (!env) throw new Error('hostile environment not ready');
        return env;
      });
    });
  }
}
