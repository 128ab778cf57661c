/**
 * The background binds every session and every context-menu copy to the page the BROWSER reports for the
 * sender (issue 13, security 1). A compromised renderer can send any message our content script could; here
 * the forged messages go through the real handlers, the real Sessions and the real REST client, with a fetch
 * that records every URL: no request may reach another origin.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { Detection } from '../../../src/core/types';

const sendToTab = vi.fn();
const flashBadge = vi.fn(async (..._args: unknown[]) => undefined);
vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));
vi.mock('../../../src/shared/messaging', () => ({ sendToTab: (...args: unknown[]) => sendToTab(...args) }));
vi.mock('../../../src/background/badge', () => ({ flashBadge: (...args: unknown[]) => flashBadge(...args), setBadge: async () => undefined }));
vi.mock('../../../src/background/open-reader', () => ({ prepareTab: async (tab: { id: number }) => tab.id }));
vi.mock('../../../src/background/clipboard', () => ({ copyToClipboard: async () => 'copied' }));

const { tabUrls } = await import('../reader/support/browser-mock');
const { backgroundHandlers } = await import('../../../src/background/handlers');
const { Sessions } = await import('../../../src/background/sessions');
const { fetchPost } = await import('../../../src/core/rest');
const { copyFromMenu } = await import('../../../src/background/copy-from-menu');

const HOME = 'http://127.0.0.1:8101';
const ELSEWHERE = 'http://127.0.0.1:8102';
const requested: string[] = [];
const recordingFetch = (async (input: RequestInfo | URL) => {
  requested.push(String(input));
  return new Response('{"code":"rest_no_route"}', { status: 404, headers: { 'content-type': 'application/json' } });
}) as typeof fetch;

function detectionOn(origin: string): Detection {
  return {
    isWordPress: true,
    pageUrl: `${origin}/2025/01/28/post/`,
    restRoot: `${origin}/wp-json/`,
    postJsonUrl: `${origin}/wp-json/wp/v2/posts/12`,
    postId: 12,
    pageKind: 'singular',
    signals: [{ kind: 'api-link', value: `${origin}/wp-json/` }],
  };
}

/** A content script in tab `tabId`'s top frame on HOME, as the browser describes it. */
function contentSender(tabId: number, extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender {
  return { id: 'clearpost', url: `${HOME}/2025/01/28/post/`, frameId: 0, tab: { id: tabId, url: `${HOME}/2025/01/28/post/` } as never, ...extra };
}

function setup() {
  const sessions = new Sessions({ fetchPost: (d, { signal }) => fetchPost(d, { signal, fetch: recordingFetch }), waitForStartMs: 50 });
  return { sessions, handlers: backgroundHandlers(sessions) };
}

const origins = (): string[] => [...new Set(requested.map((u) => new URL(u).origin))];

beforeEach(() => {
  requested.length = 0;
  sendToTab.mockReset();
  flashBadge.mockClear();
});

describe("startSession is bound to the sender's page", () => {
  it("control: a detection of the sender's own page is fetched from that origin", async () => {
    const { sessions, handlers } = setup();
    await handlers.startSession({ session: 's', detection: detectionOn(HOME) }, contentSender(1));
    await sessions.get('s');
    expect(requested.length).toBeGreaterThan(0);
    expect(origins()).toEqual([HOME]);
  });

  it('a detection naming another origin fetches nothing there, and the reader gets the reason', async () => {
    const { sessions, handlers } = setup();
    await handlers.startSession({ session: 's', detection: detectionOn(ELSEWHERE) }, contentSender(1));
    const outcome = await sessions.get('s');
    expect(requested).toEqual([]);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'bad-response', detail: 'detection-origin' } });
  });

  it("a detection of the sender's origin with REST links elsewhere only reaches the sender's origin", async () => {
    const { sessions, handlers } = setup();
    const mixed = { ...detectionOn(HOME), restRoot: `${ELSEWHERE}/wp-json/`, postJsonUrl: `${ELSEWHERE}/wp-json/wp/v2/posts/12` };
    await handlers.startSession({ session: 's', detection: mixed }, contentSender(1));
    await sessions.get('s');
    expect(origins()).toEqual([HOME]);
  });

  it('a sub-frame, a sender without a URL, or a tab on another origin starts nothing', async () => {
    const { sessions, handlers } = setup();
    const senders = [
      contentSender(1, { frameId: 3 }),
      contentSender(1, { url: undefined }),
      contentSender(1, { tab: { id: 1, url: `${ELSEWHERE}/` } as never }),
    ];
    for (const [i, sender] of senders.entries()) {
      await handlers.startSession({ session: `s${i}`, detection: detectionOn(HOME) }, sender);
      expect(await sessions.get(`s${i}`), `sender ${i}`).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    }
    expect(requested).toEqual([]);
  });

  it('a malformed detection is refused with a clear error, not a crash', async () => {
    const { sessions, handlers } = setup();
    await handlers.startSession({ session: 's', detection: { pageUrl: 'javascript:alert(1)' } as never }, contentSender(1));
    expect(await sessions.get('s')).toMatchObject({ ok: false, error: { detail: 'detection-shape' } });
    expect(requested).toEqual([]);
  });
});

describe("messages naming a session act only on the sender's own tab", () => {
  it('another tab cannot replace, cancel, close or evict a session it does not own', async () => {
    const { sessions, handlers } = setup();
    await handlers.startSession({ session: 'mine', detection: detectionOn(HOME) }, contentSender(1));
    const other = contentSender(2);
    await handlers.startSession({ session: 'mine', detection: detectionOn(HOME) }, other);
    await handlers.cancelSession({ session: 'mine' }, other);
    await handlers.readerEvicted({ session: 'mine' }, other);
    await handlers.closeReader({ session: 'mine' }, other);
    expect(sessions.tabOf('mine')).toBe(1);
    expect(sendToTab).not.toHaveBeenCalled();
    expect(flashBadge).not.toHaveBeenCalled();
    await expect(handlers.getPageSnapshot({ session: 'mine' }, other)).rejects.toThrow(/session-lost/);
    // The owner still can.
    await handlers.closeReader({ session: 'mine' }, contentSender(1));
    expect(sendToTab).toHaveBeenCalledExactlyOnceWith(1, 'closeReader', {});
    expect(sessions.tabOf('mine')).toBeUndefined();
  });
});

describe("context-menu copy is bound to the tab's page", () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', recordingFetch);
    tabUrls.set(5, `${HOME}/2025/01/28/post/`);
    return () => vi.unstubAllGlobals();
  });

  it("control: a detect reply of the tab's own page is fetched from that origin", async () => {
    sendToTab.mockImplementation(async (_tab: number, type: string) => (type === 'detect' ? detectionOn(HOME) : undefined));
    await copyFromMenu({ id: 5 } as never, 'text');
    expect(requested.length).toBeGreaterThan(0);
    expect(origins()).toEqual([HOME]);
  });

  it('a detect reply naming another origin than the tab shows fetches nothing and reports why', async () => {
    sendToTab.mockImplementation(async (_tab: number, type: string) => (type === 'detect' ? detectionOn(ELSEWHERE) : undefined));
    const result = await copyFromMenu({ id: 5 } as never, 'text');
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-response', detail: 'detection-origin' } });
    expect(requested).toEqual([]);
    expect(flashBadge).toHaveBeenCalledWith(5, 'error', expect.stringContaining('different website'));
  });
});
