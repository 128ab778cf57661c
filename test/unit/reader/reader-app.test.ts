/**
 * The reader page end to end in jsdom: the real reader.html markup, startReader() with fake messaging,
 * core, storage and clipboard. Checks the DOM hooks the e2e tests rely on (design doc).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import type { ArticlePayload, Outcome } from '../../../src/shared/messages';
import type { Settings } from '../../../src/shared/settings';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { startReader } = await import('../../../src/reader/reader-app');
const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { makeArticle } = await import('./support/article');

const html = readFileSync(resolve(import.meta.dirname, '../../../src/reader/reader.html'), 'utf8');

function loadMarkup(): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

const payload = {
  detection: { isWordPress: true, pageUrl: 'https://news.example/2025/01/deepseek/', pageKind: 'singular', signals: [] },
  fetched: { post: {}, jsonUrl: 'https://news.example/wp-json/wp/v2/posts/1' },
} as ArticlePayload;

function deps(outcome: Outcome<ArticlePayload> | (() => Promise<Outcome<ArticlePayload>>), stored: Settings = DEFAULT_SETTINGS) {
  const listeners: Array<(s: Settings) => void> = [];
  return {
    getArticle: vi.fn(typeof outcome === 'function' ? outcome : async () => outcome),
    closeReader: vi.fn(async () => undefined),
    normalize: vi.fn(() => makeArticle({ source: { name: 'cnn.com', url: 'https://cnn.com/x', via: 'footer' as const } })),
    exporters: { toPlainText: () => 'plain', toMarkdown: () => '# md', toHtml: () => '<p>h</p>' },
    settings: {
      load: vi.fn(async () => stored),
      save: vi.fn(async () => undefined),
      flush: vi.fn(async () => undefined),
      onChanged: (cb: (s: Settings) => void) => {
        listeners.push(cb);
        return () => undefined;
      },
      emit: (s: Settings) => {
        for (const l of listeners) l(s);
      },
    },
    locale: 'en-US',
    print: vi.fn(),
    clipboard: { writeText: vi.fn(async () => undefined) },
  };
}

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return node;
};

describe('reader page', () => {
  beforeEach(loadMarkup);

  it('starts in the loading state with an accessible message, before any script', () => {
    expect(document.documentElement.dataset.state).toBe('loading');
    expect($('#cp-loading').textContent).toContain('Loading article…');
    expect($('#cp-loading').getAttribute('role')).toBe('status');
  });

  it('renders the article with every DOM hook and moves focus to the title', async () => {
    const d = deps({ ok: true, value: payload });
    await startReader(document, d);
    expect(document.documentElement.dataset.state).toBe('ready');
    expect(d.normalize).toHaveBeenCalledWith(payload);
    const main = $('main#reader');
    expect(main.querySelectorAll('article')).toHaveLength(1);
    for (const hook of ['h1', '.cp-byline', '.cp-dates', '.cp-reading-time', '.cp-attribution', '.cp-canonical', '.cp-content', '.cp-references']) {
      expect(main.querySelector(`article ${hook}`), hook).not.toBeNull();
    }
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.activeElement).toBe($('article h1'));
    expect(main.getAttribute('aria-busy')).toBe('false');
    expect(document.title).toBe(makeArticle().title);
    // The skip link is the first focusable element, then the close button.
    expect([...document.querySelectorAll('button, a[href], input, [tabindex="0"]')].slice(0, 2).map((n) => n.id)).toEqual(['cp-skip', 'cp-close']);
    // It moves focus past the toolbar to the title, without a hash change (no history entry).
    $('#cp-close').focus();
    const hash = location.hash;
    $<HTMLAnchorElement>('#cp-skip').click();
    expect(document.activeElement).toBe($('article h1'));
    expect(location.hash).toBe(hash);
  });

  it('copies through the exporters and confirms in #cp-status', async () => {
    const d = deps({ ok: true, value: payload });
    await startReader(document, d);
    $<HTMLButtonElement>('#cp-copy-markdown').click();
    await vi.waitFor(() => expect($('#cp-status').textContent).toBe('Copied as Markdown'));
    expect(d.clipboard.writeText).toHaveBeenCalledWith('# md');
    expect($('#cp-status').getAttribute('role')).toBe('status');

    d.clipboard.writeText.mockRejectedValueOnce(new Error('denied'));
    $<HTMLButtonElement>('#cp-copy-text').click();
    await vi.waitFor(() => expect($('#cp-status').dataset.kind).toBe('error'));
    expect($('#cp-status').textContent).toContain('Could not copy');
  });

  it('closes on the close button and on Esc; Esc closes the settings panel first', async () => {
    const d = deps({ ok: true, value: payload });
    await startReader(document, d);
    $<HTMLButtonElement>('#cp-close').click();
    await vi.waitFor(() => expect(d.closeReader).toHaveBeenCalledTimes(1));
    // A pending settings write goes out before the frame is destroyed.
    expect(d.settings.flush.mock.invocationCallOrder[0]).toBeLessThan(d.closeReader.mock.invocationCallOrder[0] ?? 0);

    $<HTMLButtonElement>('#cp-settings').click();
    expect($('#cp-settings-panel').hidden).toBe(false);
    expect($('#cp-settings').getAttribute('aria-expanded')).toBe('true');
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect($('#cp-settings-panel').hidden).toBe(true);
    expect(d.closeReader).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.id).toBe('cp-settings');

    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(d.closeReader).toHaveBeenCalledTimes(2));
  });

  it('applies stored settings, saves panel changes and follows changes from elsewhere', async () => {
    const d = deps({ ok: true, value: payload }, { ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 24 });
    await startReader(document, d);
    const root = document.documentElement;
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--cp-font-size')).toBe('24px');

    $<HTMLButtonElement>('#cp-settings').click();
    $<HTMLInputElement>('#cp-settings-panel input[value="sepia"]').click();
    expect(root.dataset.theme).toBe('sepia');
    expect(d.settings.save).toHaveBeenCalledWith({ theme: 'sepia' });
    expect(d.settings.flush).toHaveBeenCalled(); // a discrete choice is written at once, not after the debounce

    d.settings.emit({ ...DEFAULT_SETTINGS, theme: 'light', lineWidth: 50 });
    expect(root.dataset.theme).toBe('light');
    expect(root.style.getPropertyValue('--cp-line-width')).toBe('50ch');
    expect($<HTMLInputElement>('#cp-settings-panel input[value="light"]').checked).toBe(true);
  });

  it('prints with the print button', async () => {
    const d = deps({ ok: true, value: payload });
    await startReader(document, d);
    $<HTMLButtonElement>('#cp-print').click();
    expect(d.print).toHaveBeenCalledOnce();
  });

  it('shows a background error with Open original and retries on Try again', async () => {
    let calls = 0;
    const d = deps(async () =>
      ++calls === 1 ? { ok: false, error: new ReaderError('server-error', { status: 503 }).data } : { ok: true, value: payload },
    );
    await startReader(document, { ...d, pageUrl: 'https://news.example/p/' });
    expect(document.documentElement.dataset.state).toBe('error');
    expect($('.cp-error .cp-error-message').textContent).toBe('The site answered with a server error.');
    expect($<HTMLAnchorElement>('a.cp-open-original').getAttribute('href')).toBe('https://news.example/p/');
    expect(document.activeElement).toBe($('.cp-error h1'));

    $<HTMLButtonElement>('.cp-retry').click();
    await vi.waitFor(() => expect(document.documentElement.dataset.state).toBe('ready'));
    expect(document.querySelector('.cp-error')).toBeNull();
    expect(document.querySelectorAll('main article')).toHaveLength(1);
  });

  it('turns a core exception (password-protected) and a messaging failure into the error view', async () => {
    const d = deps({ ok: true, value: payload });
    d.normalize.mockImplementation(() => {
      throw new ReaderError('password-protected');
    });
    await startReader(document, d);
    expect($('.cp-error').dataset.kind).toBe('password-protected');
    expect($<HTMLAnchorElement>('a.cp-open-original').getAttribute('href')).toBe(payload.detection.pageUrl);

    loadMarkup();
    await startReader(
      document,
      deps(() => Promise.reject(new Error('Extension context invalidated.'))),
    );
    expect(document.documentElement.dataset.state).toBe('error');
    expect($('.cp-error-message').textContent).not.toContain('Extension context');
  });
});
