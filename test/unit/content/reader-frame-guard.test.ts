/**
 * The reader host against page scripts that remove or restyle it (issue 5, "The page fights back"; the real
 * browsers run the same in test/hostile/page.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { MAX_REPAIRS, mountReaderFrame } from '../../../src/content/reader-frame';
import { HOST_TAG } from '../../../src/shared/paths';

const ticks = async (n = 5): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

function freshDoc(): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.body.innerHTML = '<p>page</p>';
  return doc;
}

describe('reader host guard', () => {
  it('is put back (same frame) when a page script removes it once, and stays open', async () => {
    const doc = freshDoc();
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    doc.documentElement.removeChild(reader.host);
    await ticks();
    expect(reader.host.isConnected).toBe(true);
    expect(reader.isOpen).toBe(true);
    expect(doc.getElementsByTagName(HOST_TAG)).toHaveLength(1);
    reader.close();
  });

  it('is put back when the page replaces <html> children wholesale', async () => {
    const doc = freshDoc();
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    doc.documentElement.replaceChildren(doc.createElement('head'), doc.createElement('body'));
    await ticks();
    expect(reader.isOpen).toBe(true);
  });

  it('gives up after MAX_REPAIRS against a MutationObserver that removes every added node, and says so once', async () => {
    const doc = freshDoc();
    let removed = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.parentNode) removed++, n.parentNode.removeChild(n);
    }).observe(doc.documentElement, { childList: true, subtree: true });
    const onEvicted = vi.fn();
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader', { onEvicted });
    await ticks(20);
    expect(onEvicted).toHaveBeenCalledTimes(1);
    expect(removed).toBe(MAX_REPAIRS + 1);
    expect(reader.isOpen).toBe(false);
    expect(doc.getElementsByTagName(HOST_TAG)).toHaveLength(0);
  });

  it('restores its declarations when a page script rewrites its style', async () => {
    const doc = freshDoc();
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    reader.host.setAttribute('style', 'display: none !important');
    reader.host.hidden = true;
    await ticks();
    expect(reader.host.style.getPropertyValue('display')).toBe('block');
    expect(reader.host.style.getPropertyPriority('display')).toBe('important');
    expect(reader.host.hidden).toBe(false);
  });

  it('after close, a removal is not undone and the page is as before', async () => {
    const doc = freshDoc();
    const before = doc.documentElement.outerHTML;
    const reader = mountReaderFrame(doc, 'about:blank#x', 'Reader');
    reader.close();
    await ticks();
    expect(doc.getElementsByTagName(HOST_TAG)).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
