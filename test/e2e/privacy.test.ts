/**
 * Nothing leaves for any origin but the site's (the sink proxy records every other request; see
 * support/sink-proxy.ts), and the REST requests carry no nonce and none of the page's own query parameters.
 */
import { expect, test } from 'vitest';
import { isBrowserRequest } from './support/oracle';
import { openReader, waitForReaderGone } from './support/reader';
import { describeInBrowsers } from './support/suite';
import { NONCE_BAIT } from './support/wp-pages';
import { clickInFrame, waitInFrame } from './support/frame-actions';

describeInBrowsers(
  'privacy',
  (env) => {
    test('reading a post sends no request to any other origin, and no nonce or page query parameters to the REST API', async () => {
      const { h, sites } = env();
      const site = sites.site('pretty');
      // The page carries a wpApiSettings nonce (bait) and tracking/nonce parameters in its own URL.
      const url = `${site.url('seed')}?utm_source=newsletter&utm_medium=email&fbclid=FBCLID123&_wpnonce=PAGENONCE9`;
      const page = await h.open(url);
      expect(await page.content()).toContain(NONCE_BAIT);
      const { state } = await openReader(h, page);
      expect(state).toBe('ready');
      await new Promise((r) => setTimeout(r, 500)); // let images and side requests finish

      const browserRequests = sites.log.filter(isBrowserRequest);
      const rest = browserRequests.filter((r) => /\/wp-json\/|rest_route=/.test(r.url));
      expect(rest.length).toBeGreaterThan(0);
      for (const r of rest) {
        expect(r.headers['x-wp-nonce'], r.url).toBeUndefined();
        for (const banned of ['_wpnonce', NONCE_BAIT, 'PAGENONCE9', 'utm_', 'fbclid', 'FBCLID123']) {
          expect(r.url, `REST request ${r.url}`).not.toContain(banned);
          expect(JSON.stringify(r.headers), `headers of ${r.url}`).not.toContain(banned === 'utm_' ? 'utm_source' : banned);
        }
      }
      // Every http(s) request the browser's pages and frames made went to this site...
      const httpRequests = h.pageRequests.filter((u) => /^https?:/.test(u));
      expect(httpRequests.length).toBeGreaterThan(0);
      for (const u of httpRequests) expect(new URL(u).origin, u).toBe(site.origin);
      // ...and so did everything else (service worker / background included): the sink saw nothing.
      expect(h.sink.log).toEqual([]);
    });

    test('images from other sites "on click": no request to the other host before the click, the image after it', async () => {
      const { h, sites } = env();
      const site = sites.site('pretty');
      // The rich post has one image on `localhost` (the same fixture server: another site for the reader, and the
      // server logs the request with its Host header; see support/wp-data.ts localise).
      const other = `localhost:${new URL(site.origin).port}`;
      const toOther = (since: number): string[] =>
        sites.log
          .slice(since)
          .filter((r) => r.headers.host === other)
          .map((r) => r.url);

      // Choose "On click" in the reader's settings (stored with the other settings), then close.
      const page = await h.open(site.url('seed'));
      const first = await openReader(h, page);
      expect(first.state).toBe('ready');
      await clickInFrame(first.frame, '#cp-settings');
      await waitInFrame(first.frame, () => document.querySelector('#cp-settings-panel:not([hidden])') !== null);
      await clickInFrame(first.frame, '#cp-settings-panel input[name="otherSiteImages"][value="click"]');
      await clickInFrame(first.frame, '#cp-close');
      await waitForReaderGone(page);

      await page.goto(site.url('rich'), { waitUntil: 'load' });
      const mark = sites.log.length;
      const { frame, state } = await openReader(h, page);
      expect(state).toBe('ready');
      await new Promise((r) => setTimeout(r, 1_000)); // time for any image request to be made
      const before = await frame.evaluate(() => ({
        buttons: [...document.querySelectorAll('main#reader button.cp-image-load')].map((b) => b.textContent ?? ''),
        images: [...document.querySelectorAll<HTMLImageElement>('main#reader img')].map((i) => i.src),
      }));
      expect(before.buttons).toEqual([`Load image from ${other}The same pipeline, served by an image CDN`]);
      expect(before.images.filter((u) => u.includes('localhost'))).toEqual([]);
      expect(
        before.images.some((u) => u.startsWith(`${site.origin}/wp-content/uploads/2025/02/pipeline.png`)),
        "the site's own image loads",
      ).toBe(true);
      expect(toOther(mark), 'requests to the other site before the click').toEqual([]);

      await clickInFrame(frame, 'main#reader button.cp-image-load');
      await waitInFrame(
        frame,
        () =>
          [...document.querySelectorAll<HTMLImageElement>('main#reader img')].some(
            (i) => i.src.includes('localhost') && i.complete && i.naturalWidth > 0,
          ),
        { timeout: 10_000 },
      );
      expect(toOther(mark)).toEqual(['/cdn/pipeline-wide.png']);
    });
  },
  undefined,
  { browserPer: 'test' },
); // one test stores "Images from other sites: On click"
