/**
 * The reader host against a page that hides, moves, disables or covers it instead of removing it (issue 13,
 * security 4; the real browsers run the same in test/hostile/page.test.ts with support/page-hide-scripts.ts).
 * jsdom has no layout or hit testing: what it checks here is the guard's bookkeeping (repairs, exact restore on
 * close); the browsers check that the reader is really seen and usable.
 */
import { describe, expect, it, vi } from 'vitest';
import { MAX_REPAIRS, mountReaderFrame } from '../../../src/content/reader-frame';
import { HOST_TAG } from '../../../src/shared/paths';
import { hostProblem } from '../../../src/content/host-guard';

const ticks = async (n = 5): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

/** The test's own window document (computed styles need a window), reset to a small page. */
function windowDoc(): Document {
  for (const n of [...document.documentElement.attributes]) document.documentElement.removeAttribute(n.name);
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  document.body.innerHTML = '<p>page</p>';
  return document;
}

function freshDoc(): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.documentElement.setAttribute('lang', 'en');
  doc.body.innerHTML = '<p>page</p><div id="hideout" hidden></div>';
  return doc;
}

describe('reader host: moved, hidden, inert, covered', () => {
  it('moved into a hidden element: goes back to <html>', async () => {
    const doc = freshDoc();
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    doc.getElementById('hideout')!.append(reader.host);
    await ticks();
    expect(reader.host.parentNode).toBe(doc.documentElement);
    expect(reader.isOpen).toBe(true);
    reader.close();
  });

  it('inert on <html>: taken off while the reader is open, put back exactly on close', async () => {
    const doc = freshDoc();
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    doc.documentElement.setAttribute('inert', 'page-value');
    await ticks();
    expect(doc.documentElement.hasAttribute('inert')).toBe(false);
    expect(hostProblem(doc, reader.host, reader.host.getAttribute('style'))).toBeUndefined();
    reader.close();
    expect(doc.documentElement.getAttribute('inert')).toBe('page-value');
  });

  it('<html> hidden by its style: undone with !important declarations, its style attribute put back on close', async () => {
    const doc = windowDoc();
    doc.documentElement.setAttribute('style', 'color: red');
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    doc.documentElement.style.setProperty('opacity', '0');
    doc.documentElement.style.setProperty('display', 'none');
    await ticks();
    const root = doc.documentElement;
    expect([root.style.getPropertyValue('opacity'), root.style.getPropertyValue('display')]).toEqual(['1', 'block']);
    reader.close();
    expect(root.getAttribute('style')).toBe('color: red; opacity: 0; display: none;');
  });

  it('a positioned element put after the host in <html>: the host goes back on top (to the end)', async () => {
    const doc = windowDoc();
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    const overlay = doc.createElement('div');
    overlay.setAttribute('style', 'position: fixed; inset: 0; z-index: 2147483647');
    doc.documentElement.append(overlay);
    await ticks();
    expect(doc.documentElement.lastElementChild).toBe(reader.host);
    reader.close();
    expect(doc.documentElement.lastElementChild).toBe(overlay);
  });

  it('a page that keeps hiding it wins after MAX_REPAIRS: evicted once, <html> as the page left it', async () => {
    const doc = freshDoc();
    const onEvicted = vi.fn();
    new MutationObserver(() => {
      if (!doc.documentElement.hasAttribute('inert')) doc.documentElement.setAttribute('inert', '');
    }).observe(doc.documentElement, { attributes: true });
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader', { onEvicted });
    doc.documentElement.setAttribute('inert', '');
    await ticks(30);
    expect(onEvicted).toHaveBeenCalledTimes(1);
    expect(onEvicted).toHaveBeenCalledWith('removed');
    expect(reader.isOpen).toBe(false);
    expect(doc.getElementsByTagName(HOST_TAG)).toHaveLength(0);
    expect(doc.documentElement.hasAttribute('inert')).toBe(true);
    expect(MAX_REPAIRS).toBeGreaterThan(0);
  });

  it('a benign page is left alone: no repair, nothing written to <html>', async () => {
    const doc = freshDoc();
    const before = doc.documentElement.outerHTML;
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    doc.body.append(doc.createElement('p')); // the page going on with its life
    doc.documentElement.className = 'js scrolled';
    await ticks();
    expect(hostProblem(doc, reader.host, reader.host.getAttribute('style'))).toBeUndefined();
    expect(doc.documentElement.hasAttribute('style')).toBe(false);
    reader.close();
    doc.documentElement.removeAttribute('class');
    doc.body.lastElementChild!.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
