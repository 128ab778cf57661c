/**
 * Archive, home and search pages in the reader (issue 11, item 3), the built extension in both browsers against the
 * fixture WordPress: a category archive and a search page show the list of posts they are, read from the site's own
 * REST API (wp/v2/posts with categories= / search=, anonymous, on the page's origin), the heading focused; a post
 * of the list opens in the reader and the reader's Back returns to the list; "Extract from page anyway" stays.
 */
import { expect, test } from 'vitest';
import { clickInFrame, waitInFrame } from './support/frame-actions';
import { isBrowserRequest } from './support/oracle';
import { openReader, waitForSettled } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { RequestRecord } from './support/wp-server';

const SEED_TITLE = 'China celebrates DeepSeek’s breakout AI success as tech race heats up';
const restRequests = (log: RequestRecord[]): RequestRecord[] => log.filter((r) => isBrowserRequest(r) && r.url.startsWith('/wp-json/'));
const shownList = (): { heading: string; focused: boolean; titles: string[]; extract: boolean } => ({
  heading: document.querySelector('.cp-list h1')?.textContent ?? '',
  focused: document.activeElement === document.querySelector('.cp-list h1'),
  titles: [...document.querySelectorAll('.cp-list-title')].map((n) => n.textContent ?? ''),
  extract: document.querySelector('.cp-list .cp-extract') !== null,
});

describeInBrowsers('archive and search lists', (env) => {
  test('archive list: a category archive shows its posts from REST, a post opens in the reader, Back returns to the list', async () => {
    const { h, sites } = env();
    const site = sites.site('pretty');
    const page = await h.open(site.url('archive'));
    const before = sites.log.length;
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const list = await frame.evaluate(shownList);
    expect(list).toEqual({
      heading: 'Category: World News',
      focused: true,
      titles: ['Members-only briefing: tariffs week ahead', SEED_TITLE],
      extract: true,
    });
    // The term's ID came from the page (its alternate JSON link); only the name and the list were asked, anonymously.
    const asked = restRequests(sites.log.slice(before));
    expect(asked.map((r) => r.url.replace(/&_embed=.*$/, ''))).toEqual([
      '/wp-json/wp/v2/categories/23?_fields=id,name',
      '/wp-json/wp/v2/posts?categories=23&per_page=10&page=1',
    ]);
    expect(asked.every((r) => r.headers.cookie === undefined && r.origin === site.origin)).toBe(true);

    await clickInFrame(frame, '.cp-list-title a[href*="/2025/01/28/"]');
    await waitInFrame(frame, (t: string) => document.querySelector('main#reader article h1')?.textContent === t, { timeout: 15_000 }, SEED_TITLE);
    expect(page.url()).toBe(site.url('archive'));
    await clickInFrame(frame, '#cp-back');
    await waitInFrame(frame, () => document.querySelector('.cp-list h1')?.textContent === 'Category: World News', { timeout: 10_000 });
    expect(await frame.evaluate(() => document.activeElement?.textContent)).toBe('Category: World News');
  });

  test('search list: a search page shows the matching posts, "Extract from page anyway" still reads the page', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('search'));
    const before = sites.log.length;
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const list = await frame.evaluate(shownList);
    expect(list.heading).toBe('Search results for “copying”');
    expect(list.titles).toEqual(['Copying structured articles: headings, lists & tables']);
    expect(restRequests(sites.log.slice(before)).map((r) => r.url.replace(/&_embed=.*$/, ''))).toEqual([
      '/wp-json/wp/v2/posts?search=copying&per_page=10&page=1',
    ]);
    await clickInFrame(frame, '.cp-list .cp-extract');
    expect(await waitForSettled(frame)).toBe('ready');
    await waitInFrame(frame, () => /^Extracted from the page/.test(document.querySelector('.cp-origin-note')?.textContent?.trim() ?? ''), {
      timeout: 10_000,
    });
  });
});
