/**
 * getComments (issue 11): the reader names a session and a post ID, never a URL; the background asks the REST
 * root the session's own post came from, only for the sender's own tab, through the real REST client.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { Detection } from '../../../src/core/types';

vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));
vi.mock('../../../src/shared/messaging', () => ({ sendToTab: async () => undefined }));

const { backgroundHandlers } = await import('../../../src/background/handlers');
const { Sessions } = await import('../../../src/background/sessions');
const { fetchComments } = await import('../../../src/core/rest/comments');
const { fetchAdjacent } = await import('../../../src/core/rest/adjacent');
const { fetchLinked } = await import('../../../src/core/rest/linked');

const HOME = 'http://127.0.0.1:8101';
const detection: Detection = {
  isWordPress: true,
  pageUrl: `${HOME}/2025/02/03/post/`,
  restRoot: `${HOME}/wp-json/`,
  pageKind: 'singular',
  signals: [],
};

/** The reader frame: one of our pages, inside tab `tabId`. */
const reader = (tabId: number): Runtime.MessageSender => ({
  id: 'clearpost',
  url: 'chrome-extension://clearpost/reader.html',
  tab: { id: tabId } as never,
});

function setup(post: 'ok' | 'fails') {
  const requested: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    requested.push(String(input));
    return new Response('[{"id":1,"parent":0,"content":{"rendered":"<p>hi</p>"}}]', { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const sessions = new Sessions({
    fetchPost: async () => {
      if (post === 'fails') throw new Error('no');
      return { post: { id: 7 }, jsonUrl: `${HOME}/wp-json/wp/v2/posts/7?_embed=author` };
    },
    waitForStartMs: 50,
  });
  sessions.start('s', 1, detection);
  const handlers = backgroundHandlers(sessions, {
    comments: (source, id) => fetchComments(source, id, { fetch: fetchImpl }),
    adjacent: (source, current, direction) => fetchAdjacent(source, current, direction, { fetch: fetchImpl }),
    linked: (source, href) => fetchLinked(source, href, { fetch: fetchImpl }),
    list: async () => {
      throw new Error('not asked');
    },
  });
  return { sessions, handlers, requested };
}

describe('getComments', () => {
  it("reads the post's comments from the session's own REST root", async () => {
    const { sessions, handlers, requested } = setup('ok');
    await sessions.get('s');
    const outcome = await handlers.getComments({ session: 's', postId: 7 }, reader(1));
    expect(outcome).toEqual({ ok: true, value: { items: [{ id: 1, parent: 0, content: { rendered: '<p>hi</p>' } }], truncated: false } });
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(new RegExp(`^${HOME}/wp-json/wp/v2/comments\\?post=7&per_page=100&page=1&order=asc&`));
  });

  it("another tab's reader, a failed session or an unknown one gets 'session lost' and nothing is requested", async () => {
    const { sessions, handlers, requested } = setup('ok');
    await sessions.get('s');
    expect(await handlers.getComments({ session: 's', postId: 7 }, reader(2))).toMatchObject({ ok: false, error: { detail: 'session-lost' } });
    expect(await handlers.getComments({ session: 'nope', postId: 7 }, reader(1))).toMatchObject({ ok: false, error: { detail: 'session-lost' } });
    const failed = setup('fails');
    await failed.sessions.get('s');
    expect(await failed.handlers.getComments({ session: 's', postId: 7 }, reader(1))).toMatchObject({ ok: false });
    expect([...requested, ...failed.requested]).toEqual([]);
  });

  it('a failure comes back as data (the reader words it)', async () => {
    const { sessions, handlers } = setup('ok');
    await sessions.get('s');
    expect(await handlers.getComments({ session: 's', postId: 0 }, reader(1))).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
  });
});

describe('getAdjacentPost', () => {
  it("reads the earlier post from the session's root and hands it over as a payload for its own permalink", async () => {
    const requested: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      const url = String(input);
      requested.push(url);
      const body = url.includes('/posts?')
        ? [
            { id: 7, date: '2025-02-03T09:00:00' },
            { id: 5, date: '2025-01-28T11:38:33' },
          ]
        : { id: 5, type: 'post', link: `${HOME}/earlier/`, title: { rendered: 'Earlier' }, content: { rendered: '<p>x</p>' } };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const sessions = new Sessions({
      fetchPost: async () => ({ post: { id: 7 }, jsonUrl: `${HOME}/wp-json/wp/v2/posts/7`, site: { name: 'Home site' } }),
      waitForStartMs: 50,
    });
    sessions.start('s', 1, { ...detection, canonicalUrl: `${HOME}/canonical-of-7/`, postId: 7 });
    await sessions.get('s');
    const handlers = backgroundHandlers(sessions, {
      comments: async () => ({ items: [], truncated: false }),
      adjacent: (source, current, direction) => fetchAdjacent(source, current, direction, { fetch: fetchImpl }),
      linked: async () => {
        throw new Error('not asked');
      },
      list: async () => {
        throw new Error('not asked');
      },
    });
    const outcome = await handlers.getAdjacentPost(
      { session: 's', current: { id: 7, siteDate: '2025-02-03T09:00:00' }, direction: 'previous' },
      reader(1),
    );
    expect(outcome.ok).toBe(true);
    const value = outcome.ok ? outcome.value : null;
    expect(value?.fetched.post.id).toBe(5);
    expect(value?.fetched.site).toEqual({ name: 'Home site' });
    expect(value?.detection).toMatchObject({ pageUrl: `${HOME}/earlier/`, postId: 5, postType: 'post' });
    expect(value?.detection.canonicalUrl).toBeUndefined(); // the first post's canonical is not this one's
    expect(requested.every((u) => u.startsWith(`${HOME}/wp-json/wp/v2/posts`))).toBe(true);
    expect(await handlers.getAdjacentPost({ session: 's', current: { id: 7, siteDate: 'x' }, direction: 'previous' }, reader(2))).toMatchObject({
      ok: false,
      error: { detail: 'session-lost' },
    });
  });
});

describe('getLinkedPost', () => {
  function linkedSetup() {
    const requested: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      const url = String(input);
      requested.push(url);
      const page = { id: 42, type: 'page', link: `${HOME}/about/`, title: { rendered: 'About' }, content: { rendered: '<p>x</p>' } };
      const body = url.includes('/pages?') ? [page] : [];
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const sessions = new Sessions({
      fetchPost: async () => ({ post: { id: 7 }, jsonUrl: `${HOME}/wp-json/wp/v2/posts/7`, site: { name: 'Home site' } }),
      waitForStartMs: 50,
    });
    sessions.start('s', 1, { ...detection, canonicalUrl: `${HOME}/canonical-of-7/`, postId: 7, postJsonUrl: `${HOME}/wp-json/wp/v2/posts/7` });
    const handlers = backgroundHandlers(sessions, {
      comments: async () => ({ items: [], truncated: false }),
      adjacent: async () => undefined,
      linked: (source, href) => fetchLinked(source, href, { fetch: fetchImpl }),
      list: async () => {
        throw new Error('not asked');
      },
    });
    return { sessions, handlers, requested };
  }

  it("a same-site page link is read by its slug from the session's root and handed over as a page payload", async () => {
    const { sessions, handlers, requested } = linkedSetup();
    await sessions.get('s');
    const outcome = await handlers.getLinkedPost({ session: 's', href: `${HOME}/about/#team` }, reader(1));
    expect(outcome.ok).toBe(true);
    const value = outcome.ok ? outcome.value : null;
    expect(value?.fetched.post.id).toBe(42);
    expect(value?.fetched.site).toEqual({ name: 'Home site' });
    expect(value?.detection).toMatchObject({ pageUrl: `${HOME}/about/`, postId: 42, postType: 'page' });
    // None of the first post's own signals: not its JSON link, ID or canonical.
    expect(value?.detection.canonicalUrl).toBeUndefined();
    expect(value?.detection.postJsonUrl).toBeUndefined();
    expect(requested.map((u) => u.replace(/[?&]_embed=.*$/, ''))).toEqual([
      `${HOME}/wp-json/wp/v2/posts?slug=about`,
      `${HOME}/wp-json/wp/v2/pages?slug=about`,
    ]);
  });

  it("another origin, another tab's reader or a non-string link: nothing is requested", async () => {
    const { sessions, handlers, requested } = linkedSetup();
    await sessions.get('s');
    expect(await handlers.getLinkedPost({ session: 's', href: 'http://127.0.0.1:9/about/' }, reader(1))).toMatchObject({
      ok: false,
      error: { kind: 'not-found', detail: 'no-post-named' },
    });
    expect(await handlers.getLinkedPost({ session: 's', href: `${HOME}/about/` }, reader(2))).toMatchObject({
      ok: false,
      error: { detail: 'session-lost' },
    });
    expect(await handlers.getLinkedPost({ session: 's', href: 42 as unknown as string }, reader(1))).toMatchObject({
      ok: false,
      error: { kind: 'internal' },
    });
    expect(requested).toEqual([]);
  });
});
