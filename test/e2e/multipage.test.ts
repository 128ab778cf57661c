/**
 * Multi-page posts when REST is blocked (issue 11, item 6), the built extension in both browsers against the fixture
 * WordPress with REST disabled: the three-page field guide (`<!--nextpage-->`, wp_link_pages() links `/2/`, `/3/`) is
 * extracted from the page, its other pages fetched from the page's own origin without cookies, and joined in order,
 * the note saying so.
 */
import { expect, test } from 'vitest';
import { isBrowserRequest } from './support/oracle';
import { openReader, shownArticle } from './support/reader';
import { describeInBrowsers } from './support/suite';

describeInBrowsers('multi-page posts', (env) => {
  test('multi-page post joined when REST is blocked: pages 2 and 3 fetched same-origin without cookies, joined in order, the note says so', async () => {
    const { h, sites } = env();
    const site = sites.site('rest-disabled');
    const url = site.url('multipage');
    const page = await h.open(url);
    const before = sites.log.length;
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const note = await frame.evaluate(() => document.querySelector('main#reader article .cp-origin-note')?.textContent?.trim());
    expect(note).toBe("Extracted from the page — this site's REST API answered 401 · Joined from 3 pages");
    const shown = await shownArticle(frame);
    expect(shown.title).toBe('A field guide to harbour pilots');
    const text = shown.contentText;
    const order = ['Harbour pilots guide every large ship', 'Page two of the guide', 'Page three of the guide'].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).not.toContain('Pages:');
    const fetched = sites.log.slice(before).filter((r) => isBrowserRequest(r) && /^\/harbour-pilot-field-guide\/\d\/$/.test(r.url));
    expect(fetched.map((r) => r.url)).toEqual(['/harbour-pilot-field-guide/2/', '/harbour-pilot-field-guide/3/']);
    expect(fetched.every((r) => r.headers.cookie === undefined && r.origin === site.origin)).toBe(true);
  });
});
