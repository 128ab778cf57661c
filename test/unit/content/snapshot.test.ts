/**
 * The content script's page snapshot (issue 4): it only serialises the page, never contains our reader (the
 * closed shadow root is not serialisable, the empty host is cut out), leaves the page untouched, refuses
 * data tabs and huge pages with a clear error, and answers only its own open reader.
 */
import { describe, expect, it, vi } from 'vitest';
import { createContentApp } from '../../../src/content/content-app';
import { HOST_TAG } from '../../../src/shared/paths';
import { ReaderError } from '../../../src/core/errors';
import type { Detection } from '../../../src/core/types';
import { canExtract, MAX_SNAPSHOT_CHARS, parseSnapshot, serializePage } from '../../../src/shared/page-snapshot';

const PAGE =
  '<head><title>Harbour cranes</title></head><body class="single"><article><h1>Harbour cranes</h1><p>Text of the post.</p></article><script>window.x = 1</script></body>';
const detection: Detection = { isWordPress: true, pageUrl: 'https://ex.com/p/', pageKind: 'singular', signals: [] };

function makeApp() {
  document.documentElement.innerHTML = PAGE;
  let n = 0;
  return createContentApp({
    doc: document,
    pageUrl: () => 'https://ex.com/p/#comments',
    detect: async () => detection,
    send: vi.fn(async () => undefined),
    readerUrl: (session) => `chrome-extension://id/src/reader/reader.html#session=${session}`,
    frameTitle: 'Clearpost reader',
    newSession: () => `s${++n}`,
  });
}

describe('page snapshot (content script)', () => {
  it('serialises the page without our reader host, and changes nothing', async () => {
    const app = makeApp();
    await app.toggle();
    const host = document.querySelector(HOST_TAG)!;
    // A page script may put light-DOM nodes into our host: they go with it.
    host.append(document.createElement('b'));
    const before = document.documentElement.outerHTML;
    expect(before).toContain(`<${HOST_TAG}`);

    const snap = app.snapshot('s1');
    expect(snap.url).toBe('https://ex.com/p/#comments');
    expect(snap.html).not.toContain(HOST_TAG);
    expect(snap.html).not.toContain('reader.html'); // the frame lives in the closed root: never serialised
    expect(snap.html).toContain('<p>Text of the post.</p>');
    expect(snap.html).toContain('<body class="single">');
    expect(document.documentElement.outerHTML).toBe(before);
    app.close();
  });

  it('answers only the reader that is open (a closed or stale session gets a clear error)', async () => {
    const app = makeApp();
    await app.toggle();
    expect(() => app.snapshot('other')).toThrow(ReaderError);
    app.close();
    expect(() => app.snapshot('s1')).toThrow(expect.objectContaining({ data: { kind: 'cancelled', detail: 'reader-gone' } }));
    // Copy mode (context menu): no reader, no session.
    expect(app.snapshot().html).toContain('Text of the post.');
  });

  it('refuses pages beyond the size cap and JSON tabs with their own detail', () => {
    makeApp();
    const big = document.createElement('p');
    big.textContent = 'x'.repeat(MAX_SNAPSHOT_CHARS);
    document.body.append(big);
    expect(() => serializePage(document)).toThrow(expect.objectContaining({ data: { kind: 'bad-response', detail: 'page-too-large' } }));
    big.remove();

    const json = document.implementation.createDocument(null, null, null);
    Object.defineProperty(json, 'contentType', { value: 'application/json' });
    expect(() => serializePage(json)).toThrow(expect.objectContaining({ data: { kind: 'bad-response', detail: 'data-tab' } }));
  });
});

describe('parseSnapshot (extension pages)', () => {
  it('parses inert: no script runs, any host that slipped through is dropped', () => {
    const doc = parseSnapshot(
      `<!DOCTYPE html><html><body><p id="a">A</p><img src="x" onerror="window.__ran = 1"><script>window.__ran = 2</script><${HOST_TAG}><p>ours</p></${HOST_TAG}></body></html>`,
    );
    expect(doc.getElementById('a')?.textContent).toBe('A');
    expect(doc.querySelector(HOST_TAG)).toBeNull();
    expect(doc.body.textContent).not.toContain('ours');
    expect((window as { __ran?: number }).__ran).toBeUndefined();
    expect(doc.defaultView).toBeNull(); // no browsing context
  });

  it('drops names and ids that would clobber the document or a form (Firefox shadows members even in DOMParser documents)', () => {
    const doc = parseSnapshot(
      '<form name="querySelector"><input name="getElementsByTagName"><input name="email" id="attributes"></form>' +
        '<img name="body" src="a.png"><img name="photo" id="hero" src="b.png"><object id="implementation"></object><p id="body">text</p>',
    );
    const named = [...doc.querySelectorAll('[name], [id]')].map((e) => `${e.tagName.toLowerCase()} ${e.getAttribute('name') ?? ''}#${e.id}`);
    // Kept: names that shadow nothing, and ids of elements that never clobber (a <p id=body> is not a named property).
    expect(named).toEqual(['input email#', 'img photo#hero', 'p #body']);
    expect(doc.querySelectorAll('form, img, object')).toHaveLength(4);
  });

  it('round-trips what serializePage produced', () => {
    makeApp();
    const doc = parseSnapshot(serializePage(document));
    expect(doc.compatMode).toBe('CSS1Compat');
    expect(doc.querySelector('article h1')?.textContent).toBe('Harbour cranes');
  });
});

describe('canExtract', () => {
  it('REST failures the page can cure, not answers about the page, not raw JSON tabs', () => {
    for (const kind of ['rest-disabled', 'not-found', 'timeout', 'network', 'bad-response', 'server-error', 'not-wordpress'] as const) {
      expect(canExtract(new ReaderError(kind).data, detection), kind).toBe(true);
    }
    for (const kind of ['password-protected', 'not-an-article', 'cancelled'] as const)
      expect(canExtract(new ReaderError(kind).data), kind).toBe(false);
    expect(canExtract(new ReaderError('not-found').data, { ...detection, rawJson: { kind: 'error', data: {} } })).toBe(false);
  });
});
