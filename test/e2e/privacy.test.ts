/**
 * Nothing leaves for any origin but the site's (the sink proxy records every other request; see
 * support/sink-proxy.ts), and the REST requests carry no nonce and none of the page's own query parameters.
 */
import { expect, test } from 'vitest';
import { isBrowserRequest } from './support/oracle';
import { openReader } from './support/reader';
import { describeInBrowsers } from './support/suite';
import { NONCE_BAIT } from './support/wp-pages';

describeInBrowsers('privacy', (env) => {
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
});
