/**
 * The page fights back (issue 5): hostile page scripts that run long before the content script, in real Chromium
 * and Firefox. The reader must still open with the right article (its REST-only sentence proves it came from
 * the REST answer, not from the page), the page must not be able to read that sentence or get a handle on the
 * reader, no extension context may report an error, no request may leave 127.0.0.1, and closing the reader
 * leaves the page exactly as it was.
 */
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import type { Page } from 'puppeteer-core';
import { MAX_REPAIRS } from '../../src/content/reader-frame';
import { findReaderFrame } from '../e2e/support/browsers';
import { SEED_TITLE, shown } from './support/faults-run';
import { asReply, startFaultSites, type FaultSites, type SiteSpec } from './support/faults-server';
import { describeOneBrowser, inFront } from './support/faults-suite';
import { actionTitle, navigateReaderFrame, phishShowing, waitForDetached, waitForRequest } from './support/page-hijack';
import { loot, safeSnapshot, safeWaitForReaderGone } from './support/page-run';
import { HIDING_CASES, readerOnTop } from './support/page-hide-scripts';
import { HOSTILE_CASES, hostilePage, PHISH_PAGE, PHISH_PATH, PHISH_TEXT, REST_SECRET, type HostileCase } from './support/page-scripts';
import { clickInFrame, isolated } from '../e2e/support/frame-actions';

let sites: FaultSites;

/** The normal API, with the REST-only sentence first in the post's content. */
const secretRest: SiteSpec['rest'] = (c) => {
  const r = c.normal();
  const body = r.body as { content?: { rendered?: string } };
  if (/^\/wp\/v2\/posts\/12483$/.test(c.route) && body.content?.rendered !== undefined)
    body.content.rendered = `<p>${REST_SECRET}</p>${body.content.rendered}`;
  return asReply(r);
};

const SELF_TEST: HostileCase = { name: 'self-test', transform: (html) => html.replace('</body>', `<p>${REST_SECRET}</p></body>`) };
/** A page with only the common sweep: the test itself navigates the reader frame away. */
const NAVIGATED: HostileCase = { name: 'reader frame navigated away' };
const EVICTED_BY_NAVIGATION: HostileCase = { name: 'reader frame navigated away again and again' };

/**
 * Poll by timer, not Puppeteer's default requestAnimationFrame: the cases run side by side in tabs of one
 * browser and `inFront` brings other tabs forward, and a background tab runs no animation frames, so a rAF
 * poller there never looks again (CI on ed93d44: "removes the reader host once" timed out that way).
 */
const POLL = (timeout: number) => ({ timeout, polling: 100 });

/** Where two page snapshots part (the whole pages are too long for an assertion message). */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? '' : ` (from ${i}: "${a.slice(i, i + 80)}" became "${b.slice(i, i + 80)}")`;
}

beforeAll(async () => {
  const files = { [PHISH_PATH]: { status: 200, type: 'text/html; charset=UTF-8', body: PHISH_PAGE } };
  const specs = Object.fromEntries(
    [...HOSTILE_CASES, ...HIDING_CASES, SELF_TEST, NAVIGATED, EVICTED_BY_NAVIGATION].map((c) => [
      c.name,
      { rest: secretRest, page: hostilePage(c), files },
    ]),
  );
  sites = await startFaultSites(specs);
});
afterAll(async () => {
  await sites?.close();
});

