/**
 * Context menu "Copy quote with source" (issue 10 §2): the handler reads the page's selection (hostile text),
 * takes the article from REST or the page like "Copy clean text", or relays a click in the reader frame to
 * that reader; the offscreen half writes the three flavours.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import type { Detection } from '../../../src/core/types';
import type { CopySource } from '../../../src/shared/messages';
import { findPost } from '../../e2e/support/wp-data';
import { singlePage } from '../../e2e/support/wp-pages';
import { EN_EXPORT } from '../../support/english';

const fetchPost = vi.fn();
const sendToTab = vi.fn();
const sendRuntime = vi.fn(async () => undefined);
const prepareTab = vi.fn(async () => 7);
const copyQuoteToClipboard = vi.fn(async (_selection: string, _source: CopySource) => 'copied');
const OWN = { id: 'ext', origins: ['chrome-extension://ext/', 'chrome-extension://dyn-1234/'] };
vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));
vi.mock('../../../src/core/rest', () => ({ fetchPost: (...args: unknown[]) => fetchPost(...args) }));
vi.mock('../../../src/shared/messaging', async (actual) => ({
  ...(await actual<object>()),
  sendToTab: (...args: unknown[]) => sendToTab(...args),
  sendRuntime: (...args: unknown[]) => sendRuntime(...(args as [])),
  ownExtension: () => OWN,
}));
vi.mock('../../../src/background/clipboard', () => ({
  copyQuoteToClipboard: (s: string, source: CopySource) => copyQuoteToClipboard(s, source),
  copyToClipboard: async () => '',
}));
vi.mock('../../../src/background/badge', () => ({ flashBadge: async () => undefined }));
vi.mock('../../../src/background/open-reader', () => ({ prepareTab: () => prepareTab() }));

const { tabUrls, browser: mockBrowser } = await import('../reader/support/browser-mock');
const { quoteFromMenu, readerSessionOf, MAX_QUOTE_CHARS } = await import('../../../src/background/quote-from-menu');
const { MENU_IDS, onMenuClicked } = await import('../../../src/background/menus');
const { copyQuote } = await import('../../../src/offscreen/copy-quote');

const ORIGIN = 'http://127.0.0.1:8123';
const seed = findPost(12483)!;
const url = `${ORIGIN}${seed.prettyPath}`;
const detection: Detection = { isWordPress: true, pageUrl: url, pageKind: 'singular', signals: [] };
const fetched = { jsonUrl: `${ORIGIN}/wp-json/wp/v2/posts/12483`, site: { name: 'Digital Trade Center', home: ORIGIN }, post: seed };
const tab = { id: 7, url } as never;

beforeEach(() => {
  tabUrls.set(7, url);
  fetchPost.mockReset();
  sendToTab.mockReset();
  sendRuntime.mockClear();
  prepareTab.mockClear();
  copyQuoteToClipboard.mockClear();
});

function page(selection: unknown) {
  sendToTab.mockImplementation(async (_tab: number, type: string) => {
    if (type === 'selection') return selection;
    if (type === 'detect') return detection;
    return { html: singlePage({ origin: ORIGIN, permalinks: 'pretty', headLinks: 'none', nonceBait: false }, seed).html, url };
  });
}

describe('quoteFromMenu on the original page', () => {
  it('WordPress: the page’s selection, quoted from the REST post', async () => {
    page({ text: 'People across China\n\nare hailing it' });
    fetchPost.mockResolvedValue(fetched);
    await expect(quoteFromMenu(tab, { frameId: 0, frameUrl: url, selectionText: 'collapsed' })).resolves.toEqual({ ok: true, text: 'copied' });
    expect(copyQuoteToClipboard).toHaveBeenCalledWith('People across China\n\nare hailing it', { kind: 'rest', article: { detection, fetched } });
  });

  it('REST refused: quoted from the page itself (page metadata)', async () => {
    page({ text: 'People across China' });
    const denied = new ReaderError('rest-disabled', { status: 401 });
    fetchPost.mockRejectedValue(denied);
    await quoteFromMenu(tab, { frameId: 0, frameUrl: url });
    expect(copyQuoteToClipboard.mock.calls[0]?.[1]).toMatchObject({ kind: 'page', reason: denied.data, detection });
  });

  it('a reply that is not text falls back to the menu’s selectionText; a huge one is cut', async () => {
    page({ text: { toString: 'x' } });
    fetchPost.mockResolvedValue(fetched);
    await quoteFromMenu(tab, { frameId: 0, frameUrl: url, selectionText: 'from the menu' });
    expect(copyQuoteToClipboard.mock.calls[0]?.[0]).toBe('from the menu');
    page({ text: 'a'.repeat(MAX_QUOTE_CHARS + 50) });
    await quoteFromMenu(tab, { frameId: 0, frameUrl: url });
    expect(copyQuoteToClipboard.mock.calls[1]?.[0]).toHaveLength(MAX_QUOTE_CHARS);
  });

  it('nothing selected: nothing is fetched or copied', async () => {
    page({ text: '  \n ' });
    const result = await quoteFromMenu(tab, { frameId: 0, frameUrl: url });
    expect(result.ok).toBe(false);
    expect(fetchPost).not.toHaveBeenCalled();
    expect(copyQuoteToClipboard).not.toHaveBeenCalled();
  });
});

describe('quoteFromMenu in the reader frame', () => {
  const reader = 'chrome-extension://dyn-1234/src/reader/reader.html#session=abc123&page=https%3A%2F%2Fx.example%2F';

  it('relays the click to the reader of that session, injecting nothing', async () => {
    await expect(quoteFromMenu(tab, { frameId: 5, frameUrl: reader })).resolves.toMatchObject({ ok: true });
    expect(sendRuntime).toHaveBeenCalledWith('quoteSelection', { session: 'abc123' });
    expect(prepareTab).not.toHaveBeenCalled();
  });

  it('Firefox (no answer to the broadcast): relayed to the clicked frame by tabs.sendMessage', async () => {
    sendRuntime.mockRejectedValueOnce(new ReaderError('internal', { detail: 'no-answer' }) as never);
    const tabsSend = vi.fn(async () => ({ cp: 1, ok: true }));
    Object.assign(mockBrowser.tabs, { sendMessage: tabsSend });
    await expect(quoteFromMenu(tab, { frameId: 5, frameUrl: reader })).resolves.toMatchObject({ ok: true });
    expect(tabsSend).toHaveBeenCalledWith(7, { cp: 1, type: 'quoteSelection', payload: { session: 'abc123' } }, { frameId: 5 });
    // No reader answered either way: a failure, not a silent success.
    sendRuntime.mockRejectedValueOnce(new ReaderError('internal', { detail: 'no-answer' }) as never);
    tabsSend.mockResolvedValueOnce(undefined as never);
    await expect(quoteFromMenu(tab, { frameId: 5, frameUrl: reader })).resolves.toMatchObject({ ok: false });
  });

  it('only our reader page counts as the reader', () => {
    expect(readerSessionOf(reader, OWN)).toBe('abc123');
    expect(readerSessionOf('https://evil.example/src/reader/reader.html#session=abc123', OWN)).toBeUndefined();
    expect(readerSessionOf('chrome-extension://ext/src/options/options.html#session=abc123', OWN)).toBeUndefined();
    expect(readerSessionOf(undefined, OWN)).toBeUndefined();
  });
});

describe('the menu item', () => {
  it('routes "Copy quote with source" with the click’s frame and selection', () => {
    const actions = { openReader: vi.fn(), copyFromMenu: vi.fn(), quoteFromMenu: vi.fn(async () => undefined) };
    const info = { menuItemId: MENU_IDS.copyQuote, frameId: 0, frameUrl: url, selectionText: 's', editable: false, modifiers: [] };
    onMenuClicked(actions)(info, tab);
    expect(actions.quoteFromMenu).toHaveBeenCalledWith(tab, info);
    expect(actions.copyFromMenu).not.toHaveBeenCalled();
  });
});

describe('copyQuote (offscreen document / Firefox background page)', () => {
  it('writes the three flavours, metadata from the page itself; hostile selection text stays text in the HTML', async () => {
    let seen: Record<string, string> = {};
    const original = document.execCommand;
    document.execCommand = vi.fn(() => {
      const data = new Map<string, string>();
      const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, 'clipboardData', { value: { setData: (k: string, v: string) => data.set(k, v) } });
      document.dispatchEvent(event);
      seen = Object.fromEntries(data);
      return true;
    });
    try {
      const html = singlePage({ origin: ORIGIN, permalinks: 'pretty', headLinks: 'none', nonceBait: false }, seed).html;
      const source: CopySource = { kind: 'page', snapshot: { html, url }, reason: new ReaderError('not-wordpress').data };
      const text = await copyQuote(document, 'Hi <img src=x onerror=alert(1)>', source, EN_EXPORT);
      expect(text).toBe(seen['text/plain']);
      expect(text).toMatch(
        /^Hi <img src=x onerror=alert\(1\)>\n\n— \S.*, “China celebrates DeepSeek’s breakout AI success.*”, .*28 January 2025, http/,
      );
      expect(seen['text/markdown']).toMatch(/^> Hi \\<img src=x onerror=alert\(1\)\\>\n/);
      const doc = new DOMParser().parseFromString(seen['text/html']!, 'text/html');
      expect(doc.querySelector('img')).toBeNull();
      expect(doc.querySelector('blockquote p')!.textContent).toBe('Hi <img src=x onerror=alert(1)>');
      expect(doc.querySelector('blockquote')!.getAttribute('cite')).toMatch(/#:~:text=Hi%20%3Cimg%20src%3Dx%20onerror%3Dalert\(1\)%3E$/);
    } finally {
      document.execCommand = original;
    }
  });
});
