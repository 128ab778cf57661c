import { describe, expect, it } from 'vitest';
import { fetchPost } from '../../../src/core/rest';
import { fakeFetch, fixtureJson, HTML_404, type Reply, EMBED, SITE, det, post, site } from './fake-fetch';

describe('probe when the page names no REST root', () => {
  const page = 'https://ex.com/2024/05/hello-world/';

  it('/wp-json/ answers an HTML 404 → ?rest_route=/ is found, and its index is the site info', async () => {
    const f = fakeFetch({
      'https://ex.com/wp-json/?_fields=name,description,url,home,site_icon_url': HTML_404,
      [`https://ex.com/?rest_route=/&${SITE}`]: site,
      [`https://ex.com/?rest_route=/wp/v2/posts/3&${EMBED}`]: { json: post(3, page) },
    });
    const got = await fetchPost(det({ pageUrl: page, postId: 3, postType: 'post' }), { fetch: f.fetch });
    expect(got.post.id).toBe(3);
    expect(got.site?.name).toBe('Example');
    expect(f.urls()).toEqual([
      `https://ex.com/wp-json/?${SITE}`,
      `https://ex.com/?rest_route=/&${SITE}`,
      `https://ex.com/?rest_route=/wp/v2/posts/3&${EMBED}`,
    ]);
  });

  it('a JSON 401 from the probe proves WordPress with REST closed → rest-disabled with the code', async () => {
    const e = fixtureJson<Record<string, Reply & { body: unknown }>>('errors.json').rest_cannot_access!;
    const f = fakeFetch({ [`https://ex.com/wp-json/?${SITE}`]: { status: e.status, json: e.body } });
    await expect(fetchPost(det({ pageUrl: page, isWordPress: false, postId: 3 }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'rest-disabled', status: 401, code: 'rest_cannot_access', url: `https://ex.com/wp-json/?${SITE}` },
    });
    expect(f.calls).toHaveLength(1);
  });

  it('no REST anywhere and detection said not WordPress → not-wordpress', async () => {
    const f = fakeFetch({});
    await expect(fetchPost(det({ pageUrl: page, isWordPress: false }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-wordpress' },
    });
    expect(f.urls()).toEqual([`https://ex.com/wp-json/?${SITE}`, `https://ex.com/?rest_route=/&${SITE}`]);
  });

  it('no REST anywhere on a WordPress page → rest-disabled', async () => {
    const f = fakeFetch({});
    await expect(fetchPost(det({ pageUrl: page, postId: 3 }), { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'rest-disabled' } });
  });

  it('a JSON API at /wp-json/ that is not a WordPress index does not count on a non-WP page', async () => {
    const f = fakeFetch({
      [`https://ex.com/wp-json/?${SITE}`]: { json: { hello: 'world' } },
      [`https://ex.com/?rest_route=/&${SITE}`]: { json: [] },
    });
    await expect(fetchPost(det({ pageUrl: page, isWordPress: false }), { fetch: f.fetch })).rejects.toMatchObject({
      data: { kind: 'not-wordpress' },
    });
  });
});

describe('WordPress.com simple sites', () => {
  it('go through public-api.wordpress.com (posts, then pages), with the v1.1 site info', async () => {
    const api = 'https://public-api.wordpress.com/wp/v2/sites/intelligentmeasurement.wordpress.com/';
    const f = fakeFetch({
      [`${api}search?include=2103`]: { status: 404, json: { code: 'rest_no_route', message: 'No route', data: { status: 404 } } },
      [`${api}posts/2103?${EMBED}`]: { status: 404, json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } } },
      [`${api}pages/2103?${EMBED}`]: { json: post(2103, 'https://intelligentmeasurement.net/about/', { type: 'page' }) },
      'https://public-api.wordpress.com/rest/v1.1/sites/intelligentmeasurement.wordpress.com?fields=name,description,URL,icon,lang': {
        json: {
          name: 'Intelligent Measurement',
          URL: 'https://intelligentmeasurement.net',
          icon: { img: 'https://ex.files.wordpress.com/icon.png' },
          lang: 'en',
        },
      },
    });
    const got = await fetchPost(
      det({ pageUrl: 'https://intelligentmeasurement.net/about/', postId: 2103, wpcomSite: 'intelligentmeasurement.wordpress.com' }),
      { fetch: f.fetch },
    );
    expect(got.post.id).toBe(2103);
    expect(got.site).toEqual({
      name: 'Intelligent Measurement',
      url: 'https://intelligentmeasurement.net',
      home: 'https://intelligentmeasurement.net',
      iconUrl: 'https://ex.files.wordpress.com/icon.png',
      lang: 'en',
    });
    for (const u of f.urls()) expect(new URL(u).origin).toBe('https://public-api.wordpress.com');
  });

  it('an id + type post uses /posts/{id} directly', async () => {
    const f = fakeFetch({ [`https://public-api.wordpress.com/wp/v2/sites/12345/posts/9?${EMBED}`]: { json: post(9, 'https://blog.ex.org/p/') } });
    const got = await fetchPost(det({ pageUrl: 'https://blog.ex.org/p/', postId: 9, postType: 'post', wpcomSite: '12345' }), { fetch: f.fetch });
    expect(got.jsonUrl).toBe(`https://public-api.wordpress.com/wp/v2/sites/12345/posts/9?${EMBED}`);
  });
});
