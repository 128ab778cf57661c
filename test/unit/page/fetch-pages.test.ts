/**
 * fetchPostPages (issue 11, item 6): a multi-page post's other pages, read by the background for page extraction:
 * the page's own origin only, anonymous, redirects not followed, HTML only, bounded in count and size.
 */
import { describe, expect, it } from 'vitest';
import { fetchPostPages, MAX_PAGE_CHARS } from '../../../src/core/page/fetch-pages';
import { MAX_POST_PAGES } from '../../../src/core/page/multipage';
import { fakeFetch } from '../rest/fake-fetch';

const PAGE = 'https://ex.com/guide/';
const html = (n: number) => ({ body: `<html><body><p>page ${n}</p></body></html>`, contentType: 'text/html; charset=UTF-8' });

describe('fetchPostPages', () => {
  it('reads each page in order, anonymously, without following redirects', async () => {
    const f = fakeFetch({ [`${PAGE}2/`]: html(2), [`${PAGE}3/`]: html(3) });
    const got = await fetchPostPages(PAGE, [`${PAGE}2/`, `${PAGE}3/`], { fetch: f.fetch });
    expect(got.map((p) => p?.html.includes('page'))).toEqual([true, true]);
    expect(got[1]).toMatchObject({ url: `${PAGE}3/` });
    for (const call of f.calls) expect(call.init).toMatchObject({ credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer' });
  });

  it('another origin is never requested; a redirect, an error status, JSON or an oversized page is null', async () => {
    const f = fakeFetch({
      [`${PAGE}2/`]: { location: 'https://evil.example/' },
      [`${PAGE}3/`]: { status: 500, ...html(3) },
      [`${PAGE}4/`]: { json: { id: 1 } },
      [`${PAGE}5/`]: { body: 'x', contentType: 'text/html', headers: { 'content-length': String(MAX_PAGE_CHARS + 1) } },
    });
    const urls = ['https://evil.example/guide/2/', `${PAGE}2/`, `${PAGE}3/`, `${PAGE}4/`, `${PAGE}5/`, 42];
    expect(await fetchPostPages(PAGE, urls, { fetch: f.fetch })).toEqual([null, null, null, null, null, null]);
    expect(f.urls().some((u) => u.startsWith('https://evil.example'))).toBe(false);
  });

  it(`at most ${MAX_POST_PAGES - 1} other pages`, async () => {
    const f = fakeFetch({}, () => html(0));
    const urls = Array.from({ length: 30 }, (_, i) => `${PAGE}${i + 2}/`);
    expect(await fetchPostPages(PAGE, urls, { fetch: f.fetch })).toHaveLength(MAX_POST_PAGES - 1);
    expect(f.urls()).toHaveLength(MAX_POST_PAGES - 1);
  });
});
