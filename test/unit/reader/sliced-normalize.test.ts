/**
 * Issue 5: main.ts passes normalizePostSliced, so `normalize` may return a promise. The reader awaits it
 * and stays in its loading state meanwhile; a retry that overtakes a slow normalisation wins.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/core/types';
import type { ArticlePayload } from '../../../src/shared/messages';
import { fakeSettings } from './support/fake-settings';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');

const payload = {
  detection: { isWordPress: true, pageUrl: 'https://news.example/2025/01/deepseek/', pageKind: 'singular', signals: [] },
  fetched: { post: {}, jsonUrl: 'https://news.example/wp-json/wp/v2/posts/1' },
} as ArticlePayload;

function deps(normalize: () => Article | Promise<Article>) {
  return {
    getArticle: vi.fn(async () => ({ ok: true as const, value: payload })),
    closeReader: vi.fn(async () => undefined),
    normalize: vi.fn(normalize),
    exporters: { toPlainText: () => '', toMarkdown: () => '', toHtml: () => '' },
    settings: fakeSettings(DEFAULT_SETTINGS),
    locale: 'en-US',
    print: vi.fn(),
  };
}

describe('reader with an asynchronous normalize', () => {
  beforeEach(() => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
  });

  it('stays loading until the sliced normalisation resolves, then shows the article', async () => {
    let finish: (a: Article) => void = () => undefined;
    const pending = new Promise<Article>((r) => (finish = r));
    const started = startReader(
      document,
      deps(() => pending),
    );
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(document.documentElement.dataset.state).toBe('loading');
    expect(document.querySelector('article.cp-article')).toBeNull();
    finish(makeArticle({ title: 'Sliced title', contentHtml: '<p>Body.</p>' }));
    const reader = await started;
    expect(document.documentElement.dataset.state).toBe('ready');
    expect(document.querySelector('article.cp-article h1')?.textContent).toBe('Sliced title');
    expect(reader.article?.title).toBe('Sliced title');
  });

  it('a rejection from the sliced path becomes the error view, not a blank reader', async () => {
    await startReader(
      document,
      deps(() => Promise.reject(Object.assign(new Error('x'), { name: 'ReaderError' }))),
    );
    expect(document.documentElement.dataset.state).toBe('error');
  });

  it('a retry that overtakes a slow normalisation shows the newer article only', async () => {
    const resolvers: ((a: Article) => void)[] = [];
    const d = deps(() => new Promise<Article>((r) => resolvers.push(r)));
    const started = startReader(document, d);
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    // startReader resolves only after the first load; drive a second load through the controller later.
    resolvers[0]?.(makeArticle({ title: 'First' }));
    const reader = await started;
    const second = reader.load();
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    const third = reader.load();
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    resolvers[2]?.(makeArticle({ title: 'Third' }));
    await third;
    resolvers[1]?.(makeArticle({ title: 'Second (stale)' }));
    await second;
    expect(document.querySelector('article.cp-article h1')?.textContent).toBe('Third');
    expect(reader.article?.title).toBe('Third');
  });
});
