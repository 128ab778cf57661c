/** src/reader/page-snapshot.ts: the reader asks its own tab for the page's markup, the background's relay only when that way is not there. */
import { describe, expect, it, vi } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import { pageSnapshot, type SnapshotRoutes } from '../../../src/reader/page-snapshot';

const fromTab = { html: '<html><body><p>asked the tab</p></body></html>', url: 'https://example.org/a/' };
const relayed = { html: '<html><body><p>relayed</p></body></html>', url: 'https://example.org/a/' };

function routes(over: Partial<SnapshotRoutes> = {}) {
  return {
    currentTab: vi.fn(async () => 7 as number | undefined),
    fromTab: vi.fn(async (_tabId: number) => fromTab),
    viaBackground: vi.fn(async () => relayed),
    ...over,
  };
}

describe('pageSnapshot', () => {
  it("asks the content script of the reader's own tab, not the background", async () => {
    const r = routes();
    await expect(pageSnapshot(r)).resolves.toEqual(fromTab);
    expect(r.fromTab).toHaveBeenCalledWith(7);
    expect(r.viaBackground).not.toHaveBeenCalled();
  });

  it('no tab known (or tabs.getCurrent failing): the background relays', async () => {
    const none = routes({ currentTab: vi.fn(async () => undefined) });
    await expect(pageSnapshot(none)).resolves.toEqual(relayed);
    expect(none.fromTab).not.toHaveBeenCalled();
    const failing = routes({ currentTab: vi.fn(async () => Promise.reject(new Error('no tabs API here'))) });
    await expect(pageSnapshot(failing)).resolves.toEqual(relayed);
  });

  it.each(['page-no-answer', 'no-answer', 'message-refused'] as const)(
    'nothing in the tab took the request (%s): the background relays',
    async (detail) => {
      const r = routes({ fromTab: vi.fn(async () => Promise.reject(new ReaderError('internal', { detail }))) });
      await expect(pageSnapshot(r)).resolves.toEqual(relayed);
      expect(r.viaBackground).toHaveBeenCalledOnce();
    },
  );

  it.each([
    new ReaderError('bad-response', { detail: 'page-too-large' }),
    new ReaderError('bad-response', { detail: 'data-tab' }),
    new ReaderError('cancelled', { detail: 'reader-gone' }),
  ])("the content script's own refusal stands ($message): the page is not serialised a second time", async (refusal) => {
    const r = routes({ fromTab: vi.fn(async () => Promise.reject(refusal)) });
    await expect(pageSnapshot(r)).rejects.toBe(refusal);
    expect(r.viaBackground).not.toHaveBeenCalled();
  });
});
