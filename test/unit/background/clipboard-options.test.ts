import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSeedPost } from '../../support/corpus';
import type { CopySource } from '../../../src/shared/messages';
import { STORAGE_KEY } from '../../../src/shared/settings';

const sendRuntime = vi.fn(async (_type: string, _payload: unknown) => ({ text: 'copied' }));
vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));
vi.mock('../../../src/shared/messaging', () => ({ sendRuntime: (type: string, payload: unknown) => sendRuntime(type, payload) }));

const { browser } = await import('../reader/support/browser-mock');
const { copyToClipboard } = await import('../../../src/background/clipboard');
const { exportArticle } = await import('../../../src/offscreen/copy-article');

const seed = readSeedPost<{ link: string }>();
const source: CopySource = {
  kind: 'rest',
  article: {
    detection: { isWordPress: true, pageUrl: seed.link, pageKind: 'singular', signals: [] },
    fetched: { post: seed as never, jsonUrl: 'https://digitaltradecenter.com/wp-json/wp/v2/posts/12483' },
  },
};
const offscreen = { createDocument: vi.fn(async () => undefined), closeDocument: vi.fn(async () => undefined) };

beforeEach(async () => {
  sendRuntime.mockClear();
  (globalThis as { chrome?: unknown }).chrome = { offscreen, runtime: { getContexts: async () => [] } };
  await browser.storage.sync.set({ [STORAGE_KEY]: {} });
});
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

type Sent = { options: Parameters<typeof exportArticle>[2] };
function sentOptions(): Sent['options'] {
  const sent = sendRuntime.mock.calls[0]?.[1] as Sent | undefined;
  if (!sent) throw new Error('no copy request was sent');
  return sent.options;
}

describe('context-menu copy options', () => {
  it('defaults: inline links, images kept, no front matter', async () => {
    await copyToClipboard('markdown', source);
    expect(sendRuntime).toHaveBeenCalledWith('offscreenCopy', expect.objectContaining({ format: 'markdown', source }));
    expect(sentOptions().markdown).toEqual({ links: 'inline', images: 'keep' });
  });

  it("the user's Markdown settings reach the offscreen export, and shape what is copied", async () => {
    await browser.storage.sync.set({ [STORAGE_KEY]: { mdFrontMatter: true, mdLinks: 'reference', mdImages: 'none' } });
    // (The seed's body has neither links nor images: the styles' output is core/export's own test, keep.test.ts.)
    await copyToClipboard('markdown', source);
    const options = sentOptions();
    expect(options.markdown).toEqual({ links: 'reference', images: 'none', frontMatter: { accessed: expect.any(Date) } });
    const markdown = exportArticle('markdown', source, options).text;
    expect(markdown).toMatch(/^---\ntitle: "China celebrates DeepSeek’s breakout AI success/);
    expect(markdown).toMatch(/\naccessed: \d{4}-\d{2}-\d{2}T[\d:]+Z\nurl: "https:\/\/digitaltradecenter\.com\/index\.php\/2025\/01\/28\//);
    expect(markdown).toMatch(/\npost_id: 12483\n---\n\n# China celebrates/);
  });
});
