import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../../../src/core/types';
import { createContentApp, type ContentDeps } from '../../../src/content/content-app';
import { detectPage } from '../../../src/content/page-detection';
import { HOST_TAG } from '../../../src/shared/paths';

const detection: Detection = { isWordPress: true, pageUrl: 'https://ex.com/p/', pageKind: 'singular', signals: [] };

function setupPage(): void {
  document.documentElement.innerHTML = '<head><title>t</title></head><body><p>Hello</p><button id="b">B</button></body>';
}

/** Every app a test made, closed after it: one left open would guard its host into the next test's page. */
const apps: { close(): void }[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

function makeApp(overrides: Partial<ContentDeps> = {}) {
  const send = vi.fn(async () => undefined);
  let n = 0;
  const app = createContentApp({
    doc: document,
    pageUrl: () => 'https://ex.com/p/',
    detect: async () => detection,
    send,
    readerUrl: (session, page) => `chrome-extension://id/src/reader/reader.html#session=${session}&page=${encodeURIComponent(page)}`,
    frameTitle: 'Clearpost reader',
    newSession: () => `s${++n}`,
    ...overrides,
  });
  apps.push(app);
  return { app, send };
}

describe('content script app', () => {
  it('opens the frame at once, then starts the session with the detection', async () => {
    setupPage();
    let release: (d: Detection) => void = () => undefined;
    const { app, send } = makeApp({ detect: () => new Promise((r) => (release = r)) });
    const opening = app.toggle();
    // The frame is there before detection finished: the loading state shows immediately.
    const host = document.querySelector(HOST_TAG);
    expect(host).not.toBeNull();
    expect(host?.parentElement).toBe(document.documentElement);
    expect(send).not.toHaveBeenCalled();
    release(detection);
    await expect(opening).resolves.toEqual({ open: true });
    expect(send).toHaveBeenCalledWith('startSession', { session: 's1', detection });
  });

  it('a page that keeps deleting the reader ends the session and the background is told (no silent vanish)', async () => {
    setupPage();
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) n.parentNode?.removeChild(n);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const { app, send } = makeApp();
    await app.toggle();
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('readerEvicted', { session: 's1' }));
    observer.disconnect();
    expect(send).toHaveBeenCalledWith('cancelSession', { session: 's1' });
    expect(app.isOpen).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('isolates the frame: closed shadow root, styled through CSSOM only, max z-index', async () => {
    setupPage();
    const { app } = makeApp();
    await app.toggle();
    const host = document.querySelector<HTMLElement>(HOST_TAG)!;
    expect(host.shadowRoot).toBeNull(); // closed
    expect(host.style.getPropertyValue('z-index')).toBe('2147483647');
    // (jsdom's CSSOM drops `!important` priorities; real browsers keep them.)
    expect(host.style.getPropertyValue('all')).toBe('initial');
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(document.querySelectorAll('iframe')).toHaveLength(0); // the frame is inside the closed root
    app.close();
  });

  it('a second toggle closes; the page DOM, focus and scroll are exactly as before', async () => {
    setupPage();
    const before = document.documentElement.outerHTML;
    const button = document.getElementById('b') as HTMLButtonElement;
    button.focus();
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const { app, send } = makeApp();
    await app.toggle();
    expect(document.activeElement).not.toBe(button);
    await expect(app.toggle()).resolves.toEqual({ open: false });
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(button);
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    expect(send).toHaveBeenLastCalledWith('cancelSession', { session: 's1' });
    scrollTo.mockRestore();
  });

  it('a synthetic Esc from the page (isTrusted false) does not close the reader', async () => {
    // A real key press closes it (test/e2e/reader-close.test.ts "Esc in the page"); jsdom can only dispatch
    // untrusted events, which is exactly what a page script can do.
    setupPage();
    const { app, send } = makeApp();
    await app.toggle();
    for (const target of [document.body, document, window]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
    expect(app.isOpen).toBe(true);
    expect(send).not.toHaveBeenCalledWith('cancelSession', expect.anything());
    app.close();
  });

  it('reopens cleanly when the page removed our host, with a new session', async () => {
    setupPage();
    const { app, send } = makeApp();
    await app.toggle();
    document.querySelector(HOST_TAG)!.remove();
    expect(app.isOpen).toBe(false);
    await expect(app.toggle()).resolves.toEqual({ open: true });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(send).toHaveBeenCalledWith('startSession', { session: 's2', detection });
    app.close();
  });

  it('a failing detection still starts the session (the reader then says "not WordPress")', async () => {
    setupPage();
    const { app, send } = makeApp({
      detect: async () => {
        throw new TypeError('bug');
      },
    });
    await expect(app.toggle()).resolves.toEqual({ open: true });
    expect(send).toHaveBeenCalledWith('startSession', {
      session: 's1',
      detection: { isWordPress: false, pageUrl: 'https://ex.com/p/', pageKind: 'unknown', signals: [] },
    });
    app.close();
  });

  it('copy mode only detects: nothing is added to the page', async () => {
    setupPage();
    const before = document.documentElement.outerHTML;
    const { app, send } = makeApp();
    await expect(app.detect()).resolves.toBe(detection);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('detectPage', () => {
  const post = {
    id: 12483,
    type: 'post',
    link: 'http://127.0.0.1:9000/2025/01/28/post/',
    title: { rendered: 'Hello' },
    content: { rendered: '<p>Body</p>' },
  };
  const jsonUrl = 'http://127.0.0.1:9000/wp-json/wp/v2/posts/12483';

  it('reads a JSON tab shown as <pre> (Chromium) without fetching', async () => {
    const doc = document.implementation.createHTMLDocument('');
    const pre = doc.createElement('pre');
    pre.textContent = JSON.stringify(post);
    doc.body.append(pre);
    const fetchText = vi.fn();
    const det = await detectPage(doc, jsonUrl, fetchText);
    expect(det.rawJson?.kind).toBe('post');
    expect(det.postId).toBe(12483);
    expect(fetchText).not.toHaveBeenCalled();
  });

  it('re-reads the JSON when the tab is a JSON viewer whose DOM is not the JSON (Firefox)', async () => {
    const doc = new DOMParser().parseFromString('<div id="json">JSON Raw Data Headers</div>', 'text/html');
    Object.defineProperty(doc, 'contentType', { value: 'application/json' });
    const fetchText = vi.fn(async () => JSON.stringify(post));
    const det = await detectPage(doc, jsonUrl, fetchText);
    expect(fetchText).toHaveBeenCalledWith(jsonUrl);
    expect(det.rawJson?.kind).toBe('post');
    expect(det.isWordPress).toBe(true);
  });

  it('keeps the page detection when re-reading fails, and never fetches for HTML pages', async () => {
    const viewer = new DOMParser().parseFromString('<div>viewer</div>', 'text/html');
    Object.defineProperty(viewer, 'contentType', { value: 'application/json' });
    const det = await detectPage(viewer, jsonUrl, async () => {
      throw new Error('offline');
    });
    expect(det.rawJson).toBeUndefined();
    const html = new DOMParser().parseFromString('<p>hi</p>', 'text/html');
    const fetchText = vi.fn();
    await detectPage(html, 'https://ex.com/', fetchText);
    expect(fetchText).not.toHaveBeenCalled();
  });
});
