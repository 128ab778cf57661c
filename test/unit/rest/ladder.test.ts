import { describe, expect, it } from 'vitest';
import { fetchPost } from '../../../src/core/rest';
import { fakeFetch, fixtureJson, seedPost, EMBED, SITE, det, post, site } from './fake-fetch';

describe('resolution ladder on the seed post (PATHINFO root)', () => {
  const root = 'https://digitaltradecenter.com/index.php/wp-json/';
  const pageUrl = 'https://digitaltradecenter.com/index.php/2025/01/28/china-celebrates-deepseeks-breakout-ai-success-as-tech-race-heats-up/';

  it('reads the alternate link URL with the selective embed, and the site info beside it', async () => {
    const f = fakeFetch({
      [`${root}wp/v2/posts/12483?${EMBED}`]: { json: seedPost() },
      [`${root}?${SITE}`]: { json: { name: 'Digital Trade Center', url: 'https://digitaltradecenter.com', home: 'https://digitaltradecenter.com' } },
    });
    const got = await fetchPost(det({ pageUrl, restRoot: root, postJsonUrl: `${root}wp/v2/posts/12483`, postId: 12483, postType: 'post' }), {
      fetch: f.fetch,
    });
    expect(got.post.id).toBe(12483);
    expect(got.post.title?.rendered).toBe('China celebrates DeepSeek\u2019s breakout AI success as tech race heats up');
    expect(got.jsonUrl).toBe(`${root}wp/v2/posts/12483?${EMBED}`);
    expect(got.site).toEqual({ name: 'Digital Trade Center', url: 'https://digitaltradecenter.com', home: 'https://digitaltradecenter.com' });
    expect(f.urls().sort()).toEqual([`${root}?${SITE}`, `${root}wp/v2/posts/12483?${EMBED}`].sort());
  });

  it('asks for the site info in parallel, not after the post', async () => {
    let releasePost: () => void = () => undefined;
    const postGate = new Promise<void>((r) => (releasePost = r));
    const order: string[] = [];
    const f = fakeFetch({
      [`${root}wp/v2/posts/12483?${EMBED}`]: async () => {
        order.push('post asked');
        await postGate;
        return { json: seedPost() };
      },
      [`${root}?${SITE}`]: () => {
        order.push('site asked');
        releasePost(); // the post only answers once the site request is out
        return site;
      },
    });
    const got = await fetchPost(det({ pageUrl, restRoot: root, postId: 12483, postType: 'post' }), { fetch: f.fetch, timeoutMs: 2000 });
    expect(got.post.id).toBe(12483);
    expect(order).toContain('site asked');
  });

  it('the load never fails because of the site info', async () => {
    const f = fakeFetch({ [`${root}wp/v2/posts/12483?${EMBED}`]: { json: seedPost() }, [`${root}?${SITE}`]: { status: 500, body: 'oops' } });
    const got = await fetchPost(det({ pageUrl, restRoot: root, postId: 12483, postType: 'post' }), { fetch: f.fetch });
    expect(got.site).toBeUndefined();
    expect(got.post.id).toBe(12483);
  });
});

