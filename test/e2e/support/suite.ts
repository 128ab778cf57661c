/**
 * Runs the same scenarios in Chromium and Firefox. Per file: the fixture sites start once. Per test: a fresh
 * browser with a fresh profile and the test build loaded; after each test the sink must be empty (no request
 * left for any origin but the fixture sites') and the browser is killed whatever happened.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject } from 'vitest';
import { BROWSERS, browserAvailable, launchBrowser, type BrowserName, type Harness } from './browsers';
import { testBuildDir, testBuildPresent } from './paths';
import { startWpSites, type SiteMode, type WpSites } from './wp-server';

export interface E2E {
  browser: BrowserName;
  h: Harness;
  sites: WpSites;
}

function skipReason(browser: BrowserName): string | undefined {
  if (!browserAvailable(browser)) return 'browser not installed';
  if (inject('e2eBuild') === 'failed') return 'test build failed';
  if (!testBuildPresent(browser)) return 'no dist-test build';
  return undefined;
}

/**
 * `body` gets a getter for the current test's environment. Each browser's block is skipped (locally) when the
 * browser or the build is missing; under CI the global setup has already failed in that case.
 */
export function describeInBrowsers(title: string, body: (env: () => E2E) => void, modes?: SiteMode[]): void {
  for (const browser of BROWSERS) {
    const reason = skipReason(browser);
    describe.skipIf(reason !== undefined)(`${title} [${browser}${reason ? `: skipped, ${reason}` : ''}]`, () => {
      let sites: WpSites | undefined;
      let h: Harness | undefined;
      beforeAll(async () => {
        sites = await startWpSites(modes);
      });
      afterAll(async () => {
        await sites?.close();
      });
      beforeEach(async () => {
        sites?.clearLog();
        h = await launchBrowser(browser, testBuildDir(browser));
      });
      afterEach(async () => {
        const sink = h ? [...h.sink.log] : [];
        await h?.close();
        h = undefined;
        expect(sink, 'requests that tried to leave 127.0.0.1').toEqual([]);
      });
      body(() => {
        if (!h || !sites) throw new Error('e2e environment not ready');
        return { browser, h, sites };
      });
    });
  }
}
