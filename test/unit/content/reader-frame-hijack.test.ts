/**
 * The reader frame against a page that wants to show its own content in the reader's place (issue 5, "the page
 * fights back"; the real browsers run the same in test/hostile/page.test.ts):
 * - a page that registers our host's tag as a custom element gets no handle on the closed shadow root (and so
 *   none on the iframe) through ElementInternals;
 * - a load of the reader frame that we did not start (the frame was navigated away) puts a fresh reader frame in
 *   its place, at most MAX_REPAIRS times together with host repairs, then the reader is evicted with the reason.
 * jsdom does not load frames of a document without a window, so every `load` here is one the test fires.
 */
import { describe, expect, it, vi } from 'vitest';
import { createContentApp } from '../../../src/content/content-app';
import { MAX_REPAIRS, mountReaderFrame, type EvictionReason } from '../../../src/content/reader-frame';
import { HOST_TAG } from '../../../src/shared/paths';
import type { Detection } from '../../../src/core/types';

const SRC = 'chrome-extension://id/src/reader/reader.html#session=s1';

const ticks = async (n = 5): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

function freshDoc(): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.body.innerHTML = '<p>page</p>';
  return doc;
}

const load = (frame: HTMLIFrameElement): boolean => frame.dispatchEvent(new Event('load'));

describe('a page that registers the host tag as its own custom element', () => {
  it('gets no shadow root (and no iframe) through attachInternals', () => {
    // The page's script, before Clearpost runs (jsdom: the test's own window stands for the page's world).
    const seen: { internals?: ElementInternals; element?: HTMLElement } = {};
    customElements.define(
      HOST_TAG,
      class extends HTMLElement {
        constructor() {
          super();
          seen.element = this;
          seen.internals = this.attachInternals();
        }
      },
    );
    document.body.innerHTML = '<p>page</p>';
    const reader = mountReaderFrame(document, 'about:blank#x', 'Reader');
    // The page's class did upgrade our host once it was connected (that is allowed, and harmless)...
    expect(seen.element).toBe(reader.host);
    // ...but the closed root was attached before: it is not available to the page's internals.
    expect(seen.internals?.shadowRoot ?? null).toBeNull();
    expect(reader.host.shadowRoot).toBeNull();
    expect(reader.frame.isConnected).toBe(true);
    reader.close();
  });
});