describeOneBrowser(
  'hostile pages',
  (env) => {
    test("self-test: the page's sweep finds the sentence when the page can read it", async () => {
      const { page } = await env().open(sites.site(SELF_TEST.name).articleUrl);
      try {
        expect(await loot(page)).toContain('secret in page DOM');
      } finally {
        await page.close();
      }
    });

    for (const c of [...HOSTILE_CASES, ...HIDING_CASES]) {
      test.concurrent(c.name, async () => {
        const e = env();
        const site = sites.site(c.name);
        const mark = site.log.length;
        let page: Page | undefined;
        try {
          const opened = await e.open(site.articleUrl);
          page = opened.page;
          await isolated(page).evaluate(() => window.scrollTo(0, 600));
          const before = await safeSnapshot(page);
          const started = Date.now();
          await e.h.click(page);
          if (c.expect === 'evicted') {
            // The host goes in, is removed, put back MAX_REPAIRS times, then left out: no reader, no loop.
            await page.waitForFunction(() => ((window as unknown as { __hostileRemoved?: number }).__hostileRemoved ?? 0) > 0, POLL(20_000));
            await new Promise((r) => setTimeout(r, 1_000));
            const removed = await page.evaluate(() => (window as unknown as { __hostileRemoved?: number }).__hostileRemoved ?? 0);
            expect(removed).toBe(MAX_REPAIRS + 1);
            await safeWaitForReaderGone(page);
            expect(await loot(page), 'what the page captured').toEqual([]);
            const after = await safeSnapshot(page);
            expect(after.html === before.html, 'page DOM as before').toBe(true);
            expect(await e.watch.take(opened.pageWatch), 'errors reported by an extension context').toEqual([]);
            return;
          }
          if (c.removesOnce) {
            // The first frame is torn down with its host; the reader comes back in a new one.
            await page.waitForFunction(() => (window as unknown as { __hostileRemoved?: number }).__hostileRemoved === 1, POLL(20_000));
            await new Promise((r) => setTimeout(r, 300));
          }
          if (c.hijacks) {
            // Said plainly before anything else: what the page got hold of, and whether its page was loaded.
            await new Promise((r) => setTimeout(r, 1_500));
            expect(await loot(page), 'what the page got hold of').toEqual([]);
            expect(
              site.log.slice(mark).map((r) => r.url),
              'requests for the page meant for the reader frame',
            ).not.toContain(PHISH_PATH);
          }
          if (c.hides) {
            // The page's try comes 300 ms after the host appears (a synthetic Esc: every 100 ms); the guard looks
            // every 400 ms, and a repair may put in a fresh frame (the host moved back reloads it): the frame is looked
            // up once the page has acted and the guard has had its turn.
            await page.waitForFunction(() => (window as unknown as { __hostileActed?: boolean }).__hostileActed === true, POLL(30_000));
            await new Promise((r) => setTimeout(r, 1_500));
          }
          const frame = await findReaderFrame(page, 30_000);
          opened.pageWatch.watchFrame(frame);
          const s = await shown(frame, 60_000);
          if (c.slow) console.log(`${c.name}: ${s.state} after ${((Date.now() - started) / 1000).toFixed(1)} s (${e.browser})`);
          expect(s.state, `reader state (${s.kind ?? ''} "${s.message}")`).toBe('ready');
          expect(s.title).toBe(SEED_TITLE);
          const reader = await frame.evaluate(() => ({
            text: document.querySelector('.cp-content')?.textContent ?? '',
            urls: [...document.querySelectorAll('main#reader a[href], main#reader img[src]')].map(
              (n) => n.getAttribute('href') ?? (n as HTMLImageElement).src,
            ),
          }));
          expect(reader.text, 'the REST answer is shown (not the page)').toContain(REST_SECRET);
          expect(reader.urls.filter((u) => u.includes('base-elsewhere') || u.includes('evil.example'))).toEqual([]);
          expect(
            site.log.slice(mark).some((r) => r.rest && r.url.includes('/wp/v2/posts/12483')),
            'the post came from this site',
          ).toBe(true);
          // Give the page's sweeps and forgeries time to try while the reader is open.
          await new Promise((r) => setTimeout(r, 500));
          expect(await loot(page), 'what the page captured').toEqual([]);
          if (c.hijacks)
            expect(
              site.log.slice(mark).map((r) => r.url),
              'requests for the page meant for the reader frame',
            ).not.toContain(PHISH_PATH);

          if (c.hides) {
            expect(await readerOnTop(page), 'the reader is on <html>, seen and on top').toBe('ok');
            // A real click (an inert or covered reader does not get it), in a tab the user is looking at.
            await inFront(page, () => clickInFrame(frame, '#cp-close'));
          } else await frame.evaluate(() => document.querySelector<HTMLButtonElement>('#cp-close')?.click());
          await safeWaitForReaderGone(page);
          const after = await safeSnapshot(page);
          expect(after.html === before.html, `page DOM restored exactly${firstDifference(before.html, after.html)}`).toBe(true);
          expect({ x: after.scrollX, y: after.scrollY, active: after.active }).toEqual({
            x: before.scrollX,
            y: before.scrollY,
            active: before.active,
          });
          expect(await e.watch.take(opened.pageWatch), 'errors reported by an extension context').toEqual([]);
        } finally {
          await page?.close();
        }
      });
    }

    test.concurrent("the reader frame navigated to a page of the site's own: a fresh reader takes its place", async () => {
      const e = env();
      const site = sites.site(NAVIGATED.name);
      let page: Page | undefined;
      try {
        const opened = await e.open(site.articleUrl);
        page = opened.page;
        await isolated(page).evaluate(() => window.scrollTo(0, 600));
        const before = await safeSnapshot(page);
        await e.h.click(page);
        const frame = await findReaderFrame(page, 30_000);
        expect((await shown(frame, 60_000)).state).toBe('ready');
        const mark = site.log.length;
        await navigateReaderFrame(frame, site.origin + PHISH_PATH);
        expect(await waitForRequest(site.log, PHISH_PATH, mark, 20_000), 'the frame was navigated (the page was requested)').toBe(true);
        expect(await waitForDetached(frame, 20_000), `the navigated frame ("${PHISH_TEXT}") is left in the reader's place`).toBe(true);
        expect(await phishShowing(page), `a frame shows "${PHISH_TEXT}"`).toBe(false);
        const again = await findReaderFrame(page, 30_000);
        opened.pageWatch.watchFrame(again);
        const s = await shown(again, 60_000);
        expect(s.state, `reader state (${s.kind ?? ''} "${s.message}")`).toBe('ready');
        expect(s.title).toBe(SEED_TITLE);
        expect(await again.evaluate(() => document.querySelector('.cp-content')?.textContent ?? ''), 'the REST article is back').toContain(
          REST_SECRET,
        );
        expect(await loot(page), 'what the page captured').toEqual([]);
        // Close still restores the page exactly.
        await again.evaluate(() => document.querySelector<HTMLButtonElement>('#cp-close')?.click());
        await safeWaitForReaderGone(page);
        const after = await safeSnapshot(page);
        expect(after.html === before.html, 'page DOM restored exactly').toBe(true);
        expect({ x: after.scrollX, y: after.scrollY, active: after.active }).toEqual({ x: before.scrollX, y: before.scrollY, active: before.active });
        expect(await e.watch.take(opened.pageWatch), 'errors reported by an extension context').toEqual([]);
      } finally {
        await page?.close();
      }
    });

    test.concurrent(`the reader frame navigated away ${MAX_REPAIRS + 1} times: the reader closes and the toolbar says why`, async () => {
      const e = env();
      const site = sites.site(EVICTED_BY_NAVIGATION.name);
      let page: Page | undefined;
      try {
        const opened = await e.open(site.articleUrl);
        page = opened.page;
        const before = await safeSnapshot(page);
        await e.h.click(page);
        for (let round = 0; round <= MAX_REPAIRS; round++) {
          const frame = await findReaderFrame(page, 30_000);
          expect((await shown(frame, 60_000)).state, `reader before navigation ${round + 1}`).toBe('ready');
          const mark = site.log.length;
          await navigateReaderFrame(frame, site.origin + PHISH_PATH);
          expect(await waitForRequest(site.log, PHISH_PATH, mark, 20_000), `navigation ${round + 1} happened`).toBe(true);
          expect(
            await waitForDetached(frame, 20_000),
            `the navigated frame ("${PHISH_TEXT}") is left in the reader's place after navigation ${round + 1}`,
          ).toBe(true);
          expect(await phishShowing(page), `a frame shows "${PHISH_TEXT}" after navigation ${round + 1}`).toBe(false);
        }
        await safeWaitForReaderGone(page);
        // Chromium: the tooltip of the toolbar button says why (Firefox's background is out of the harness's reach).
        // The badge is flashed for 2.5 s once the background has the message: polled for a moment.
        if (e.browser === 'chromium') {
          const p = page;
          await vi.waitFor(async () => expect(await actionTitle(e.h, p)).toMatch(/tried to show its own content/), { timeout: 2_000, interval: 100 });
        }
        const after = await safeSnapshot(page);
        expect(after.html === before.html, 'page DOM as before').toBe(true);
        expect(await e.watch.take(opened.pageWatch), 'errors reported by an extension context').toEqual([]);
      } finally {
        await page?.close();
      }
    });
  },
  { strictPage: false },
);
