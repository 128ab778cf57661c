import { describe, expect, it } from 'vitest';
import { fetchPost, fetchSiteInfo } from '../../../src/core/rest';
import { OriginGuard } from '../../../src/core/rest/origin-guard';
import type { Detection } from '../../../src/core/types';
import { fakeFetch, fixtureJson, type Recorded, EMBED, SITE } from './fake-fetch';

const notFound = { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } } };

function det(extra: Partial<Detection>): Detection {
  return { isWordPress: true, pageUrl: 'https://ex.com/hello/', pageKind: 'singular', signals: [], ...extra };
}

function post(id: number, link: string): Record<string, unknown> {
  return { id, link, type: 'post', title: { rendered: 'T' }, content: { rendered: '<p>x</p>' } };
}

function expectAnonymous(calls: Recorded[]): void {
  expect(calls.length).toBeGreaterThan(0);
  for (const { url, init } of calls) {
    expect(url).not.toMatch(/nonce|password|_envelope|_jsonp|_method/i);
    expect(init?.credentials).toBe('omit');
    expect(init?.method ?? 'GET').toBe('GET');
    const headers = new Headers(init?.headers);
    expect([...headers.keys()]).toEqual(['accept']);
    expect(headers.get('x-wp-nonce')).toBeNull();
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  }
}

describe('no nonce, no page query parameters, anonymous requests', () => {
  it('a full ladder run (probe, search, posts, pages, slug) sends no nonce, cookie or extra header', async () => {
    const f = fakeFetch({ [`https://ex.com/wp-json/?${SITE}`]: { json: { name: 'Ex', url: 'https://ex.com' } } }, notFound);
    const pageUrl = 'https://ex.com/hello/?_wpnonce=abc123&utm_source=news&preview=true&password=hunter2#x';
    await expect(fetchPost(det({ pageUrl, postId: 5 }), { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'not-found' } });
    expectAnonymous(f.calls);
    for (const u of f.urls()) expect(u).not.toMatch(/abc123|utm_source|preview|hunter2/);
    expect(f.urls()).toContain(`https://ex.com/wp-json/wp/v2/posts?slug=hello&${EMBED}`);
  });

  it('a nonce hidden in the detected root or the alternate link is dropped', async () => {
    const f = fakeFetch({ [`https://ex.com/wp-json/wp/v2/posts/5?${EMBED}`]: { json: post(5, 'https://ex.com/hello/') } }, notFound);
    await fetchPost(
      det({
        restRoot: 'https://ex.com/wp-json/?_wpnonce=abc',
        postJsonUrl: 'https://ex.com/wp-json/wp/v2/posts/5?_wpnonce=abc&_envelope=1',
        postId: 5,
      }),
      { fetch: f.fetch },
    );
    expectAnonymous(f.calls);
  });
});

