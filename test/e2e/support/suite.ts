/**
 * Runs the same scenarios in Chromium and Firefox. Per file: the fixture sites start once; each browser (fresh
 * profile, test build loaded, sink proxy) serves all the tests of its block, as darkreader reuses one browser
 * across its tests: a launch costs more than most tests. The default browsers also serve the next files
 * (kept-browsers.ts: tabs closed and the extension's storage emptied between files).
 *
 * Per test: a fresh tab (`h.open`), the fixture sites' request log, `h.pageRequests` and the sink log start
 * empty; after the test every tab it opened is closed (the reader, its content script and the reader
 * session of that tab go with it) and the sink must have seen nothing. A request that reaches the sink
 * between two tests fails the next test; one that reaches it while the browser closes fails the file.
 *
 * What a tab does not reset is the extension's stored state (settings in storage.sync), the browser's HTTP
 * cache (the fixture's images are cacheable) and the clipboard. A suite whose tests change stored state,
 * or that must start from a first run, asks for `{ browserPer: 'test' }`: a fresh browser and profile per
 * test, as every suite had before. (Chromium's incognito-like `createBrowserContext()` would give a fresh
 * storage per test, but extensions do not run in it.)
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, browserAvailable, launchBrowser, launchesInTurn, type BrowserName, type Harness } from './browsers';
import { testBuildDir, testBuildPresent } from './paths';
import { releaseKept, replaceKept, takeKept } from './kept-browsers';
import { startWpSites, type SiteMode, type WpSites } from './wp-server';

export interface E2E {
  browser: BrowserName;
  h: Harness;
  sites: WpSites;
}

export interface SuiteOptions {
  /** `'file'` (default): one browser per browser block, a fresh tab per test. `'test'`: a fresh browser and profile per test. */
  browserPer?: 'file' | 'test';
  /** The browsers' UI language (browsers.ts `uiLocale`); default: the system's (English here). */
  uiLocale?: string;
}

function skipReason(browser: BrowserName): string | undefined {
  if (!browserAvailable(browser)) return 'browser not installed';
  if (inject('e2eBuild') === 'failed') return 'test build failed';
  if (!testBuildPresent(browser)) return 'no dist-test build';
  return undefined;
}

/** Closes every tab but `keep`; bounded, since a hostile page's tab can hold close() (then the test fails). */
async function closeTabs(h: Harness, keep: ReadonlySet<Page>): Promise<void> {
  for (const page of await h.browser.pages()) {
    if (keep.has(page) || page.isClosed()) continue;
    const closed = await Promise.race([
      page.close().then(
        () => true,
        () => page.isClosed(),
      ),
      new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
    ]);
    if (!closed) throw new Error(`a test's tab did not close: ${page.url()}`);
  }
}

/**
 * Hands a kept browser to the next file as a fresh one would be (kept-browsers.ts): this file's tabs closed, the
 * extension's storage emptied (the test build's trigger, from a tab on this file's site), and nothing in the sink.
 */
async function release(h: Harness, ownTabs: ReadonlySet<Page>, sites: WpSites | undefined): Promise<void> {
  if (!h.browser.connected) return;
  await closeTabs(h, ownTabs);
  const origin = sites?.sites[0]?.origin;
  if (!origin) return;
  const page = await h.open(`${origin}/`);
  try {
    await h.trigger(page, 'reset-storage');
  } finally {
    await page.close();
  }
}

/**
 * `body` gets a getter for the current test's environment. Each browser's block is skipped (locally) when the
 * browser or the build is missing; under CI the global setup has already failed in that case.
 */
export function describeInBrowsers(title: string, body: (env: () => E2E) => void, modes?: SiteMode[], options: SuiteOptions = {}): void {
  const perTest = options.browserPer === 'test';
  // The default browsers are kept from file to file (kept-browsers.ts); another UI language launches its own.
  const keep = !perTest && options.uiLocale === undefined;
  const launchOptions = options.uiLocale ? { uiLocale: options.uiLocale } : {};
  const start = (b: BrowserName): Promise<Harness> => launchBrowser(b, testBuildDir(b), launchOptions);
  const running = BROWSERS.filter((b) => skipReason(b) === undefined);
  // One browser per block: Firefox's launch overlaps the Chromium block's tests (browsers.ts launchesInTurn).
  const launchFor = perTest ? start : keep ? (b: BrowserName) => takeKept(b, running.slice(running.indexOf(b) + 1)) : launchesInTurn(running, start);
  for (const browser of BROWSERS) {
    const reason = skipReason(browser);
    describe.skipIf(reason !== undefined)(`${title} [${browser}${reason ? `: skipped, ${reason}` : ''}]`, () => {
      let sites: WpSites | undefined;
      let h: Harness | undefined;
      /** The tabs the browser opened by itself (kept so it never runs out of windows). */
      let ownTabs = new Set<Page>();
      const launch = async (): Promise<void> => {
        h = await launchFor(browser);
        ownTabs = new Set(await h.browser.pages());
      };
      beforeAll(async () => {
        sites = await startWpSites(modes);
        if (!perTest) await launch();
      });
      afterAll(async () => {
        const last = h;
        try {
          if (keep && last) await release(last, ownTabs, sites);
          else await last?.close();
        } finally {
          h = undefined;
          if (keep) releaseKept(browser);
        }
        // Taken out, not read: a kept browser's sink goes on to the next file, and what reached it is this file's.
        const late = last?.sink.log.splice(0) ?? [];
        await sites?.close();
        if (late.length > 0) throw new Error(`requests that tried to leave 127.0.0.1 after the last test: ${JSON.stringify(late)}`);
      });
      beforeEach(async () => {
        sites?.clearLog();
        if (!perTest && h && !h.browser.connected) {
          // The last test crashed or killed the browser: the next one gets a new one, not the wreck.
          if (keep) {
            h = await replaceKept(browser);
            ownTabs = new Set(await h.browser.pages());
          } else {
            await h.close();
            await launch();
          }
        }
        if (perTest) await launch();
        if (!h) return;
        h.pageRequests.splice(0);
        expect(h.sink.log.splice(0), 'requests that tried to leave 127.0.0.1 (between tests)').toEqual([]);
      });
      afterEach(async () => {
        const sink = h ? h.sink.log.splice(0) : [];
        try {
          if (perTest) {
            await h?.close();
            h = undefined;
          } else if (h) await closeTabs(h, ownTabs);
        } finally {
          expect(sink, 'requests that tried to leave 127.0.0.1').toEqual([]);
        }
      });
      body(() => {
        if (!h || !sites) throw new Error('e2e environment not ready');
        return { browser, h, sites };
      });
    });
  }
}
