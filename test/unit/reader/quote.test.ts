/**
 * "Copy quote" in the reader (issue 10 §2) in jsdom with the real reader.html and the real core export: the
 * toolbar button follows the selection, Alt+Q and the button copy the three flavours in one copy event, and
 * the background's relay of the context menu reaches only the frame of its session.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticlePayload } from '../../../src/shared/messages';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { quoteRelay } = await import('../../../src/reader/quote-relay');
const { toQuote } = await import('../../../src/core/export');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');
const payload = {
  detection: { isWordPress: true, pageUrl: 'https://news.example/2025/01/deepseek/', pageKind: 'singular', signals: [] },
  fetched: { post: {}, jsonUrl: 'https://news.example/wp-json/wp/v2/posts/1' },
} as ArticlePayload;

function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

async function start() {
  loadMarkup();
  const article = makeArticle({
    contentHtml: '<p>People across China, well-known &amp; not, are <b>hailing</b> it.</p><p>Second paragraph here.</p>',
  });
  const clipboard = { writeText: vi.fn(async () => undefined) };
  const reader = await startReader(document, {
    getArticle: async () => ({ ok: true, value: payload }),
    closeReader: async () => undefined,
    normalize: () => article,
    exporters: { toPlainText: () => '', toMarkdown: () => '', toHtml: () => '', toQuote },
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => undefined, flush: async () => undefined, onChanged: () => () => undefined },
    locale: 'en-US',
    print: () => undefined,
    clipboard,
  });
  return { reader, clipboard };
}

/** Our own copy-event listener's data, as a browser's execCommand('copy') hands it over. */
function captureCopy(): () => Record<string, string> {
  let seen: Record<string, string> = {};
  document.execCommand = vi.fn(() => {
    const data = new Map<string, string>();
    const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', { value: { setData: (k: string, v: string) => data.set(k, v) } });
    document.dispatchEvent(event);
    seen = Object.fromEntries(data);
    return true;
  });
  return () => seen;
}

function select(node: Node, from = 0, to?: number): void {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to ?? node.childNodes.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const originalExecCommand = document.execCommand;
afterEach(() => {
  document.execCommand = originalExecCommand;
  document.getSelection()?.removeAllRanges();
});

describe('copy quote in the reader', () => {
  it('the button is enabled only while text in the article is selected', async () => {
    await start();
    const button = $<HTMLButtonElement>('#cp-quote');
    expect(button.disabled).toBe(true);
    select($('article.cp-article .cp-content p, article.cp-article p'));
    expect(button.disabled).toBe(false);
    select($('.cp-toolbar'));
    expect(button.disabled).toBe(true);
    document.getSelection()!.removeAllRanges();
    document.dispatchEvent(new Event('selectionchange'));
    expect(button.disabled).toBe(true);
  });

  it('the button copies the blockquote in three flavours with a text-fragment link', async () => {
    await start();
    const copied = captureCopy();
    const first = [...document.querySelectorAll('article.cp-article p')].find((p) => p.textContent?.startsWith('People'))!;
    select(first);
    $<HTMLButtonElement>('#cp-quote').click();
    await vi.waitFor(() => expect($('#cp-status').textContent).toBe('Quote copied with its source'));
    const data = copied();
    const link = 'https://news.example/2025/01/deepseek/#:~:text=People%20across%20China%2C%20well%2Dknown%20%26%20not%2C%20are%20hailing%20it.';
    expect(data['text/plain']).toBe(
      `People across China, well-known & not, are hailing it.\n\n— Jane Doe, “China celebrates DeepSeek’s breakout AI success”, Example News, January 29, 2025, ${link}\n`,
    );
    expect(data['text/markdown']).toMatch(/^> People across China, well-known & not, are hailing it\.\n\n— Jane Doe, “\[China/);
    expect(data['text/html']).toContain(`<blockquote cite="${link.replace(/&/g, '&amp;')}">`);
  });

  it('Alt+Q copies; with nothing selected it says to select text first', async () => {
    await start();
    const copied = captureCopy();
    const altQ = () =>
      document.documentElement.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyQ', key: 'q', altKey: true, bubbles: true, cancelable: true }));
    altQ();
    await vi.waitFor(() => expect($('#cp-status').textContent).toContain('Select some text in the article first'));
    select($('article.cp-article h1'));
    altQ();
    await vi.waitFor(() => expect($('#cp-status').textContent).toBe('Quote copied with its source'));
    expect(copied()['text/plain']).toMatch(/^China celebrates DeepSeek’s breakout AI success\n\n— Jane Doe/);
  });

  it('the context menu relay runs only for this frame’s session, from the background', async () => {
    const copyQuote = vi.fn(async () => undefined);
    const own = { id: 'ext', origins: ['chrome-extension://ext/'] };
    const relay = quoteRelay('s1', own, copyQuote);
    const background = { id: 'ext', url: 'chrome-extension://ext/background.js' };
    const envelope = (session: string) => ({ cp: 1, type: 'quoteSelection', payload: { session } });
    expect(relay(envelope('other'), background)).toBeUndefined();
    expect(relay({ cp: 1, type: 'getArticle', payload: { session: 's1' } }, background)).toBeUndefined();
    // A content script (a page's renderer) cannot make the reader copy.
    expect(relay(envelope('s1'), { id: 'ext', url: 'https://evil.example/', tab: { id: 3 } as never })).toBeUndefined();
    await expect(relay(envelope('s1'), background)).resolves.toEqual({ cp: 1, ok: true });
    expect(copyQuote).toHaveBeenCalledTimes(1);
  });
});
