/**
 * The comments section in the reader (issue 11, item 4), in jsdom with the real reader.html and startReader():
 * after the <article>, collapsed, nothing asked before the click; then the thread, the count, and each failure
 * as a sentence. The content comes through the real core normalisation (the posts' DOMPurify configuration).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import type { RawComments } from '../../../src/core/rest/comments';
import type { Article } from '../../../src/core/types';
import type { ArticlePayload, Outcome } from '../../../src/shared/messages';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
const siteComments = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/site/data/comments.json'), 'utf8')) as unknown[];
const payload = {
  detection: { isWordPress: true, pageUrl: 'https://news.example/p/', pageKind: 'singular', signals: [] },
  fetched: { post: {}, jsonUrl: 'https://news.example/wp-json/wp/v2/posts/1' },
} as ArticlePayload;

function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

async function open(article: Article, loadComments: (id: number) => Promise<Outcome<RawComments>>) {
  const load = vi.fn(loadComments);
  await startReader(document, {
    getArticle: async () => ({ ok: true, value: payload }),
    closeReader: async () => undefined,
    normalize: () => article,
    exporters: { toPlainText: () => '', toMarkdown: () => '', toHtml: () => '' },
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => undefined, flush: async () => undefined, onChanged: () => () => undefined },
    locale: 'en-US',
    print: () => undefined,
    loadComments: load,
  });
  return load;
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return node;
};
const toggle = (): HTMLButtonElement => $<HTMLButtonElement>('.cp-comments-toggle');
const restPost = (comments: 'open' | 'closed' = 'open'): Article => makeArticle({ rest: { id: 12490, type: 'post', comments } });

describe('reader: comments on demand', () => {
  beforeEach(loadMarkup);

  it('a collapsed "Comments" button after the article (not inside it); nothing requested before the click', async () => {
    const load = await open(restPost(), async () => ({ ok: true, value: { items: [], truncated: false } }));
    const section = $('.cp-comments');
    expect(section.closest('article')).toBeNull();
    expect($('article.cp-article').compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(toggle().tagName).toBe('BUTTON');
    expect(toggle().textContent).toBe('Comments');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect($('#cp-comments-body').hidden).toBe(true);
    expect(load).not.toHaveBeenCalled();
  });

  it('the click loads that post’s comments once: threaded, authors and dates, hostile content inert, links nofollow', async () => {
    const load = await open(restPost(), async () => ({ ok: true, value: { items: siteComments, truncated: false } }));
    toggle().click();
    expect($('.cp-comments-status').textContent).toBe('Loading comments…');
    expect($('#cp-comments-body').hidden).toBe(false);
    await vi.waitFor(() => expect(toggle().textContent).toBe('Comments (3)'));
    expect(load).toHaveBeenCalledWith(12490);
    expect($('.cp-comments-status').textContent).toBe('Comments shown: 3.');
    const top = [...document.querySelectorAll('.cp-comment-list:not(.cp-comment-replies) > .cp-comment')];
    expect(top.map((li) => li.querySelector('.cp-comment-author')?.textContent)).toEqual(['Margaret Okafor', 'Tomás Ruiz']);
    expect(top[0]!.querySelector('.cp-comment-replies .cp-comment-author')?.textContent).toBe('Jane Doe');
    expect(top[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2025-02-03T10:15:00.000Z');
    expect($<HTMLAnchorElement>('.cp-comment-content a').rel).toBe('nofollow ugc noopener noreferrer');
    expect($<HTMLAnchorElement>('a.cp-comment-author').rel).toBe('nofollow ugc noopener noreferrer');
    // javascript: author URL: the name is plain text; the onerror image and the script are gone.
    expect(top[1]!.querySelector('a.cp-comment-author')).toBeNull();
    expect($('.cp-comments').innerHTML).not.toMatch(/onerror|<script|__cpCommentXss/);
    toggle().click(); // collapse
    expect($('#cp-comments-body').hidden).toBe(true);
    toggle().click(); // open again: no second request
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('closed comments say so; no comments say so', async () => {
    await open(restPost('closed'), async () => ({ ok: true, value: { items: [], truncated: false } }));
    expect($('.cp-comments-closed').textContent).toBe('Comments are closed.');
    toggle().click();
    await vi.waitFor(() => expect($('.cp-comments-status').textContent).toBe('No comments yet.'));
    expect(toggle().textContent).toBe('Comments (0)');
  });

  it('a site with comments switched off (no route) says so and links the original; a timeout offers Try again', async () => {
    await open(restPost(), async () => ({ ok: false, error: new ReaderError('not-found', { code: 'rest_no_route' }).data }));
    toggle().click();
    await vi.waitFor(() => expect($('.cp-comments-status').textContent).toBe('This site does not make its comments available to readers.'));
    expect($('.cp-comments-status').dataset.kind).toBe('error');
    expect($<HTMLAnchorElement>('#cp-comments-body a').href).toBe('https://news.example/2025/01/deepseek/');

    loadMarkup();
    let calls = 0;
    await open(restPost(), async () =>
      ++calls === 1
        ? { ok: false, error: new ReaderError('timeout').data }
        : { ok: true, value: { items: siteComments.slice(0, 1), truncated: true } },
    );
    toggle().click();
    await vi.waitFor(() => expect($('.cp-comments-status').textContent).toMatch(/^The comments could not be loaded\. /));
    $('.cp-comments-retry').click();
    await vi.waitFor(() => expect(toggle().textContent).toBe('Comments (1)'));
    expect($('.cp-comments-more').textContent).toMatch(/^Only the first 1 comments are shown\. Read the comments on the original page$/);
  });

  it('no section for an article read from the page, or a post type without comments', async () => {
    await open(makeArticle({ origin: 'page' }), async () => ({ ok: true, value: { items: [], truncated: false } }));
    expect(document.querySelector('.cp-comments')).toBeNull();
    loadMarkup();
    await open(makeArticle({ rest: { id: 3, type: 'other' } }), async () => ({ ok: true, value: { items: [], truncated: false } }));
    expect(document.querySelector('.cp-comments')).toBeNull();
  });
});
