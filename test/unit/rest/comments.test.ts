/**
 * fetchComments (issue 11, item 4): the post's own REST root and origin, 100 a page, oldest first, only the
 * fields shown; paging bounded; the end of the list (a short page, or core's 400 past the last page); typed failures.
 */
import { describe, expect, it } from 'vitest';
import { COMMENTS_PER_PAGE, fetchComments, MAX_COMMENT_PAGES } from '../../../src/core/rest/comments';
import { ReaderError } from '../../../src/core/errors';
import { det, fakeFetch, type Reply } from './fake-fetch';

const FIELDS = '_fields=id,parent,author_name,author_url,date,date_gmt,content,link,type';
const source = { detection: det({ restRoot: 'https://ex.com/wp-json/' }), jsonUrl: 'https://ex.com/wp-json/wp/v2/posts/5?_embed=author' };
const pageUrl = (page: number): string => `https://ex.com/wp-json/wp/v2/comments?post=5&per_page=100&page=${page}&order=asc&${FIELDS}`;
const comments = (n: number, from = 1): unknown[] =>
  Array.from({ length: n }, (_, i) => ({ id: from + i, parent: 0, content: { rendered: '<p>x</p>' } }));

describe('fetchComments', () => {
  it('one short page: one request on the post’s root, every request anonymous', async () => {
    const f = fakeFetch({ [pageUrl(1)]: { json: comments(3) } });
    const got = await fetchComments(source, 5, { fetch: f.fetch });
    expect(got).toEqual({ items: comments(3), truncated: false });
    expect(f.urls()).toEqual([pageUrl(1)]);
    expect(f.calls[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'manual' });
  });

  it('full pages are followed by the next, until a short one', async () => {
    const f = fakeFetch({ [pageUrl(1)]: { json: comments(100) }, [pageUrl(2)]: { json: comments(7, 101) } });
    const got = await fetchComments(source, 5, { fetch: f.fetch });
    expect(got.items).toHaveLength(107);
    expect(got.truncated).toBe(false);
  });

  it('exactly 100 comments: core’s 400 rest_comment_invalid_page_number for page 2 is the end, not a failure', async () => {
    const invalid: Reply = { status: 400, json: { code: 'rest_comment_invalid_page_number', message: 'x', data: { status: 400 } } };
    const f = fakeFetch({ [pageUrl(1)]: { json: comments(100) }, [pageUrl(2)]: invalid });
    expect(await fetchComments(source, 5, { fetch: f.fetch })).toMatchObject({ truncated: false });
  });

  it(`bounded: at most ${MAX_COMMENT_PAGES} pages, then truncated`, async () => {
    const f = fakeFetch({}, (url) => ({ json: comments(COMMENTS_PER_PAGE, Number(new URL(url).searchParams.get('page')) * 1000) }));
    const got = await fetchComments(source, 5, { fetch: f.fetch });
    expect(f.urls()).toHaveLength(MAX_COMMENT_PAGES);
    expect(got.items).toHaveLength(MAX_COMMENT_PAGES * COMMENTS_PER_PAGE);
    expect(got.truncated).toBe(true);
  });

  it('a `?rest_route=` site is asked in its own form', async () => {
    const plain = { detection: det({ pageUrl: 'https://ex.com/?p=5' }), jsonUrl: 'https://ex.com/?rest_route=/wp/v2/posts/5' };
    const f = fakeFetch({}, { json: [] });
    await fetchComments(plain, 5, { fetch: f.fetch });
    expect(f.urls()[0]).toMatch(/^https:\/\/ex\.com\/\?rest_route=(\/|%2F)wp(\/|%2F)v2(\/|%2F)comments&post=5&/);
  });

  it('no route (a comments-off plugin) → not-found; refused → rest-disabled; not a list → bad-response', async () => {
    const noRoute = fakeFetch({}, { status: 404, json: { code: 'rest_no_route', message: 'x', data: { status: 404 } } });
    await expect(fetchComments(source, 5, { fetch: noRoute.fetch })).rejects.toMatchObject({ data: { kind: 'not-found', code: 'rest_no_route' } });
    const refused = fakeFetch({}, { status: 401, json: { code: 'itsec_rest_api_access_restricted', message: 'x', data: { status: 401 } } });
    await expect(fetchComments(source, 5, { fetch: refused.fetch })).rejects.toMatchObject({ data: { kind: 'rest-disabled' } });
    const object = fakeFetch({}, { json: { id: 1 } });
    await expect(fetchComments(source, 5, { fetch: object.fetch })).rejects.toMatchObject({ data: { kind: 'bad-response' } });
  });

  it('never another origin: a post JSON URL off the page’s origin, or a bad post id, requests nothing', async () => {
    const f = fakeFetch({}, { json: [] });
    const other = { detection: det({}), jsonUrl: 'https://intranet.example/wp-json/wp/v2/posts/5' };
    await expect(fetchComments(other, 5, { fetch: f.fetch })).rejects.toBeInstanceOf(ReaderError);
    await expect(fetchComments(source, -1, { fetch: f.fetch })).rejects.toBeInstanceOf(ReaderError);
    await expect(fetchComments(source, 1.5, { fetch: f.fetch })).rejects.toBeInstanceOf(ReaderError);
    expect(f.urls()).toEqual([]);
  });
});
