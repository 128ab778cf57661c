/**
 * Cite and Save in the real reader markup (jsdom): the citation panel is labelled, keyboard reachable, closes on
 * Esc without closing the reader, persists its style and shows hostile titles as text; Save downloads a Blob
 * named after the slug with the Markdown options applied.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticlePayload } from '../../../src/shared/messages';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');
const { toMarkdown, toPlainText, toHtml } = await import('../../../src/core/export');
const { fakeSettings } = await import('./support/fake-settings');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
const payload = {
  detection: { isWordPress: true, pageUrl: 'https://news.example/a/', pageKind: 'singular', signals: [] },
  fetched: { post: {} },
} as unknown as ArticlePayload;
const HOSTILE = '<img src=x onerror="alert(1)"> & “Quotes”';

async function open(settings = DEFAULT_SETTINGS) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
  const store = fakeSettings(settings);
  const clipboard = { writeText: vi.fn(async (_text: string) => undefined) };
  const article = makeArticle({ title: HOSTILE, url: 'https://news.example/2025/01/my-post/', byline: { name: 'Jane Doe' } });
  await startReader(document, {
    getArticle: async () => ({ ok: true, value: payload }),
    closeReader: vi.fn(async () => undefined),
    normalize: () => article,
    exporters: { toMarkdown, toPlainText, toHtml },
    settings: store,
    locale: 'en-US',
    print: vi.fn(),
    clipboard,
  });
  return { store, clipboard };
}

const $ = <T extends HTMLElement = HTMLElement>(s: string): T => document.querySelector<T>(s) as T;
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('citation panel', () => {
  beforeEach(() => {
    delete window.__clearpostLastSave;
  });

  it('is a labelled dialog opened by the Cite button; Esc closes it, not the reader, and focus returns', async () => {
    await open();
    const button = $<HTMLButtonElement>('#cp-cite');
    const panel = $('#cp-cite-panel');
    expect(button.getAttribute('aria-label')).toBe('Cite this article');
    expect(panel.getAttribute('role')).toBe('dialog');
    expect($(`#${panel.getAttribute('aria-labelledby')}`).textContent).toBe('Cite this article');
    button.click();
    expect(panel.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe($('#cp-cite-style'));
    expect($('label[for="cp-cite-style"]').textContent).toBe('Citation style');
    key($('#cp-cite-style'), 'Escape');
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(document.documentElement.dataset.state).toBe('ready'); // the reader is still open
  });

  it('shows the citation of a hostile title as text, persists the style, copies rich and plain', async () => {
    const { store, clipboard } = await open({ ...DEFAULT_SETTINGS, citeStyle: 'mla' });
    $<HTMLButtonElement>('#cp-cite').click();
    const select = $<HTMLSelectElement>('#cp-cite-style');
    expect(select.value).toBe('mla');
    const out = $('#cp-cite-text');
    expect(out.querySelector('img')).toBeNull();
    expect(out.textContent).toContain(`Doe, Jane. “<img src=x onerror=‘alert(1)’> & ‘Quotes’.”`);
    select.value = 'bibtex';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(store.save).toHaveBeenCalledWith({ citeStyle: 'bibtex' });
    expect(out.textContent).toMatch(/^@online\{doe\d{4}img,/);
    $<HTMLButtonElement>('#cp-cite-copy').click();
    await vi.waitFor(() => expect(clipboard.writeText).toHaveBeenCalled());
    expect(clipboard.writeText.mock.calls[0]?.[0]).toContain('title = {<img src=x onerror="alert(1)"> \\& “Quotes”},');
  });
});

describe('save/download', () => {
  it('downloads Markdown named after the slug, with front matter and reference links when set', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:fake';
    });
    URL.revokeObjectURL = vi.fn();
    await open({ ...DEFAULT_SETTINGS, mdFrontMatter: true, mdLinks: 'reference' });
    $<HTMLButtonElement>('#cp-save').click();
    expect(document.activeElement?.getAttribute('data-save')).toBe('md');
    $<HTMLButtonElement>('[data-save="md"]').click();
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]?.download).toBe('my-post.md');
    expect(clicked[0]?.href).toBe('blob:fake');
    expect($('#cp-status').textContent).toBe('Saved to your downloads');
    expect(blob?.type).toBe('text/markdown;charset=utf-8');
    const text = await new Promise<string>((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result));
      reader.readAsText(blob as Blob);
    });
    expect(text).toMatch(/^---\ntitle: "<img src=x onerror=\\"alert\(1\)\\"> & “Quotes”"\nauthor: "Jane Doe"\n/);
    click.mockRestore();
  });
});
