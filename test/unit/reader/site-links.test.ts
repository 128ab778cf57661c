/**
 * Stay in the reader (issue 11, item 1), jsdom with the real reader.html and startReader(): a plain click on a
 * link to another post of the same site shows it in place (asked of the background, not opened in a tab); the
 * reader's own Back / Forward (buttons, Alt+← / Alt+→) walk the posts shown without asking again; modified
 * clicks and other sites' links keep the browser's behaviour; a failure keeps the post and offers a new tab.
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
const SITE = 'https://news.example';
const payloadFor = (id: number): ArticlePayload =>
  ({
    detection: { isWordPress: true, pageUrl: `${SITE}/p${id}/`, pageKind: 'singular', signals: [] },
    fetched: { post: { id }, jsonUrl: `${SITE}/wp-json/wp/v2/posts/${id}` },
  }) as ArticlePayload;
const links =
  '<a href="https://news.example/p2/">two</a> <a href="https://elsewhere.example/p2/">away</a> <a href="https://news.example/category/x/">cat</a>';
const post = (id: number): Article =>
  makeArticle({
    title: `Post ${id}`,
    url: `${SITE}/p${id}/`,
    contentHtml: `<p>${links}</p>`,
    rest: { id, type: 'post', comments: 'closed', siteDate: `2025-0${id}-01T09:00:00` },
  });
const POSTS: Record<number, Article> = { 1: post(1), 2: post(2), 3: post(3) };

function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

async function open(
  loadLinked: (href: string) => Promise<Outcome<ArticlePayload>>,
  positions?: { get(url: string): Promise<number | undefined>; set(): Promise<void> },
) {
  const linked = vi.fn(loadLinked);
  const adjacent = vi.fn(
    async (current: CurrentPost, direction: Direction): Promise<Outcome<ArticlePayload | null>> => ({
      ok: true,
      value: payloadFor(current.id + (direction === 'next' ? 1 : -1)),
    }),
  );
  await startReader(document, {
    getArticle: async () => ({ ok: true, value: payloadFor(1) }),
    closeReader: async () => undefined,
    normalize: (payload) => POSTS[payload.fetched.post.id as number]!,
    exporters: { toPlainText: () => '', toMarkdown: () => '', toHtml: () => '' },
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => undefined, flush: async () => undefined, onChanged: () => () => undefined },
    locale: 'en-US',
    print: () => undefined,
    loadLinked: linked,
    loadAdjacent: adjacent,
    ...(positions ? { positions } : {}),
  });
  return { linked, adjacent };
}

const site = async (href: string): Promise<Outcome<ArticlePayload>> => ({ ok: true, value: payloadFor(Number(/p(\d)\//.exec(href)?.[1])) });
const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return node;
};
const title = (): string => $('article h1').textContent ?? '';
const link = (text: string): HTMLAnchorElement => [...document.querySelectorAll<HTMLAnchorElement>('article a')].find((a) => a.textContent === text)!;
/** Dispatches a click like a user's; true when nothing prevented its default (the browser would follow the link). */
const click = (node: Element, init: MouseEventInit = {}): boolean =>
  node.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
const key = (key: string): boolean =>
  document.documentElement.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, bubbles: true, cancelable: true }));

