/**
 * fetchPostList (issue 11, item 3): one page of the list an archive / home / search page is, from `wp/v2/posts` on
 * the page's own REST root; a term named by slug looked up first; the heading's name asked for; X-WP-TotalPages
 * read; anonymous; typed failures; and the route parameters of every kind of list.
 */
import { describe, expect, it } from 'vitest';
import { ReaderError } from '../../../src/core/errors';
import { dateWindow, fetchPostList, LIST_FIELDS, listParams, MAX_LIST_PAGE } from '../../../src/core/rest/post-list';
import type { ListTarget } from '../../../src/core/types';
import { det, fakeFetch } from './fake-fetch';

const ROOT = 'https://ex.com/wp-json/';
const TAIL = `per_page=10&page=1&_embed=author&_fields=${LIST_FIELDS}`;
const posts = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ id: i + 1, title: { rendered: `Post ${i + 1}` } }));
const archive = (list: ListTarget, extra: Parameters<typeof det>[0] = {}) =>
  det({ pageUrl: 'https://ex.com/category/news/', pageKind: 'archive', restRoot: ROOT, list, ...extra });

describe('listParams', () => {
  it('each kind of list as wp/v2/posts parameters, 10 a page', () => {
    expect(listParams({ kind: 'latest' }, undefined, 2)).toMatchObject({ per_page: 10, page: 2 });
    expect(listParams({ kind: 'category', slug: 'news' }, 12, 1)).toMatchObject({ categories: 12 });
    expect(listParams({ kind: 'tag', id: 7 }, 7, 1)).toMatchObject({ tags: 7 });
    expect(listParams({ kind: 'author', id: 3 }, 3, 1)).toMatchObject({ author: 3 });
    expect(listParams({ kind: 'search', search: 'tall ships' }, undefined, 1)).toMatchObject({ search: 'tall ships' });
    expect(() => listParams({ kind: 'tag', slug: 'x' }, undefined, 1)).toThrow(TypeError);
  });

  it('date archives: strict after / before around the whole year, month or day, in site-local form', () => {
    expect(dateWindow({ year: 2024 })).toEqual({ after: '2023-12-31T23:59:59', before: '2025-01-01T00:00:00' });
    expect(dateWindow({ year: 2024, month: 12 })).toEqual({ after: '2024-11-30T23:59:59', before: '2025-01-01T00:00:00' });
    expect(dateWindow({ year: 2024, month: 2, day: 29 })).toEqual({ after: '2024-02-28T23:59:59', before: '2024-03-01T00:00:00' });
  });
});

describe('fetchPostList', () => {
  it('a category named by ID: its name, then the page of posts, with X-WP-TotalPages; every request anonymous', async () => {
    const f = fakeFetch({
      [`${ROOT}wp/v2/categories/12?_fields=id,name`]: { json: { id: 12, name: 'News &amp; Views' } },
      [`${ROOT}wp/v2/posts?categories=12&${TAIL}`]: { json: posts(10), headers: { 'X-WP-TotalPages': '3' } },
    });
    const got = await fetchPostList(archive({ kind: 'category', id: 12, slug: 'news' }), 1, { fetch: f.fetch });
    expect(got).toMatchObject({ page: 1, totalPages: 3, name: 'News &amp; Views', root: ROOT });
    expect(got.items).toHaveLength(10);
    expect(got.jsonUrl).toBe(`${ROOT}wp/v2/posts?categories=12&${TAIL}`);
    for (const call of f.calls) expect(call.init).toMatchObject({ credentials: 'omit' });
  });

  it('a tag named only by its slug is looked up first', async () => {
    const f = fakeFetch({
      [`${ROOT}wp/v2/tags?slug=harbour&_fields=id,name`]: { json: [{ id: 7, name: 'Harbour' }] },
      [`${ROOT}wp/v2/posts?tags=7&${TAIL}`]: { json: posts(2) },
    });
    const got = await fetchPostList(archive({ kind: 'tag', slug: 'harbour' }), 1, { fetch: f.fetch });
    expect(got.name).toBe('Harbour');
    expect(got.totalPages).toBeUndefined();
  });

  it('an unknown slug is not-found; nothing else is asked', async () => {
    const f = fakeFetch({ [`${ROOT}wp/v2/tags?slug=gone&_fields=id,name`]: { json: [] } });
    await expect(fetchPostList(archive({ kind: 'tag', slug: 'gone' }), 1, { fetch: f.fetch })).rejects.toMatchObject({ kind: 'not-found' });
    expect(f.urls()).toHaveLength(1);
  });

  it('an author whose user the site hides still lists the posts (no name)', async () => {
    const hidden = { status: 401, json: { code: 'rest_user_cannot_view', message: 'x', data: { status: 401 } } };
    const f = fakeFetch({
      [`${ROOT}wp/v2/users/3?_fields=id,name`]: hidden,
      [`${ROOT}wp/v2/posts?author=3&${TAIL}`]: { json: posts(1) },
    });
    const got = await fetchPostList(archive({ kind: 'author', id: 3 }), 1, { fetch: f.fetch });
    expect(got.name).toBeUndefined();
    expect(got.items).toHaveLength(1);
  });

  it('search, on the ?rest_route= root, query encoded', async () => {
    const root = 'https://ex.com/?rest_route=/';
    const url = `https://ex.com/?rest_route=/wp/v2/posts&search=a%26b%20c&${TAIL}`;
    const f = fakeFetch({ [url]: { json: posts(1) } });
    const got = await fetchPostList(archive({ kind: 'search', search: 'a&b c' }, { restRoot: root, pageKind: 'search' }), 1, { fetch: f.fetch });
    expect(got.jsonUrl).toBe(url);
  });

  it('REST closed is the typed failure', async () => {
    const closed = { status: 401, json: { code: 'rest_login_required', message: 'x', data: { status: 401 } } };
    const f = fakeFetch({ [`${ROOT}wp/v2/posts?${TAIL}`]: closed });
    await expect(fetchPostList(archive({ kind: 'latest' }, { pageKind: 'home' }), 1, { fetch: f.fetch })).rejects.toMatchObject({
      kind: 'rest-disabled',
    });
  });

  it('a root on another origin is never asked: the probe of the page’s own origin is', async () => {
    const f = fakeFetch({});
    await expect(
      fetchPostList(archive({ kind: 'latest' }, { restRoot: 'https://evil.example/wp-json/' }), 1, { fetch: f.fetch }),
    ).rejects.toBeInstanceOf(ReaderError);
    expect(f.urls().every((u) => u.startsWith('https://ex.com/'))).toBe(true);
  });

  it('no list, or a page out of range: nothing is requested', async () => {
    const f = fakeFetch({});
    await expect(fetchPostList(det({ pageKind: 'archive' }), 1, { fetch: f.fetch })).rejects.toMatchObject({ kind: 'not-an-article' });
    await expect(fetchPostList(archive({ kind: 'latest' }), 0, { fetch: f.fetch })).rejects.toMatchObject({ kind: 'not-an-article' });
    await expect(fetchPostList(archive({ kind: 'latest' }), MAX_LIST_PAGE + 1, { fetch: f.fetch })).rejects.toMatchObject({ kind: 'not-an-article' });
    expect(f.urls()).toEqual([]);
  });

  it('an answer that is not a list is bad-response', async () => {
    const f = fakeFetch({ [`${ROOT}wp/v2/posts?${TAIL}`]: { json: { id: 1 } } });
    await expect(fetchPostList(archive({ kind: 'latest' }), 1, { fetch: f.fetch })).rejects.toMatchObject({ kind: 'bad-response' });
  });
});
