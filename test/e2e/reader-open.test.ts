/**
 * The toolbar button opens the reader on every way a WordPress site can show a post: the alternate JSON
 * link, only the api.w.org root link, plain permalinks with `?rest_route=`, no REST link at all (blind probe),
 * a page instead of a post, the raw JSON tab, and a page under a strict CSP.
 */
import { expect, test } from 'vitest';
import { isBrowserRequest } from './support/oracle';
import { openReader, shownArticle } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { RequestRecord, SiteMode } from './support/wp-server';

const SEED_TITLE = 'China celebrates DeepSeek’s breakout AI success as tech race heats up';
const SEED_HEADINGS = ['‘Changing the rules of the game’', '‘We don’t do mediocre’'];

function restRequests(log: RequestRecord[], mode: SiteMode): string[] {
  return log.filter((r) => r.site === mode && isBrowserRequest(r) && /\/wp-json\/|rest_route=/.test(r.url)).map((r) => r.url);
}

describeInBrowsers('reader opens', (env) => {
  test('on a post page with the alternate JSON link: title, byline, subheadings, attribution, no theme junk', async () => {
    const { h, sites } = env();
    const site = sites.site('pretty');
    const page = await h.open(site.url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const a = await shownArticle(frame);
    expect(a.articles).toBe(1);
    expect(a.title).toBe(SEED_TITLE);
    expect(a.byline).toContain('Marta Keane');
    expect(a.headings).toEqual(SEED_HEADINGS);
    expect(a.attribution).toMatch(/cnn\.com/);
    expect(a.contentText).toContain('People across China are hailing');
    for (const junk of ['Leave a Reply', 'Advertisement', 'Related posts', 'Recent Posts', 'Share', 'This post appeared first on']) {
      expect(a.contentText).not.toContain(junk);
    }
    // The post JSON came from the URL the alternate link names.
    expect(restRequests(sites.log, 'pretty').some((u) => u.startsWith('/wp-json/wp/v2/posts/12483'))).toBe(true);
  });

  test('on a page whose only REST link is api.w.org', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('api-only').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const a = await shownArticle(frame);
    expect(a.title).toBe(SEED_TITLE);
    expect(a.headings).toEqual(SEED_HEADINGS);
    expect(restRequests(sites.log, 'api-only').some((u) => u.startsWith('/wp-json/wp/v2/posts/12483'))).toBe(true);
  });

  test('on a plain-permalink site whose REST API is only at ?rest_route=', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('plain').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    expect((await shownArticle(frame)).title).toBe(SEED_TITLE);
    const rest = restRequests(sites.log, 'plain');
    expect(rest.some((u) => u.includes('rest_route=/wp/v2/posts/12483'))).toBe(true);
  });

  test('on a plain-permalink site that prints no REST link at all (probe: /wp-json/ is an HTML 404, ?rest_route= answers)', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('plain-hidden').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    expect((await shownArticle(frame)).title).toBe(SEED_TITLE);
    expect(restRequests(sites.log, 'plain-hidden').some((u) => u.includes('rest_route=/wp/v2/posts/12483'))).toBe(true);
  });

  test('on a WordPress page (not a post): /wp/v2/pages/N', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('page'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const a = await shownArticle(frame);
    expect(a.title).toBe('About Digital Trade Center');
    expect(a.headings).toEqual(['What we publish', 'Contact']);
    expect(restRequests(sites.log, 'pretty').some((u) => u.startsWith('/wp-json/wp/v2/pages/42'))).toBe(true);
  });

  test('on a tab showing the raw post JSON', async () => {
    const { h, sites } = env();
    const site = sites.site('pretty');
    const page = await h.open(site.rest('wp/v2/posts/12483'));
    expect(await page.evaluate(() => document.contentType)).toBe('application/json');
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const a = await shownArticle(frame);
    expect(a.title).toBe(SEED_TITLE);
    expect(a.headings).toEqual(SEED_HEADINGS);
    expect(a.attribution).toMatch(/cnn\.com/);
  });

  test('on a page with a strict Content-Security-Policy', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('strict-csp').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    expect((await shownArticle(frame)).title).toBe(SEED_TITLE);
    // The reader covers the viewport (the page's CSP did not stop the frame from showing).
    const box = await page.evaluate(() => {
      const host = document.querySelector('clearpost-reader');
      const r = host?.getBoundingClientRect();
      return r ? { w: r.width, h: r.height, vw: innerWidth, vh: innerHeight } : undefined;
    });
    expect(box).toBeDefined();
    expect(box!.w).toBeGreaterThanOrEqual(box!.vw - 1);
    expect(box!.h).toBeGreaterThanOrEqual(box!.vh - 1);
  });
});