describe('resolution ladder rungs', () => {
  const root = 'https://ex.com/wp-json/';

  it('id + type page → pages/N', async () => {
    const f = fakeFetch({
      [`${root}wp/v2/pages/7?${EMBED}`]: { json: post(7, 'https://ex.com/about/', { type: 'page' }) },
      [`${root}?${SITE}`]: site,
    });
    const got = await fetchPost(det({ restRoot: root, postId: 7, postType: 'page', pageUrl: 'https://ex.com/about/' }), { fetch: f.fetch });
    expect(got.post.id).toBe(7);
    expect(got.site?.name).toBe('Example');
    expect(f.urls()).not.toContain(`${root}wp/v2/posts/7?${EMBED}`);
  });

  it('id of unknown type → search?include=N gives the subtype', async () => {
    const f = fakeFetch({
      [`${root}wp/v2/search?include=7`]: { json: fixtureJson<Record<string, unknown>>('search-include.json').page },
      [`${root}wp/v2/pages/7?${EMBED}`]: { json: post(7, 'https://ex.com/about/', { type: 'page' }) },
    });
    const got = await fetchPost(det({ restRoot: root, postId: 7, postType: 'unknown' }), { fetch: f.fetch });
    expect(got.post.id).toBe(7);
    const asked = f.urls().filter((u) => !u.includes('_fields'));
    expect(asked).toEqual([`${root}wp/v2/search?include=7`, `${root}wp/v2/pages/7?${EMBED}`]);
  });

  it('search result of a custom post type → its self href', async () => {
    const f = fakeFetch({
      [`${root}wp/v2/search?include=55`]: { json: fixtureJson<Record<string, unknown>>('search-include.json').cpt },
      [`${root}wp/v2/product/55?${EMBED}`]: { json: post(55, 'https://ex.com/product/blue-chair/', { type: 'product' }) },
    });
    const got = await fetchPost(det({ restRoot: root, postId: 55 }), { fetch: f.fetch });
    expect(got.post.type).toBe('product');
    expect(got.jsonUrl).toBe(`${root}wp/v2/product/55?${EMBED}`);
  });

  it('old WordPress ignores include: a search hit with another id is not trusted → posts/N then pages/N', async () => {
    const f = fakeFetch({
      [`${root}wp/v2/search?include=12`]: { json: fixtureJson<Record<string, unknown>>('search-include.json').oldWordPress },
      [`${root}wp/v2/posts/12?${EMBED}`]: {
        status: 404,
        json: fixtureJson<Record<string, { body: unknown }>>('errors.json').rest_post_invalid_id!.body,
      },
      [`${root}wp/v2/pages/12?${EMBED}`]: { json: post(12, 'https://ex.com/contact/', { type: 'page' }) },
    });
    const got = await fetchPost(det({ restRoot: root, postId: 12 }), { fetch: f.fetch });
    expect(got.post.id).toBe(12);
    expect(f.urls().filter((u) => !u.includes('_fields'))).toEqual([
      `${root}wp/v2/search?include=12`,
      `${root}wp/v2/posts/12?${EMBED}`,
      `${root}wp/v2/pages/12?${EMBED}`,
    ]);
  });

  it('no id → ?slug= on posts then pages, matched on link (not on the first result)', async () => {
    const pageUrl = 'https://ex.com/team/about/amp/?utm_source=x#top';
    const f = fakeFetch({
      [`${root}wp/v2/posts?slug=about&${EMBED}`]: { json: [] },
      [`${root}wp/v2/pages?slug=about&${EMBED}`]: {
        json: [post(3, 'https://ex.com/company/about/', { type: 'page' }), post(4, 'http://ex.com/team/about/', { type: 'page' })],
      },
    });
    const got = await fetchPost(det({ restRoot: root, pageUrl }), { fetch: f.fetch });
    expect(got.post.id).toBe(4);
    for (const u of f.urls()) expect(u).not.toContain('utm_source');
  });

  it('slug results whose link does not match → not-found', async () => {
    const f = fakeFetch({
      [`${root}wp/v2/posts?slug=hello-world&${EMBED}`]: { json: [post(9, 'https://ex.com/other/hello-world/')] },
      [`${root}wp/v2/pages?slug=hello-world&${EMBED}`]: { json: [] },
    });
    await expect(fetchPost(det({ restRoot: root }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-found', url: `${root}wp/v2/posts?slug=hello-world&${EMBED}` },
    });
  });

  it('every rung empty → not-found, and no rung is asked twice', async () => {
    const f = fakeFetch(
      { [`${root}wp/v2/search?include=12`]: { json: [] } },
      { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } } },
    );
    await expect(fetchPost(det({ restRoot: root, postId: 12, postType: 'post' }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-found', status: 404, code: 'rest_post_invalid_id' },
    });
    const asked = f.urls().filter((u) => !u.includes('_fields'));
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('an alternate link naming the same URL as posts/N is asked once', async () => {
    const f = fakeFetch(
      { [`${root}wp/v2/search?include=5`]: { json: [] } },
      { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } } },
    );
    await expect(
      fetchPost(det({ restRoot: root, postJsonUrl: `${root}wp/v2/posts/5`, postId: 5, postType: 'post' }), { fetch: f.fetch }),
    ).rejects.toMatchObject({ data: { kind: 'not-found' } });
    expect(f.urls().filter((u) => !u.includes('_fields'))).toEqual([
      `${root}wp/v2/posts/5?${EMBED}`,
      `${root}wp/v2/search?include=5`,
      `${root}wp/v2/pages/5?${EMBED}`,
      `${root}wp/v2/posts?slug=hello-world&${EMBED}`,
      `${root}wp/v2/pages?slug=hello-world&${EMBED}`,
    ]);
  });

  it('a pretty root answering HTML → the same request via ?rest_route=, and the site info from there', async () => {
    const q = 'https://ex.com/?rest_route=/';
    const f = fakeFetch({
      [`https://ex.com/?rest_route=/wp/v2/posts/5&${EMBED}`]: { json: post(5, 'https://ex.com/?p=5') },
      [`${q}&${SITE}`]: site,
    });
    const got = await fetchPost(det({ restRoot: root, postId: 5, postType: 'post', pageUrl: 'https://ex.com/?p=5' }), { fetch: f.fetch });
    expect(got.jsonUrl).toBe(`https://ex.com/?rest_route=/wp/v2/posts/5&${EMBED}`);
    expect(got.site?.name).toBe('Example');
    expect(f.urls()).toContain(`${root}wp/v2/posts/5?${EMBED}`);
  });

  it.each(['archive', 'home', 'search'] as const)('pageKind %s → not-an-article without any request', async (pageKind) => {
    const f = fakeFetch({});
    await expect(fetchPost(det({ restRoot: root, postId: 1, pageKind }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-an-article' },
    });
    expect(f.calls).toHaveLength(0);
  });
});

describe('alternate link without an api.w.org root', () => {
  it('takes the root from the alternate link instead of probing', async () => {
    const root = 'https://digitaltradecenter.com/index.php/wp-json/';
    const f = fakeFetch({
      [`${root}wp/v2/posts/12483?${EMBED}`]: { json: seedPost() },
      [`${root}?${SITE}`]: site,
    });
    const got = await fetchPost(
      det({
        pageUrl: 'https://digitaltradecenter.com/index.php/2025/01/28/x/',
        postJsonUrl: `${root}wp/v2/posts/12483`,
        postId: 12483,
        postType: 'post',
      }),
      { fetch: f.fetch },
    );
    expect(got.post.id).toBe(12483);
    expect(f.urls().sort()).toEqual([`${root}?${SITE}`, `${root}wp/v2/posts/12483?${EMBED}`].sort());
  });
});
