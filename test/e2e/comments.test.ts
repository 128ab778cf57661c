/**
 * Comments on demand (issue 11, item 4) in the built extension, both browsers, against the fixture WordPress:
 * nothing is requested until the reader opens the section (by keyboard here); then the thread from
 * wp/v2/comments on the post's own origin, hostile content inert, links nofollow, the section after the article.
 */
import { expect, test } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { clickInFrame, waitInFrame } from './support/frame-actions';
import { isBrowserRequest } from './support/oracle';
import { openReader } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { RequestRecord } from './support/wp-server';

const commentRequests = (log: RequestRecord[]): string[] =>
  log.filter((r) => isBrowserRequest(r) && /wp\/v2\/comments/.test(r.url)).map((r) => r.url);

interface ShownComments {
  toggle: string;
  expanded: string | null;
  insideArticle: boolean;
  status: string;
  top: Array<{ author: string; replies: string[] }>;
  contentRel: string[];
  xss: unknown;
  handlers: number;
}

function shownComments(frame: Frame): Promise<ShownComments> {
  return frame.evaluate(() => ({
    toggle: document.querySelector('.cp-comments-toggle')?.textContent ?? '',
    expanded: document.querySelector('.cp-comments-toggle')?.getAttribute('aria-expanded') ?? null,
    insideArticle: document.querySelector('.cp-comments')?.closest('article') !== null,
    status: document.querySelector('.cp-comments-status')?.textContent ?? '',
    top: [...document.querySelectorAll('.cp-comment-list:not(.cp-comment-replies) > .cp-comment')].map((li) => ({
      author: li.querySelector('.cp-comment-author')?.textContent ?? '',
      replies: [...li.querySelectorAll('.cp-comment-replies .cp-comment-author')].map((a) => a.textContent ?? ''),
    })),
    contentRel: [...document.querySelectorAll('.cp-comment-content a')].map((a) => a.getAttribute('rel') ?? ''),
    xss: (window as { __cpCommentXss?: unknown }).__cpCommentXss,
    handlers: document.querySelectorAll('.cp-comments [onerror], .cp-comments [onclick], .cp-comments script').length,
  }));
}

describeInBrowsers('comments', (env) => {
  test('comments: none requested until the section is opened by keyboard, then the thread, inert and nofollow', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('rich'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const before = await shownComments(frame);
    expect(before).toMatchObject({ toggle: 'Comments', expanded: 'false', insideArticle: false });
    expect(commentRequests(sites.log)).toEqual([]);

    await frame.focus('.cp-comments-toggle');
    await page.keyboard.press('Enter');
    await waitInFrame(frame, () => document.querySelector('.cp-comments-toggle')?.textContent === 'Comments (3)', {
      timeout: 15_000,
      polling: 100,
    });
    const after = await shownComments(frame);
    expect(after.expanded).toBe('true');
    expect(after.status).toBe('Comments shown: 3.');
    expect(after.top).toEqual([
      { author: 'Margaret Okafor', replies: ['Jane Doe'] },
      { author: 'Tomás Ruiz', replies: [] },
    ]);
    expect(after.contentRel).toEqual(['nofollow ugc noopener noreferrer']);
    expect(after.xss).toBeUndefined();
    expect(after.handlers).toBe(0);
    expect(await page.evaluate(() => (window as { __cpCommentXss?: unknown }).__cpCommentXss)).toBeUndefined();
    // One request, on the post's own origin and REST root, without cookies (the fixture logs headers).
    const requests = commentRequests(sites.log);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^\/wp-json\/wp\/v2\/comments\?post=12490&per_page=100&page=1&order=asc&/);
    const record = sites.log.find((r) => /wp\/v2\/comments/.test(r.url));
    expect(record?.headers.cookie).toBeUndefined();
  });

  test('comments on a ?rest_route= site, and a closed post says comments are closed', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('plain').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    expect(await frame.evaluate(() => document.querySelector('.cp-comments-closed')?.textContent)).toBe('Comments are closed.');
    await clickInFrame(frame, '.cp-comments-toggle');
    await waitInFrame(frame, () => document.querySelector('.cp-comments-status')?.textContent === 'No comments yet.', {
      timeout: 15_000,
      polling: 100,
    });
    expect(commentRequests(sites.log)).toHaveLength(1);
    expect(commentRequests(sites.log)[0]).toMatch(/rest_route=(\/|%2F)wp(\/|%2F)v2(\/|%2F)comments&post=12483&/);
  });
});
