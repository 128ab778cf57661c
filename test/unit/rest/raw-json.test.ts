import { describe, expect, it } from 'vitest';
import { fetchPost } from '../../../src/core/rest';
import { corpusAvailable, readCorpusJson } from '../../support/corpus';
import { fakeFetch, EMBED, SITE, det } from './fake-fetch';

describe.skipIf(!corpusAvailable)('raw JSON tabs and corpus bodies', () => {
  const corpusPost = (): Record<string, unknown> => readCorpusJson('wp-rest-json', 'wordpress-develop-qunit-fixture', 'post.json');

  it('a tab showing post JSON needs no request for the post; the root index gives the site', async () => {
    const f = fakeFetch({
      [`http://example.org/wp-json/?${SITE}`]: { json: readCorpusJson('wp-rest-json', 'wordpress-develop-qunit-fixture', 'root-index.json') },
    });
    const got = await fetchPost(
      det({
        pageUrl: 'http://example.org/wp-json/wp/v2/posts/4',
        restRoot: 'http://example.org/wp-json/',
        postJsonUrl: 'http://example.org/wp-json/wp/v2/posts/4',
        postId: 4,
        postType: 'post',
        rawJson: { kind: 'post', data: corpusPost() },
      }),
      { fetch: f.fetch },
    );
    expect(got.post.title?.rendered).toBe('REST API Client Fixture: Post');
    expect(got.jsonUrl).toBe('http://example.org/wp-json/wp/v2/posts/4');
    expect(got.site).toEqual({ name: 'Test Blog', url: 'http://example.org', home: 'http://example.org' });
    expect(f.urls()).toEqual([`http://example.org/wp-json/?${SITE}`]);
  });

  it('a one-item collection tab is that post; a longer one is a list (not-an-article)', async () => {
    const pages = readCorpusJson<unknown[]>('wp-rest-json', 'wordpress-develop-qunit-fixture', 'pages-collection.json');
    const f = fakeFetch({});
    const one = await fetchPost(
      det({ pageUrl: 'http://example.org/wp-json/wp/v2/pages?slug=x', rawJson: { kind: 'collection', data: pages.slice(0, 1) } }),
      { fetch: f.fetch },
    );
    expect(one.post.type).toBe('page');
    await expect(
      fetchPost(det({ pageUrl: 'http://example.org/wp-json/wp/v2/pages', rawJson: { kind: 'collection', data: [pages[0], pages[0]] } }), {
        fetch: f.fetch,
      }),
    ).rejects.toMatchObject({ data: { kind: 'not-an-article' } });
  });

  it('a tab showing an error object → its typed failure', async () => {
    const f = fakeFetch({});
    const data = { code: 'rest_login_required', message: 'REST API restricted to authenticated users.', data: { status: 401 } };
    await expect(
      fetchPost(det({ pageUrl: 'https://ex.com/wp-json/wp/v2/posts/1', rawJson: { kind: 'error', data } }), { fetch: f.fetch }),
    ).rejects.toMatchObject({
      data: { kind: 'rest-disabled', status: 401, code: 'rest_login_required' },
    });
  });

  it('corpus post served by a fake site round-trips through the id ladder', async () => {
    const f = fakeFetch({ [`http://example.org/wp-json/wp/v2/posts/4?${EMBED}`]: { json: corpusPost() } });
    const got = await fetchPost(det({ pageUrl: 'http://example.org/?p=4', restRoot: 'http://example.org/wp-json/', postId: 4, postType: 'post' }), {
      fetch: f.fetch,
    });
    expect(got.post.content?.rendered).toBe('<p>Updated post content.</p>\n');
  });
});