describe('reader frame navigated away', () => {
  it('the first load is ours: the frame stays', async () => {
    const doc = freshDoc();
    const reader = mountReaderFrame(doc, SRC, 'Reader');
    const first = reader.frame;
    load(first);
    await ticks();
    expect(reader.frame).toBe(first);
    expect(first.isConnected).toBe(true);
    reader.close();
  });

  it('a second load is a navigation we did not start: a fresh reader frame replaces it', async () => {
    const doc = freshDoc();
    const onEvicted = vi.fn();
    const reader = mountReaderFrame(doc, SRC, 'Reader', { onEvicted });
    const first = reader.frame;
    load(first);
    load(first); // e.g. frame.contentWindow.location = 'https://evil.example/'
    const fresh = reader.frame;
    expect(fresh).not.toBe(first);
    expect(first.isConnected, 'the hijacked frame (and its document) is gone').toBe(false);
    expect(fresh.isConnected).toBe(true);
    expect(fresh.getAttribute('src')).toBe(SRC);
    expect(fresh.getAttribute('allow')).toBe('clipboard-write');
    expect(fresh.title).toBe('Reader');
    expect(fresh.hasAttribute('name')).toBe(false);
    expect(fresh.parentNode?.childNodes).toHaveLength(1);
    expect(fresh.style.getPropertyValue('height')).toBe('100%');
    // The replacement's own load is ours; a load of the old frame no longer counts.
    load(fresh);
    load(first);
    expect(reader.frame).toBe(fresh);
    expect(reader.isOpen).toBe(true);
    expect(onEvicted).not.toHaveBeenCalled();
    reader.close();
  });

  it('gives up after MAX_REPAIRS navigations and says why, once', async () => {
    const doc = freshDoc();
    const onEvicted = vi.fn<(reason: EvictionReason) => void>();
    const reader = mountReaderFrame(doc, SRC, 'Reader', { onEvicted });
    const frames = new Set<HTMLIFrameElement>();
    for (let i = 0; i <= MAX_REPAIRS + 1; i++) {
      const f = reader.frame;
      frames.add(f);
      load(f); // ours
      load(f); // not ours
    }
    expect(frames.size).toBe(MAX_REPAIRS + 1);
    expect(onEvicted).toHaveBeenCalledTimes(1);
    expect(onEvicted).toHaveBeenCalledWith('navigated');
    expect(reader.isOpen).toBe(false);
    expect(doc.getElementsByTagName(HOST_TAG)).toHaveLength(0);
    await ticks();
    expect(doc.getElementsByTagName(HOST_TAG), 'the guard does not put an evicted host back').toHaveLength(0);
  });

  it('the reload after our own re-mount (host removed by the page) is not taken for a navigation', async () => {
    const doc = freshDoc();
    const onEvicted = vi.fn();
    const reader = mountReaderFrame(doc, SRC, 'Reader', { onEvicted });
    const first = reader.frame;
    load(first);
    doc.documentElement.removeChild(reader.host);
    await ticks();
    expect(reader.host.isConnected).toBe(true);
    load(first); // the frame reloads the reader because the host went back in
    expect(reader.frame).toBe(first);
    load(first); // and only then would another load be foreign
    expect(reader.frame).not.toBe(first);
    expect(onEvicted).not.toHaveBeenCalled();
    reader.close();
  });

  it('host repairs and frame replacements share one budget', async () => {
    const doc = freshDoc();
    const onEvicted = vi.fn<(reason: EvictionReason) => void>();
    const reader = mountReaderFrame(doc, SRC, 'Reader', { onEvicted });
    load(reader.frame);
    for (let i = 0; i < MAX_REPAIRS; i++) {
      doc.documentElement.removeChild(reader.host);
      await ticks();
      load(reader.frame); // the reload after the re-mount
    }
    expect(reader.isOpen).toBe(true);
    load(reader.frame); // a navigation, with no repair left
    expect(onEvicted).toHaveBeenCalledWith('navigated');
    expect(reader.isOpen).toBe(false);
  });

  it('after close, loads change nothing and the page is as before', async () => {
    const doc = freshDoc();
    const before = doc.documentElement.outerHTML;
    const onEvicted = vi.fn();
    const reader = mountReaderFrame(doc, SRC, 'Reader', { onEvicted });
    const first = reader.frame;
    load(first);
    reader.close();
    load(first);
    await ticks();
    expect(reader.frame).toBe(first);
    expect(onEvicted).not.toHaveBeenCalled();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('content script: a page that keeps navigating the reader away', () => {
  it('ends the session and tells the background why', async () => {
    const doc = freshDoc();
    // The test needs what only the content script has: the closed root. It keeps the one attachShadow returns.
    const attach = Element.prototype.attachShadow;
    let root: ShadowRoot | undefined;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    });
    const send = vi.fn(async () => undefined);
    const detection: Detection = { isWordPress: true, pageUrl: 'https://ex.com/p/', pageKind: 'singular', signals: [] };
    const app = createContentApp({
      doc,
      pageUrl: () => 'https://ex.com/p/',
      detect: async () => detection,
      send,
      readerUrl: (session) => `chrome-extension://id/src/reader/reader.html#session=${session}`,
      frameTitle: 'Clearpost reader',
      newSession: () => 's1',
    });
    try {
      await app.toggle();
      const frame = (): HTMLIFrameElement => root!.querySelector('iframe')!;
      load(frame()); // the reader loading
      load(frame()); // navigated away: replaced
      expect(app.isOpen).toBe(true);
      expect(send).not.toHaveBeenCalledWith('readerEvicted', expect.anything());
      for (let i = 0; i < MAX_REPAIRS; i++) {
        load(frame());
        load(frame());
      }
      await vi.waitFor(() => expect(send).toHaveBeenCalledWith('readerEvicted', { session: 's1', reason: 'navigated' }));
      expect(send).toHaveBeenCalledWith('cancelSession', { session: 's1' });
      expect(app.isOpen).toBe(false);
      expect(doc.getElementsByTagName(HOST_TAG)).toHaveLength(0);
    } finally {
      spy.mockRestore();
    }
  });
});
