/**
 * Issue 5 (no reader task over 200 ms at 1 MB): a long article is rendered in its own task after
 * normalisation, its body blocks get `content-visibility` (reader.css, via data-long), and the title is
 * focused only after the first paint; an ordinary article keeps the one-task path. Copy loads the
 * exports through the loader main.ts passes (core/export is a separate chunk).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticlePayload } from '../../../src/shared/messages';
import { fakeSettings } from './support/fake-settings';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { LONG_ARTICLE_CHARS } = await import('../../../src/reader/long-article');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
const css = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.css'), 'utf8');

const payload = {
  detection: { isWordPress: true, pageUrl: 'https://news.example/2025/01/deepseek/', pageKind: 'singular', signals: [] },
  fetched: { post: {}, jsonUrl: 'https://news.example/wp-json/wp/v2/posts/1' },
} as ArticlePayload;

function deps(contentHtml: string, exporters: Parameters<typeof startReader>[1]['exporters']) {
  return {
    getArticle: vi.fn(async () => ({ ok: true as const, value: payload })),
    closeReader: vi.fn(async () => undefined),
    normalize: vi.fn(() => makeArticle({ contentHtml })),
    exporters,
    settings: fakeSettings(DEFAULT_SETTINGS),
    locale: 'en-US',
    print: vi.fn(),
    clipboard: { writeText: vi.fn(async () => undefined) },
  };
}

const plain = { toPlainText: () => 'plain', toMarkdown: () => '# md', toHtml: () => '<p>h</p>' };

describe('long articles', () => {
  beforeEach(() => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
  });

  it('an ordinary article: no data-long, title focused in the same task as the render', async () => {
    await startReader(document, deps('<p>Short.</p>', plain));
    const article = document.querySelector<HTMLElement>('article.cp-article')!;
    expect(article.hasAttribute('data-long')).toBe(false);
    expect(document.activeElement).toBe(article.querySelector('h1'));
  });

  it('a long article: marked data-long, rendered after a yield, focused after paint', async () => {
    const block = `<p>${'word '.repeat(99)}end.</p>`;
    const body = block.repeat(Math.ceil((LONG_ARTICLE_CHARS + 1) / block.length));
    let renderedSynchronously = false;
    const d = deps(body, plain);
    d.normalize.mockImplementation(() => {
      // Runs in the normalize task: the render must not happen before this task ends.
      queueMicrotask(() => void (renderedSynchronously = document.querySelector('article.cp-article') !== null));
      return makeArticle({ contentHtml: body });
    });
    await startReader(document, d);
    expect(renderedSynchronously).toBe(false);
    const article = document.querySelector<HTMLElement>('article.cp-article')!;
    expect(article.hasAttribute('data-long')).toBe(true);
    expect(article.querySelectorAll('.cp-content > p').length).toBeGreaterThan(100);
    expect(document.activeElement).toBe(article.querySelector('h1'));
    expect(document.documentElement.dataset.state).toBe('ready');
    // The CSS the attribute switches on (kept visible for print).
    expect(css).toMatch(/\.cp-article\[data-long\] \.cp-content > \*\s*\{[^}]*content-visibility:\s*auto/);
    expect(css).toMatch(/@media print\s*\{\s*\.cp-article\[data-long\] \.cp-content > \*\s*\{\s*content-visibility:\s*visible/);
  });

  it('copy loads the exports through the loader, once per copy', async () => {
    const loader = vi.fn(async () => plain);
    const d = deps('<p>Short.</p>', loader);
    await startReader(document, d);
    expect(loader).not.toHaveBeenCalled();
    document.querySelector<HTMLButtonElement>('button[data-format="markdown"]')!.click();
    await vi.waitFor(() => expect(d.clipboard.writeText).toHaveBeenCalledWith('# md'));
    expect(loader).toHaveBeenCalledTimes(1);
  });
});