describe('reader: same-site links stay in the reader', () => {
  beforeEach(loadMarkup);

  it('a plain click on a post of the same site shows it in place, its title focused, and Back appears', async () => {
    const { linked } = await open(site);
    expect($<HTMLButtonElement>('#cp-back').hidden).toBe(true);
    expect(click(link('two'))).toBe(false);
    await vi.waitFor(() => expect(title()).toBe('Post 2'));
    expect(linked).toHaveBeenCalledWith('https://news.example/p2/');
    expect(document.activeElement).toBe($('article h1'));
    expect($('.cp-canonical').getAttribute('href')).toBe(`${SITE}/p2/`); // "Originally from" names the post shown
    expect($<HTMLButtonElement>('#cp-back').hidden).toBe(false);
    expect($<HTMLButtonElement>('#cp-back').disabled).toBe(false);
    expect($<HTMLButtonElement>('#cp-forward').disabled).toBe(true);
  });

  it('modified and middle clicks, other sites and archive links are left to the browser; nothing is asked', async () => {
    const { linked } = await open(site);
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      expect(click(link('two'), init)).toBe(true);
    }
    expect(click(link('away'))).toBe(true);
    expect(click(link('cat'))).toBe(true);
    expect(link('away').target).toBe('_blank');
    expect(linked).not.toHaveBeenCalled();
    expect(title()).toBe('Post 1');
  });

  it('Back / Forward and Alt+← / Alt+→ walk the posts shown (links and previous / next) without asking again', async () => {
    const { linked, adjacent } = await open(site);
    expect(key('ArrowLeft')).toBe(true); // no reader history yet: the browser's own shortcut
    click(link('two'));
    await vi.waitFor(() => expect(title()).toBe('Post 2'));
    $('.cp-adjacent-next').click();
    await vi.waitFor(() => expect(title()).toBe('Post 3'));
    $('#cp-back').click();
    await vi.waitFor(() => expect(title()).toBe('Post 2'));
    expect(key('ArrowLeft')).toBe(false);
    await vi.waitFor(() => expect(title()).toBe('Post 1'));
    expect($<HTMLButtonElement>('#cp-back').disabled).toBe(true);
    expect(key('ArrowLeft')).toBe(true); // at the first post: left to the browser
    expect(key('ArrowRight')).toBe(false);
    await vi.waitFor(() => expect(title()).toBe('Post 2'));
    $('#cp-forward').click();
    await vi.waitFor(() => expect(title()).toBe('Post 3'));
    expect(document.activeElement).toBe($('article h1'));
    expect($<HTMLButtonElement>('#cp-forward').disabled).toBe(true);
    expect(linked).toHaveBeenCalledTimes(1);
    expect(adjacent).toHaveBeenCalledTimes(1);
  });

  it('a new step after Back drops the steps ahead, as a browser does', async () => {
    await open(site);
    click(link('two'));
    await vi.waitFor(() => expect(title()).toBe('Post 2'));
    key('ArrowLeft');
    await vi.waitFor(() => expect(title()).toBe('Post 1'));
    $('.cp-adjacent-next').click();
    await vi.waitFor(() => expect(title()).toBe('Post 2'));
    expect($<HTMLButtonElement>('#cp-forward').disabled).toBe(true);
  });

  it('an article read from the page (no REST session to ask) keeps its links as they were', async () => {
    const rest = POSTS[1]!;
    POSTS[1] = { ...rest, origin: 'page' };
    try {
      const { linked } = await open(site);
      expect(click(link('two'))).toBe(true);
      expect(linked).not.toHaveBeenCalled();
    } finally {
      POSTS[1] = rest;
    }
  });

  it('a link the site cannot show: the post stays, the status says why and offers it in a new tab', async () => {
    await open(async () => ({ ok: false, error: new ReaderError('not-found').data }));
    click(link('two'));
    await vi.waitFor(() => expect($('#cp-status').dataset.kind).toBe('error'));
    expect($('#cp-status').textContent).toBe(
      'That link could not be opened in the reader. The site could not find this post in its REST API. Open it in a new tab',
    );
    const offer = $<HTMLAnchorElement>('#cp-status a');
    expect(offer.getAttribute('href')).toBe('https://news.example/p2/');
    expect(offer.target).toBe('_blank');
    expect(offer.rel).toBe('noopener noreferrer');
    expect(title()).toBe('Post 1');
    expect($<HTMLButtonElement>('#cp-back').hidden).toBe(true);
  });

  it('a post shown in place (previous / next, a link) continues where the reader stopped in it, else starts at its top', async () => {
    const page = document.scrollingElement ?? document.documentElement;
    Object.defineProperty(page, 'scrollHeight', { configurable: true, value: 3000 });
    Object.defineProperty(page, 'clientHeight', { configurable: true, value: 1000 });
    const stopped: Record<string, number> = { [`${SITE}/p2/`]: 0.5 };
    await open(site, { get: async (url) => stopped[url], set: async () => undefined });
    page.scrollTop = 1800;
    $('.cp-adjacent-next').click();
    await vi.waitFor(() => expect($('#cp-status').textContent).toBe('Continuing where you left off.'));
    expect(title()).toBe('Post 2');
    expect(page.scrollTop).toBe(1000);
    click(link('two')); // the same post: nothing (an in-page link to the post shown)
    $('.cp-adjacent-next').click();
    await vi.waitFor(() => expect(title()).toBe('Post 3'));
    expect(page.scrollTop).toBe(0);
  });
});