describe('only the page origin and public-api.wordpress.com are ever requested', () => {
  it('a hostile alternate link at an intranet host is not requested; the ladder goes on by id', async () => {
    const f = fakeFetch({ [`https://ex.com/wp-json/wp/v2/posts/5?${EMBED}`]: { json: post(5, 'https://ex.com/hello/') } }, notFound);
    const got = await fetchPost(
      det({ restRoot: 'https://ex.com/wp-json/', postJsonUrl: 'http://192.168.1.1/wp-json/wp/v2/posts/5', postId: 5, postType: 'post' }),
      { fetch: f.fetch },
    );
    expect(got.post.id).toBe(5);
    for (const u of f.urls()) expect(new URL(u).origin).toBe('https://ex.com');
  });

  it('a hostile REST root on another host is ignored: the page origin is probed instead', async () => {
    const f = fakeFetch({}, notFound);
    await expect(fetchPost(det({ restRoot: 'http://intranet.local/wp-json/', postId: 5 }), { fetch: f.fetch })).rejects.toBeTruthy();
    expect(f.urls()[0]).toBe(`https://ex.com/wp-json/?${SITE}`);
    for (const u of f.urls()) expect(new URL(u).origin).toBe('https://ex.com');
  });

  it('a search result whose self points elsewhere is not followed', async () => {
    const f = fakeFetch(
      { 'https://ex.com/wp-json/wp/v2/search?include=55': { json: fixtureJson<Record<string, unknown>>('search-include.json').hostileSelf } },
      notFound,
    );
    await expect(fetchPost(det({ restRoot: 'https://ex.com/wp-json/', postId: 55 }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-found' },
    });
    for (const u of f.urls()) expect(new URL(u).origin).toBe('https://ex.com');
  });

  it('a redirect to another origin is not read', async () => {
    const f = fakeFetch(
      { [`https://ex.com/wp-json/wp/v2/posts/5?${EMBED}`]: { json: post(5, 'x'), redirectedTo: 'http://10.0.0.1/secret' } },
      notFound,
    );
    await expect(fetchPost(det({ restRoot: 'https://ex.com/wp-json/', postId: 5, postType: 'post' }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'bad-response', url: `https://ex.com/wp-json/wp/v2/posts/5?${EMBED}` },
    });
  });

  it('URLs with credentials, and non-http pages, are never requested', async () => {
    const f = fakeFetch({}, notFound);
    await expect(fetchPost(det({ pageUrl: 'file:///etc/passwd', postId: 1 }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-wordpress' },
    });
    await expect(fetchPost(det({ pageUrl: 'chrome://settings/', postId: 1 }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-wordpress' },
    });
    expect(f.calls).toHaveLength(0);
    await fetchPost(det({ restRoot: 'https://ex.com/wp-json/', postJsonUrl: 'https://admin:pw@ex.com/wp-json/wp/v2/posts/5', postId: 5 }), {
      fetch: f.fetch,
    }).catch(() => undefined);
    for (const u of f.urls()) expect(u).not.toContain('admin:pw');
  });

  it('an http page may use the https API of the same host', async () => {
    const f = fakeFetch({ [`https://ex.com/wp-json/wp/v2/posts/5?${EMBED}`]: { json: post(5, 'http://ex.com/hello/') } }, notFound);
    const got = await fetchPost(det({ pageUrl: 'http://ex.com/hello/', restRoot: 'https://ex.com/wp-json/', postId: 5, postType: 'post' }), {
      fetch: f.fetch,
    });
    expect(got.post.id).toBe(5);
  });

  it('a malformed wpcomSite is never put into a public-api path', async () => {
    const f = fakeFetch({}, notFound);
    await fetchPost(det({ wpcomSite: '../../rest/v1.1/me', postId: 5 }), { fetch: f.fetch }).catch(() => undefined);
    for (const u of f.urls()) expect(new URL(u).origin).toBe('https://ex.com');
  });
});

describe('public-api.wordpress.com: only for a WordPress.com site, only under its paths', () => {
  const API = 'https://public-api.wordpress.com';

  it('a page that is not on WordPress.com never reaches public-api.wordpress.com, whatever its links say', async () => {
    const f = fakeFetch(
      {
        [`https://ex.com/wp-json/?${SITE}`]: { json: { name: 'Ex', url: 'https://ex.com' } },
        [`https://ex.com/wp-json/wp/v2/posts/5?${EMBED}`]: { json: post(5, 'https://ex.com/hello/') },
      },
      notFound,
    );
    const got = await fetchPost(
      det({ restRoot: `${API}/wp/v2/sites/victim.wordpress.com/`, postJsonUrl: `${API}/rest/v1.1/me`, postId: 5, postType: 'post' }),
      { fetch: f.fetch },
    );
    expect(got.post.id).toBe(5);
    for (const u of f.urls()) expect(new URL(u).origin).toBe('https://ex.com');
  });

  it("a WordPress.com site's alternate link into another site or another API path is not requested", async () => {
    const mine = `${API}/wp/v2/sites/mine.wordpress.com/posts/5?${EMBED}`;
    const f = fakeFetch({ [mine]: { json: post(5, 'https://mine.wordpress.com/hello/') } }, notFound);
    for (const postJsonUrl of [`${API}/wp/v2/sites/other.wordpress.com/posts/5`, `${API}/rest/v1.1/me`]) {
      const got = await fetchPost(
        det({ pageUrl: 'https://mine.wordpress.com/hello/', wpcomSite: 'mine.wordpress.com', postJsonUrl, postId: 5, postType: 'post' }),
        { fetch: f.fetch },
      );
      expect(got.post.id).toBe(5);
    }
    for (const u of f.urls()) {
      const url = new URL(u);
      if (url.origin === API) expect(url.pathname).toMatch(/^\/(wp\/v2|rest\/v1\.1)\/sites\/mine\.wordpress\.com(\/|$)/);
    }
    expect(f.urls()).toContain(mine);
  });

  it('the guard: the site endpoint and proxied routes of that one site, nothing else', () => {
    const plain = new OriginGuard('https://ex.com/hello/');
    expect(plain.allows(`${API}/wp/v2/sites/ex.wordpress.com/posts/5`)).toBe(false);
    expect(plain.allows(`${API}/rest/v1.1/sites/ex.wordpress.com`)).toBe(false);
    const wpcom = new OriginGuard('https://blog.ex.org/hello/', 'ex.wordpress.com');
    expect(wpcom.allows('https://blog.ex.org/wp-json/')).toBe(true);
    expect(wpcom.allows(`${API}/wp/v2/sites/ex.wordpress.com/posts/5?_embed=author`)).toBe(true);
    expect(wpcom.allows(`${API}/wp/v2/sites/ex.wordpress.com/`)).toBe(true);
    expect(wpcom.allows(`${API}/rest/v1.1/sites/ex.wordpress.com?fields=name`)).toBe(true);
    for (const refused of [
      `${API}/rest/v1.1/me`,
      `${API}/rest/v1.1/sites/ex.wordpress.com/users`,
      `${API}/wp/v2/sites/other.wordpress.com/posts/5`,
      `${API}/wp/v2/sites/ex.wordpress.com.evil.org/posts/5`,
      `${API}/wp/v2/sites/ex.wordpress.com/../../../rest/v1.1/me`,
      `${API}/wp/v2/sites/ex.wordpress.com/%2e%2e/%2e%2e/%2e%2e/rest/v1.1/me`,
      `${API}/wp/v2/sites/ex.wordpress.com/posts/5%2F..%2F..%2Fusers`,
      `http://public-api.wordpress.com/wp/v2/sites/ex.wordpress.com/posts/5`,
    ]) {
      expect(wpcom.allows(refused), refused).toBe(false);
    }
  });
});

describe('fetchSiteInfo', () => {
  it('reads name, description, url, home and icon from the index with _fields', async () => {
    const f = fakeFetch({
      [`https://ex.com/?rest_route=/&${SITE}`]: {
        json: {
          name: 'Tom &amp; Jerry',
          description: 'Cartoons',
          url: 'https://ex.com/wp',
          home: 'https://ex.com',
          site_icon_url: 'https://ex.com/icon.png',
        },
      },
    });
    await expect(fetchSiteInfo('https://ex.com/?rest_route=/', { fetch: f.fetch })).resolves.toEqual({
      name: 'Tom &amp; Jerry',
      description: 'Cartoons',
      url: 'https://ex.com/wp',
      home: 'https://ex.com',
      iconUrl: 'https://ex.com/icon.png',
    });
    expectAnonymous(f.calls);
  });

  it('never throws: errors, timeouts and junk give undefined', async () => {
    const html = fakeFetch({});
    await expect(fetchSiteInfo('https://ex.com/wp-json/', { fetch: html.fetch })).resolves.toBeUndefined();
    const denied = fakeFetch({}, { status: 401, json: { code: 'rest_login_required', message: 'x', data: { status: 401 } } });
    await expect(fetchSiteInfo('https://ex.com/wp-json/', { fetch: denied.fetch })).resolves.toBeUndefined();
    const stuck = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    await expect(fetchSiteInfo('https://ex.com/wp-json/', { fetch: stuck, timeoutMs: 20 })).resolves.toBeUndefined();
    await expect(fetchSiteInfo('not a url', { fetch: html.fetch })).resolves.toBeUndefined();
  });
});
