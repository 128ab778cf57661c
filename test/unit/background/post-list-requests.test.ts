/**
 * getPostList (issue 11, item 3): the reader names a session and a page number, never a list or a URL; the
 * background reads the list the session's own archive page is (its detection, bound at startSession), only for the
 * sender's own tab, through the real REST client; a post opened from the list is then read from the same root.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { ReaderError } from '../../../src/core/errors';
import type { Detection } from '../../../src/core/types';

vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));
vi.mock('../../../src/shared/messaging', () => ({ sendToTab: async () => undefined }));

const { backgroundHandlers } = await import('../../../src/background/handlers');
const { Sessions } = await import('../../../src/background/sessions');
const { fetchPostList } = await import('../../../src/core/rest/post-list');
const { fetchLinked } = await import('../../../src/core/rest/linked');

const HOME = 'http://127.0.0.1:8101';
const archive: Detection = {
  isWordPress: true,
  pageUrl: `${HOME}/?cat=23`,
  pageKind: 'archive',
  list: { kind: 'category', id: 23 },
  signals: [],
};
const reader = (tabId: number): Runtime.MessageSender => ({
  id: 'clearpost',
  url: 'chrome-extension://clearpost/reader.html',
  tab: { id: tabId } as never,
});

function setup(detection: Detection, fails: ReaderError = new ReaderError('not-an-article')) {
  const requested: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    const body =
      url.includes('rest_route=/&') || url.endsWith('rest_route=/')
        ? { name: 'Site' }
        : url.includes('categories/23')
          ? { id: 23, name: 'World News' }
          : url.includes('/posts&') || url.includes('/posts?')
            ? [{ id: 5, link: `${HOME}/?p=5`, title: { rendered: 'Five' } }]
            : { id: 5, type: 'post', link: `${HOME}/?p=5`, title: { rendered: 'Five' }, content: { rendered: '<p>x</p>' } };
    const notFound = url.includes('/wp-json/');
    return notFound
      ? new Response('<html>404</html>', { status: 404, headers: { 'content-type': 'text/html' } })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'X-WP-TotalPages': '2' } });
  }) as typeof fetch;
  const sessions = new Sessions({
    fetchPost: async () => {
      throw fails;
    },
    waitForStartMs: 50,
  });
  sessions.start('s', 1, detection);
  const handlers = backgroundHandlers(sessions, {
    comments: async () => ({ items: [], truncated: false }),
    adjacent: async () => undefined,
    linked: (source, href) => fetchLinked(source, href, { fetch: fetchImpl }),
    list: (det, page) => fetchPostList(det, page, { fetch: fetchImpl }),
  });
  return { sessions, handlers, requested };
}

describe('getPostList', () => {
  it('reads the archive page’s own list (the root probed on its origin), then a post of it from the same root', async () => {
    const { sessions, handlers, requested } = setup(archive);
    await sessions.get('s');
    const outcome = await handlers.getPostList({ session: 's', page: 2 }, reader(1));
    expect(outcome).toMatchObject({ ok: true, value: { page: 2, totalPages: 2, name: 'World News', root: `${HOME}/?rest_route=/` } });
    expect(requested.at(-1)).toMatch(new RegExp(`^${HOME}/\\?rest_route=/wp/v2/posts&categories=23&per_page=10&page=2&`));
    requested.length = 0;
    const linked = await handlers.getLinkedPost({ session: 's', href: `${HOME}/?p=5` }, reader(1));
    expect(linked).toMatchObject({ ok: true, value: { fetched: { post: { id: 5 } } } });
    expect(requested.every((u) => u.startsWith(`${HOME}/?rest_route=/wp/v2/`))).toBe(true);
  });

  it('another tab, a session that is not an archive list, or an unknown one: session lost, nothing requested', async () => {
    const a = setup(archive);
    await a.sessions.get('s');
    expect(await a.handlers.getPostList({ session: 's', page: 1 }, reader(2))).toMatchObject({ ok: false, error: { detail: 'session-lost' } });
    expect(await a.handlers.getPostList({ session: 'x', page: 1 }, reader(1))).toMatchObject({ ok: false, error: { detail: 'session-lost' } });
    const { list: _list, ...noList } = archive;
    const b = setup(noList);
    await b.sessions.get('s');
    expect(await b.handlers.getPostList({ session: 's', page: 1 }, reader(1))).toMatchObject({ ok: false });
    const c = setup(archive, new ReaderError('rest-disabled'));
    await c.sessions.get('s');
    expect(await c.handlers.getPostList({ session: 's', page: 1 }, reader(1))).toMatchObject({ ok: false, error: { detail: 'session-lost' } });
    expect([...a.requested, ...b.requested, ...c.requested]).toEqual([]);
  });

  it('a forged page number is refused as data, nothing requested', async () => {
    const { sessions, handlers, requested } = setup(archive);
    await sessions.get('s');
    expect(await handlers.getPostList({ session: 's', page: -3 }, reader(1))).toMatchObject({ ok: false, error: { kind: 'not-an-article' } });
    expect(requested).toEqual([]);
  });
});
