/**
 * Stay in the reader (issue 11, item 1): which article links may be a post of the same site (decided without a
 * request), and reading one through the same ladder as the first open, on the session's own root.
 */
import { describe, expect, it } from 'vitest';
import { fetchLinked } from '../../../src/core/rest/linked';
import { linkedTarget } from '../../../src/core/rest/linked-target';
import { det, EMBED, fakeFetch, post } from './fake-fetch';

const PAGE = 'https://ex.com/2024/05/hello-world/';
const source = {
  detection: det({ restRoot: 'https://ex.com/wp-json/', postId: 20, postJsonUrl: 'https://ex.com/wp-json/wp/v2/posts/20' }),
  jsonUrl: 'https://ex.com/wp-json/wp/v2/posts/20',
};

describe('linkedTarget', () => {
  it('a pretty permalink, a page path or a plain ?p= / ?page_id= link of the same origin', () => {
    expect(linkedTarget('https://ex.com/2024/06/another-post/', PAGE)).toEqual({ url: 'https://ex.com/2024/06/another-post/' });
    expect(linkedTarget('https://ex.com/about/#team', PAGE)).toEqual({ url: 'https://ex.com/about/' });
    expect(linkedTarget('https://ex.com/news/story.html', PAGE)).toEqual({ url: 'https://ex.com/news/story.html' });
    expect(linkedTarget('https://ex.com/?p=12', PAGE)).toEqual({ url: 'https://ex.com/?p=12', postId: 12, postType: 'post' });
    expect(linkedTarget('https://ex.com/?page_id=4', PAGE)).toEqual({ url: 'https://ex.com/?page_id=4', postId: 4, postType: 'page' });
  });

  it('another origin (host, scheme or port), or the shown post itself, is not one', () => {
    expect(linkedTarget('https://other.example/2024/06/another-post/', PAGE)).toBeUndefined();
    expect(linkedTarget('https://www.ex.com/2024/06/another-post/', PAGE)).toBeUndefined();
    expect(linkedTarget('http://ex.com/2024/06/another-post/', PAGE)).toBeUndefined();
    expect(linkedTarget('https://ex.com:8443/2024/06/another-post/', PAGE)).toBeUndefined();
    expect(linkedTarget(`${PAGE}#comments`, PAGE)).toBeUndefined();
    expect(linkedTarget('https://user:pw@ex.com/about/', PAGE)).toBeUndefined();
    expect(linkedTarget('javascript:alert(1)', PAGE)).toBeUndefined();
  });

  it('archives, feeds, files, searches, REST routes and admin screens are not posts', () => {
    for (const href of [
      'https://ex.com/',
      'https://ex.com/category/news/',
      'https://ex.com/tag/ai/',
      'https://ex.com/author/jane/',
      'https://ex.com/page/2/',
      'https://ex.com/2024/',
      'https://ex.com/feed/',
      'https://ex.com/2024/06/another-post/feed/',
      'https://ex.com/wp-content/uploads/2024/06/report.pdf',
      'https://ex.com/files/photo.jpg',
      'https://ex.com/wp-admin/',
      'https://ex.com/wp-login.php',
      'https://ex.com/wp-json/wp/v2/posts/3',
      'https://ex.com/?s=reader',
      'https://ex.com/?rest_route=/wp/v2/posts/3',
      'https://ex.com/?p=0',
      'https://ex.com/?p=abc',
      'https://ex.com/?cat=3',
    ]) {
      expect(linkedTarget(href, PAGE), href).toBeUndefined();
    }
  });
});

describe('fetchLinked', () => {
  const notFound = { status: 404, json: { code: 'rest_post_invalid_id', message: 'x', data: { status: 404 } } };

  it('a slug link: posts?slug= then pages?slug=, the match by link, on the session root, without cookies', async () => {
    const f = fakeFetch({
      [`https://ex.com/wp-json/wp/v2/posts?slug=about&${EMBED}`]: { json: [] },
      [`https://ex.com/wp-json/wp/v2/pages?slug=about&${EMBED}`]: {
        json: [post(4, 'https://ex.com/other/about/'), post(5, 'https://ex.com/about/', { type: 'page' })],
      },
    });
    const got = await fetchLinked(source, 'https://ex.com/about/', { fetch: f.fetch });
    expect(got.post.id).toBe(5);
    expect(f.urls()).toHaveLength(2);
    expect(f.calls.every((c) => c.init?.credentials === 'omit')).toBe(true);
  });

  it('a ?p= link is read by its ID, not by the first post’s ID or JSON link', async () => {
    const f = fakeFetch({ [`https://ex.com/wp-json/wp/v2/posts/12?${EMBED}`]: { json: post(12, 'https://ex.com/?p=12') } }, notFound);
    const got = await fetchLinked(source, 'https://ex.com/?p=12', { fetch: f.fetch });
    expect(got.post.id).toBe(12);
    expect(f.urls()[0]).toBe(`https://ex.com/wp-json/wp/v2/posts/12?${EMBED}`);
    expect(f.urls().some((u) => u.includes('/20'))).toBe(false);
  });

  it('no post behind the slug: not-found; a link that cannot be a post of the site: nothing requested', async () => {
    const f = fakeFetch({}, { json: [] });
    await expect(fetchLinked(source, 'https://ex.com/missing-post/', { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'not-found' } });
    expect(f.urls()).toHaveLength(2);
    const g = fakeFetch({}, { json: [] });
    for (const href of ['https://evil.example/about/', 'https://ex.com/category/news/']) {
      await expect(fetchLinked(source, href, { fetch: g.fetch })).rejects.toMatchObject({ data: { kind: 'not-found', detail: 'no-post-named' } });
    }
    expect(g.urls()).toEqual([]);
  });
});
