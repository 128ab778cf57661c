/**
 * Redirects are followed by the client, hop by hop, never by fetch (issue 13, security 2): a redirect to another
 * origin is never requested. Browsers hide the target of a `redirect: 'manual'` answer (the fake's default,
 * 'opaque'); Node's fetch shows it ('readable'). src/core/rest/redirects.ts says which hops are tried.
 */
import { describe, expect, it } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import { fetchPost } from '../../../src/core/rest';
import { MAX_REDIRECTS } from '../../../src/core/rest/redirects';
import { det, EMBED, fakeFetch, post, type RedirectMode, type Reply } from './fake-fetch';

const notFound: Reply = { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } } };
const postUrl = (root: string): string => `${root}wp/v2/posts/5?${EMBED}`;
/** The post requests only (the site info is asked in parallel). */
const postCalls = (urls: string[]): string[] => urls.filter((u) => /posts\/5/.test(u));
const https = { pageUrl: 'https://ex.com/hello/', restRoot: 'https://ex.com/wp-json/', postId: 5, postType: 'post' as const };

const offSite = (mode: RedirectMode) => ({
  ...fakeFetch({ [postUrl('https://ex.com/wp-json/')]: { location: 'http://10.0.0.1/wp-json/wp/v2/posts/5' } }, notFound, mode),
});

describe.each<RedirectMode>(['opaque', 'readable'])('a redirect to another origin (%s Location)', (mode) => {
  it('is never requested, and the load fails with a typed error (the reader then reads the page)', async () => {
    const f = offSite(mode);
    await expect(fetchPost(det(https), { fetch: f.fetch })).rejects.toBeInstanceOf(ReaderError);
    expect(f.urls().length).toBeGreaterThan(0);
    for (const u of f.urls()) expect(new URL(u).origin).toBe('https://ex.com');
    for (const c of f.calls) expect(c.init?.redirect).toBe('manual');
  });
});

describe('readable Location (Node): same-origin hops are followed, each checked first', () => {
  it('follows a same-origin redirect and reads the post there', async () => {
    const there = `https://ex.com/en/wp-json/wp/v2/posts/5?${EMBED}`;
    const f = fakeFetch(
      { [postUrl('https://ex.com/wp-json/')]: { status: 301, location: there }, [there]: { json: post(5, 'https://ex.com/hello/') } },
      notFound,
      'readable',
    );
    const got = await fetchPost(det(https), { fetch: f.fetch });
    expect(got.post.id).toBe(5);
    expect(got.jsonUrl).toBe(there);
  });

  it('refuses the other site with its own message, without requesting it', async () => {
    const f = offSite('readable');
    await expect(fetchPost(det(https), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'bad-response', status: 302, detail: 'redirect-other-site' },
    });
  });

  it('a hop into public-api.wordpress.com is refused like any other origin', async () => {
    const f = fakeFetch(
      { [postUrl('https://ex.com/wp-json/')]: { location: 'https://public-api.wordpress.com/rest/v1.1/me' } },
      notFound,
      'readable',
    );
    await expect(fetchPost(det(https), { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'bad-response' } });
    for (const u of f.urls()) expect(new URL(u).origin).toBe('https://ex.com');
  });

  it('a redirect to wp-login.php is a login wall; the login page is not requested', async () => {
    const f = fakeFetch(
      { [postUrl('https://ex.com/wp-json/')]: { location: '/wp-login.php?redirect_to=%2Fwp-json%2F&reauth=1' } },
      notFound,
      'readable',
    );
    await expect(fetchPost(det(https), { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'bad-response', detail: 'login-page' } });
    expect(f.urls().some((u) => u.includes('wp-login'))).toBe(false);
  });

  it(`stops after ${MAX_REDIRECTS} hops, and at once on a loop`, async () => {
    const chain = fakeFetch({}, (url) => ({ location: `${url.split('?')[0]}x?${EMBED}` }), 'readable');
    await expect(fetchPost(det(https), { fetch: chain.fetch })).rejects.toMatchObject({
      data: { kind: 'bad-response', detail: 'redirect-too-many' },
    });
    expect(postCalls(chain.urls())).toHaveLength(MAX_REDIRECTS + 1);
    const loop = fakeFetch({}, (url) => ({ location: url }), 'readable');
    await expect(fetchPost(det(https), { fetch: loop.fetch })).rejects.toMatchObject({ data: { detail: 'redirect-loop' } });
    expect(postCalls(loop.urls())).toHaveLength(1);
  });
});

describe('hidden Location (browsers): the known same-origin targets are tried, nothing else', () => {
  it('http → https on the same host (an http page)', async () => {
    const httpsUrl = postUrl('https://ex.com/wp-json/');
    const f = fakeFetch(
      { [postUrl('http://ex.com/wp-json/')]: { location: httpsUrl }, [httpsUrl]: { json: post(5, 'http://ex.com/hello/') } },
      notFound,
    );
    const got = await fetchPost(det({ ...https, pageUrl: 'http://ex.com/hello/', restRoot: 'http://ex.com/wp-json/' }), { fetch: f.fetch });
    expect(got.post.id).toBe(5);
    expect(postCalls(f.urls())).toEqual([postUrl('http://ex.com/wp-json/'), httpsUrl]);
  });

  it('a trailing slash (`…/posts/5` → `…/posts/5/`)', async () => {
    const slashed = `https://ex.com/wp-json/wp/v2/posts/5/?${EMBED}`;
    const f = fakeFetch(
      { [postUrl('https://ex.com/wp-json/')]: { status: 301, location: slashed }, [slashed]: { json: post(5, 'https://ex.com/hello/') } },
      notFound,
    );
    const got = await fetchPost(det(https), { fetch: f.fetch });
    expect(got.jsonUrl).toBe(slashed);
  });

  it('anything else: `?rest_route=` is tried, then a bad-response without a status to show', async () => {
    const f = fakeFetch({}, { location: 'https://www.ex.com/' });
    const err = await fetchPost(det(https), { fetch: f.fetch }).catch((e: unknown) => e);
    expect(err).toMatchObject({ data: { kind: 'bad-response', detail: 'redirect-not-followed' } });
    expect((err as { data: { status?: number } }).data.status).toBeUndefined();
    expect(postCalls(f.urls())).toEqual([
      postUrl('https://ex.com/wp-json/'),
      `https://ex.com/wp-json/wp/v2/posts/5/?${EMBED}`,
      `https://ex.com/?rest_route=/wp/v2/posts/5&${EMBED}`,
    ]);
  });

  it('a root that redirects on `/wp-json/` is read through `?rest_route=`', async () => {
    const query = `https://ex.com/?rest_route=/wp/v2/posts/5&${EMBED}`;
    const f = fakeFetch({ [query]: { json: post(5, 'https://ex.com/hello/') } }, { location: 'https://ex.com/en/' });
    const got = await fetchPost(det(https), { fetch: f.fetch });
    expect(got.jsonUrl).toBe(query);
  });
});
