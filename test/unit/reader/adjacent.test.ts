/**
 * Previous / next post in the reader (issue 11, item 2), jsdom with the real reader.html and startReader():
 * a nav after the article, nothing asked before a press; a press (or Alt+PageUp / Alt+PageDown) shows that
 * post in place with its title focused; the ends and failures are said in the nav's live region.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import type { CurrentPost, Direction } from '../../../src/core/rest/adjacent';
import type { Article } from '../../../src/core/types';
import type { ArticlePayload, Outcome } from '../../../src/shared/messages';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
const payloadFor = (id: number): ArticlePayload =>
  ({
    detection: { isWordPress: true, pageUrl: `https://news.example/p${id}/`, pageKind: 'singular', signals: [] },
    fetched: { post: { id }, jsonUrl: `https://news.example/wp-json/wp/v2/posts/${id}` },
  }) as ArticlePayload;
const post = (id: number, siteDate: string): Article =>
  makeArticle({ title: `Post ${id}`, url: `https://news.example/p${id}/`, rest: { id, type: 'post', comments: 'open', siteDate } });
const POSTS: Record<number, Article> = { 1: post(1, '2025-01-01T09:00:00'), 2: post(2, '2025-02-01T09:00:00'), 3: post(3, '2025-03-01T09:00:00') };

function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

async function open(first: Article, loadAdjacent: (current: CurrentPost, direction: Direction) => Promise<Outcome<ArticlePayload | null>>) {
  const adjacent = vi.fn(loadAdjacent);
  await startReader(document, {
    getArticle: async () => ({ ok: true, value: payloadFor(first.rest?.id ?? 0) }),
    closeReader: async () => undefined,
    normalize: (payload) => (payload.fetched.post.id === first.rest?.id ? first : POSTS[payload.fetched.post.id as number]!),
    exporters: { toPlainText: () => '', toMarkdown: () => '', toHtml: () => '' },
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => undefined, flush: async () => undefined, onChanged: () => () => undefined },
    locale: 'en-US',
    print: () => undefined,
    loadAdjacent: adjacent,
  });
  return adjacent;
}

/** The site: posts 1, 2, 3 in date order. */
async function site(current: CurrentPost, direction: Direction): Promise<Outcome<ArticlePayload | null>> {
  const id = current.id + (direction === 'previous' ? -1 : 1);
  return { ok: true, value: POSTS[id] ? payloadFor(id) : null };
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return node;
};
const title = (): string => $('article h1').textContent ?? '';

describe('reader: previous / next post', () => {
  beforeEach(loadMarkup);

  it('a nav after the article (outside it), nothing asked before a press', async () => {
    const adjacent = await open(POSTS[2]!, site);
    const nav = $('nav.cp-adjacent');
    expect(nav.closest('article')).toBeNull();
    expect(nav.getAttribute('aria-label')).toBe('Previous and next posts');
    expect([...nav.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['← Previous post', 'Next post →']);
    expect(adjacent).not.toHaveBeenCalled();
  });

  it('"Previous post" shows the earlier post in place, its title focused; the site-local date is what is sent', async () => {
    const adjacent = await open(POSTS[2]!, site);
    $('.cp-adjacent-previous').click();
    await vi.waitFor(() => expect(title()).toBe('Post 1'));
    expect(adjacent).toHaveBeenCalledWith({ id: 2, siteDate: '2025-02-01T09:00:00' }, 'previous');
    expect(document.activeElement).toBe($('article h1'));
    expect(document.querySelectorAll('main#reader article')).toHaveLength(1);
    expect(document.title).toBe('Post 1');
  });

  it('Alt+PageDown and Alt+PageUp press next and previous; a plain PageDown does not', async () => {
    const adjacent = await open(POSTS[2]!, site);
    const key = (key: string, altKey: boolean): boolean =>
      document.documentElement.dispatchEvent(new KeyboardEvent('keydown', { key, altKey, bubbles: true, cancelable: true }));
    expect(key('PageDown', false)).toBe(true);
    expect(adjacent).not.toHaveBeenCalled();
    expect(key('PageDown', true)).toBe(false); // handled
    await vi.waitFor(() => expect(title()).toBe('Post 3'));
    key('PageUp', true);
    await vi.waitFor(() => expect(title()).toBe('Post 2'));
  });

  it('at the newest post: "This is the site\'s newest post." and the button is disabled', async () => {
    await open(POSTS[3]!, site);
    $('.cp-adjacent-next').click();
    await vi.waitFor(() => expect($('.cp-adjacent-status').textContent).toBe("This is the site's newest post."));
    expect($<HTMLButtonElement>('.cp-adjacent-next').disabled).toBe(true);
    expect(title()).toBe('Post 3');
  });

  it('a failure is a sentence in the nav; the shown post stays', async () => {
    await open(POSTS[2]!, async () => ({ ok: false, error: new ReaderError('timeout').data }));
    $('.cp-adjacent-previous').click();
    await vi.waitFor(() => expect($('.cp-adjacent-status').textContent).toMatch(/^That post could not be loaded\. /));
    expect($('.cp-adjacent-status').dataset.kind).toBe('error');
    expect(title()).toBe('Post 2');
  });

  it('no nav for a page, or an article read from the page', async () => {
    await open(makeArticle({ rest: { id: 5, type: 'page', siteDate: '2025-01-01T00:00:00' } }), site);
    expect(document.querySelector('.cp-adjacent')).toBeNull();
    loadMarkup();
    await open(makeArticle({ origin: 'page' }), site);
    expect(document.querySelector('.cp-adjacent')).toBeNull();
  });
});
