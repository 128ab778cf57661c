import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { buildPayload, writePayload } = await import('../../../src/reader/copy');
const { makeArticle } = await import('./support/article');

const exporters = {
  toPlainText: (a: { title: string }) => `TEXT ${a.title}`,
  toMarkdown: (a: { title: string }) => `# ${a.title}`,
  toHtml: (a: { title: string }) => `<h1>${a.title}</h1>`,
};

/** jsdom's Blob has no .text(); FileReader is there. */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

const originalExecCommand = document.execCommand;

afterEach(() => {
  document.execCommand = originalExecCommand;
  vi.unstubAllGlobals();
  delete window.__clearpostLastCopy;
});

describe('copy', () => {
  const article = makeArticle({ title: 'T' });

  it('builds the payload from the core exports', () => {
    expect(buildPayload('text', article, exporters)).toEqual({ format: 'text', text: 'TEXT T' });
    expect(buildPayload('markdown', article, exporters)).toEqual({ format: 'markdown', text: '# T' });
    expect(buildPayload('html', article, exporters)).toEqual({ format: 'html', text: 'TEXT T', html: '<h1>T</h1>' });
  });

  it('writes text and Markdown with writeText', async () => {
    const clipboard = { writeText: vi.fn(async () => undefined), write: vi.fn() };
    await writePayload({ format: 'markdown', text: '# T' }, clipboard);
    expect(clipboard.writeText).toHaveBeenCalledWith('# T');
    expect(clipboard.write).not.toHaveBeenCalled();
  });

  it('writes rich HTML as text/html + text/plain', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const clipboard = { writeText: vi.fn(), write: vi.fn(async (_items: unknown[]) => undefined) };
    await writePayload({ format: 'html', text: 'TEXT T', html: '<h1>T</h1>' }, clipboard);
    const item = clipboard.write.mock.calls[0]?.[0][0] as unknown as FakeClipboardItem;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(await blobText(item.items['text/html'])).toBe('<h1>T</h1>');
    expect(item.items['text/html']?.type).toBe('text/html');
    expect(await blobText(item.items['text/plain'])).toBe('TEXT T');
  });

  it('rejects when neither the async clipboard nor the copy event works', async () => {
    const clipboard = { writeText: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) };
    await expect(writePayload({ format: 'text', text: 'x' }, clipboard)).rejects.toThrow('denied');
  });

  it('falls back to the copy event with both flavours', async () => {
    let seen: Record<string, string> = {};
    document.execCommand = vi.fn(() => {
      const data = new Map<string, string>();
      const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, 'clipboardData', { value: { setData: (k: string, v: string) => data.set(k, v) } });
      document.dispatchEvent(event);
      seen = Object.fromEntries(data);
      return true;
    });
    await writePayload({ format: 'html', text: 'plain', html: '<b>rich</b>' }, { writeText: vi.fn() });
    expect(seen).toEqual({ 'text/plain': 'plain', 'text/html': '<b>rich</b>' });
  });

  it('records the payload for e2e only in test builds', async () => {
    const clipboard = { writeText: vi.fn(async () => undefined) };
    await writePayload({ format: 'text', text: 'a' }, clipboard);
    expect(window.__clearpostLastCopy).toBeUndefined();
    vi.stubGlobal('__CLEARPOST_TEST__', true);
    await writePayload({ format: 'text', text: 'b' }, clipboard);
    expect(window.__clearpostLastCopy).toEqual({ format: 'text', text: 'b' });
  });
});
