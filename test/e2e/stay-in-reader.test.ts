/**
 * Stay in the reader (issue 11, item 1) in the built extension, both browsers, against the fixture WordPress:
 * the rich post links to the site's About page. A plain click shows that page in the reader (read through
 * REST by slug on the post's own origin, without cookies), the tab stays where it was; the reader's Back /
 * Forward (Alt+←, the toolbar button) walk the two without asking again; a Ctrl-click still opens a tab.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import type { Harness } from './support/browsers';
import { clickInFrame, waitInFrame } from './support/frame-actions';
import { isBrowserRequest } from './support/oracle';
import { openReader, shownArticle } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { RequestRecord } from './support/wp-server';

const ABOUT_TITLE = 'About Digital Trade Center';
const ABOUT_LINK = 'main#reader article a[href$="/about/"]';
const restRequests = (log: RequestRecord[]): string[] => log.filter((r) => isBrowserRequest(r) && r.url.startsWith('/wp-json/')).map((r) => r.url);

async function tabOn(h: Harness, suffix: string, timeout = 15_000): Promise<Page | undefined> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const found = (await h.browser.pages()).find((p) => p.url().endsWith(suffix));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  return undefined;
}

describeInBrowsers('stay in the reader', (env) => {
  test('stays in the reader: a same-site link opens in the reader, Back / Forward walk the reader history, a Ctrl-click opens a tab', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('rich'));
    const pageUrl = page.url();
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const richTitle = (await shownArticle(frame)).title;
    const before = restRequests(sites.log).length;
    const tabs = (await h.browser.pages()).length;

    await clickInFrame(frame, ABOUT_LINK);
    await waitInFrame(frame, (t: string) => document.querySelector('main#reader article h1')?.textContent === t, { timeout: 15_000 }, ABOUT_TITLE);
    expect(await frame.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // Read by slug from the post's own REST root: posts first (none), then pages; no cookies sent.
    const asked = restRequests(sites.log).slice(before);
    expect(asked.map((u) => u.replace(/&_embed=.*$/, ''))).toEqual(['/wp-json/wp/v2/posts?slug=about', '/wp-json/wp/v2/pages?slug=about']);
    const slugRecords = sites.log.filter((r) => /slug=about/.test(r.url));
    expect(slugRecords.every((r) => r.headers.cookie === undefined && r.origin === new URL(pageUrl).origin)).toBe(true);
    // The tab did not move and no tab was opened; "Originally from" names the page shown.
    expect(page.url()).toBe(pageUrl);
    expect((await h.browser.pages()).length).toBe(tabs);
    expect((await shownArticle(frame)).canonicalHref).toMatch(/\/about\/$/);
    expect(
      await frame.evaluate(() => [
        document.querySelector<HTMLButtonElement>('#cp-back')?.hidden,
        document.querySelector<HTMLButtonElement>('#cp-forward')?.disabled,
      ]),
    ).toEqual([false, true]);

    const afterAbout = restRequests(sites.log).length;
    await page.keyboard.down('Alt');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.up('Alt');
    await waitInFrame(frame, (t: string) => document.querySelector('main#reader article h1')?.textContent === t, { timeout: 15_000 }, richTitle);
    await clickInFrame(frame, '#cp-forward');
    await waitInFrame(frame, (t: string) => document.querySelector('main#reader article h1')?.textContent === t, { timeout: 15_000 }, ABOUT_TITLE);
    await clickInFrame(frame, '#cp-back');
    await waitInFrame(frame, (t: string) => document.querySelector('main#reader article h1')?.textContent === t, { timeout: 15_000 }, richTitle);
    expect(restRequests(sites.log).length).toBe(afterAbout); // history steps are shown from memory
    expect(page.url()).toBe(pageUrl); // Alt+← moved the reader, not the tab

    // A modified click keeps the browser's behaviour: a new tab on the page, the reader unchanged.
    await page.keyboard.down('Control');
    await clickInFrame(frame, ABOUT_LINK);
    await page.keyboard.up('Control');
    expect(await tabOn(h, '/about/'), 'a tab on /about/').toBeDefined();
    expect((await shownArticle(frame)).title).toBe(richTitle);
    expect(restRequests(sites.log).length).toBe(afterAbout);
  });
});
