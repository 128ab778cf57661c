/**
 * Archive, home and search pages in the reader (issue 11, item 3), jsdom with the real reader.html and
 * startReader(): REST's "not an article" for a page whose list detection found becomes that list (heading named,
 * focus on it, items as text), paged with Next / Previous, each post opening in place through the stay-in-the-reader
 * path, Back returning to the list; a list that cannot be read falls back to the error with "Extract anyway".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import type { RawPostList } from '../../../src/core/rest/post-list';
import type { Article, Detection, ListTarget } from '../../../src/core/types';
import type { ArticleOutcome, ArticlePayload, Outcome } from '../../../src/shared/messages';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
const SITE = 'https://news.example';
const archive = (list: ListTarget | undefined): Detection => ({
  isWordPress: true,
  pageUrl: `${SITE}/category/world/`,
  pageKind: 'archive',
  signals: [],
  ...(list ? { list } : {}),
});
const notAnArticle = (list: ListTarget | undefined): ArticleOutcome => ({
  ok: false,
  error: new ReaderError('not-an-article').data,
  detection: archive(list),
});
const rawPage = (page: number): RawPostList => ({
  items: [1, 2].map((n) => {
    const id = page * 10 + n;
    return {
      id,
      link: `${SITE}/p${id}/`,
      title: { rendered: `Post ${id} &amp; <img src=x onerror=alert(1)>more` },
      excerpt: { rendered: `<p>Excerpt of ${id}</p>` },
      date_gmt: '2025-02-03T09:00:00',
      _embedded: { author: [{ name: 'Ana' }] },
    };
  }),
  page,
  totalPages: 3,
  name: 'World &amp; Europe',
  jsonUrl: `${SITE}/wp-json/wp/v2/posts?categories=2`,
  root: `${SITE}/wp-json/`,
});
const article = (id: number): Article => makeArticle({ title: `Article ${id}`, url: `${SITE}/p${id}/`, contentHtml: '<p>x</p>' });

function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

async function open(first: ArticleOutcome, loadList?: (page: number) => Promise<Outcome<RawPostList>>) {
  const list = vi.fn(loadList ?? (async (page: number): Promise<Outcome<RawPostList>> => ({ ok: true, value: rawPage(page) })));
  const linked = vi.fn(
    async (href: string): Promise<Outcome<ArticlePayload>> => ({
      ok: true,
      value: {
        detection: { isWordPress: true, pageUrl: href, pageKind: 'singular', signals: [] },
        fetched: { post: { id: Number(/p(\d+)\//.exec(href)?.[1]) }, jsonUrl: `${SITE}/wp-json/wp/v2/posts/1` },
      },
    }),
  );
  const snapshot = vi.fn(async () => ({
    html: `<html><body class="archive"><main>${'Lots of text. '.repeat(80)}</main></body></html>`,
    url: `${SITE}/category/world/`,
  }));
  await startReader(document, {
    getArticle: async () => first,
    closeReader: async () => undefined,
    normalize: (payload) => article(payload.fetched.post.id as number),
    exporters: { toPlainText: () => '', toMarkdown: () => '', toHtml: () => '' },
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => undefined, flush: async () => undefined, onChanged: () => () => undefined },
    locale: 'en-US',
    print: () => undefined,
    loadLinked: linked,
    loadList: list,
    page: { getPageSnapshot: snapshot, extractFromPage: () => article(99) },
  });
  return { list, linked, snapshot };
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return node;
};
const items = (): string[] => [...document.querySelectorAll('.cp-list-title')].map((n) => n.textContent ?? '');
const click = (node: Element, init: MouseEventInit = {}): boolean =>
  node.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

beforeEach(loadMarkup);

describe('archive list in the reader', () => {
  it('"not an article" with a detected list shows the list: heading named (as text), focused, items as text', async () => {
    const { list } = await open(notAnArticle({ kind: 'category', id: 2 }));
    expect(list).toHaveBeenCalledWith(1);
    const heading = $('.cp-list h1');
    expect(heading.textContent).toBe('Category: World & Europe');
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Category: World & Europe');
    expect(items()).toEqual(['Post 11 & more', 'Post 12 & more']);
    expect(document.querySelector('.cp-list img')).toBeNull();
    expect($('.cp-list-excerpt').textContent).toBe('Excerpt of 11');
    expect($('.cp-list-meta').textContent).toBe('February 3, 2025 · Ana');
    expect($('.cp-list-page').textContent).toBe('Page 1 of 3');
    expect(document.querySelector('.cp-list-previous')).toBeNull();
    expect($('.cp-list .cp-extract').textContent).toBe('Extract from page anyway');
    expect(document.documentElement.dataset.state).toBe('ready');
  });

  it('Next page / Previous page, announced while loading; Back walks the pages', async () => {
    const { list } = await open(notAnArticle({ kind: 'search', search: 'ships' }));
    expect($('.cp-list h1').textContent).toBe('Search results for “ships”');
    click($('.cp-list-next'));
    expect($('#cp-status').textContent).toBe('Loading the list…');
    await settle();
    expect(list).toHaveBeenLastCalledWith(2);
    expect(items()[0]).toBe('Post 21 & more');
    expect(document.activeElement).toBe($('.cp-list h1'));
    click($('.cp-list-previous'));
    await settle();
    expect(items()[0]).toBe('Post 11 & more');
    click($('#cp-back'));
    await settle();
    expect(items()[0]).toBe('Post 21 & more');
  });

  it('a plain click on a post opens it in the reader; Back returns to the list', async () => {
    const { linked } = await open(notAnArticle({ kind: 'latest' }));
    expect($('.cp-list h1').textContent).toBe('Latest posts');
    const a = $('.cp-list-title a');
    expect(click(a)).toBe(false);
    await settle();
    expect(linked).toHaveBeenCalledWith(`${SITE}/p11/`);
    expect($('article h1').textContent).toBe('Article 11');
    expect($<HTMLButtonElement>('#cp-back').hidden).toBe(false);
    click($('#cp-back'));
    await settle();
    expect($('.cp-list h1').textContent).toBe('Latest posts');
  });

  it('a modified click keeps the link’s new tab', async () => {
    const { linked } = await open(notAnArticle({ kind: 'latest' }));
    const a = $<HTMLAnchorElement>('.cp-list-title a');
    expect(a.target).toBe('_blank');
    expect(click(a, { ctrlKey: true })).toBe(true);
    expect(linked).not.toHaveBeenCalled();
  });

  it('"Extract from page anyway" from the list reads the page', async () => {
    const { snapshot } = await open(notAnArticle({ kind: 'latest' }));
    click($('.cp-list .cp-extract'));
    await settle();
    expect(snapshot).toHaveBeenCalled();
    expect($('article h1').textContent).toBe('Article 99');
  });

  it('a list that cannot be read: the "not an article" error as before, with its "Extract anyway"', async () => {
    await open(notAnArticle({ kind: 'latest' }), async () => ({ ok: false, error: new ReaderError('rest-disabled').data }));
    expect(document.querySelector('.cp-list')).toBeNull();
    expect(document.documentElement.dataset.state).toBe('error');
    expect(document.querySelector('.cp-error .cp-extract')).not.toBeNull();
  });

  it('no list detected: nothing is asked, the error as before', async () => {
    const { list } = await open(notAnArticle(undefined));
    expect(list).not.toHaveBeenCalled();
    expect(document.documentElement.dataset.state).toBe('error');
  });

  it('a failed next page keeps the page shown and says why', async () => {
    let calls = 0;
    await open(notAnArticle({ kind: 'date', year: 2024, month: 5 }), async (page) =>
      ++calls === 1 ? { ok: true, value: rawPage(page) } : { ok: false, error: new ReaderError('timeout').data },
    );
    expect($('.cp-list h1').textContent).toBe('Archive: May 2024');
    click($('.cp-list-next'));
    await settle();
    expect(items()[0]).toBe('Post 11 & more');
    expect($('#cp-status').textContent).toMatch(/^That page of the list could not be loaded\. /);
  });
});
