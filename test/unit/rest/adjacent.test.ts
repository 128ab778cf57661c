/**
 * Previous / next post (issue 11, item 2): the list request compares the site-local `date` (never date_gmt),
 * widened by one second so posts of the same second are not skipped; ties ordered by ID; then the one post.
 */
import { describe, expect, it } from 'vitest';
import { adjacentQuery, fetchAdjacent, pickAdjacent } from '../../../src/core/rest/adjacent';
import { det, EMBED, fakeFetch, post } from './fake-fetch';

const source = { detection: det({ restRoot: 'https://ex.com/wp-json/' }), jsonUrl: 'https://ex.com/wp-json/wp/v2/posts/20?_embed=author' };
const current = { id: 20, siteDate: '2025-03-01T10:00:00' };

describe('adjacentQuery', () => {
  it('previous: newest first, before the date plus one second; next: oldest first, after it minus one', () => {
    expect(adjacentQuery(current, 'previous')).toEqual({
      before: '2025-03-01T10:00:01',
      per_page: 5,
      orderby: 'date',
      _fields: 'id,date',
      order: 'desc',
    });
    expect(adjacentQuery(current, 'next')).toEqual({ after: '2025-03-01T09:59:59', per_page: 5, orderby: 'date', _fields: 'id,date', order: 'asc' });
  });

  it('the second rolls over minutes, hours, days and years as a calendar does (no time zone involved)', () => {
    expect(adjacentQuery({ id: 1, siteDate: '2024-12-31T23:59:59' }, 'previous').before).toBe('2025-01-01T00:00:00');
    expect(adjacentQuery({ id: 1, siteDate: '2024-03-01T00:00:00' }, 'next').after).toBe('2024-02-29T23:59:59');
  });
});

describe('pickAdjacent', () => {
  const list = (...items: Array<[number, string]>): unknown[] => items.map(([id, date]) => ({ id, date }));

  it('two posts in the same minute, seconds apart: each is the other’s neighbour', () => {
    const a = { id: 31, siteDate: '2025-03-01T10:00:10' };
    const b = { id: 30, siteDate: '2025-03-01T10:00:50' };
    // As the site answers: before=b+1s desc lists b itself, then a; after=a-1s asc lists a, then b.
    expect(pickAdjacent(list([30, b.siteDate], [31, a.siteDate], [5, '2025-02-01T00:00:00']), b, 'previous')).toBe(31);
    expect(pickAdjacent(list([31, a.siteDate], [30, b.siteDate], [40, '2025-04-01T00:00:00']), a, 'next')).toBe(30);
  });

  it('two posts in the same second: ordered by ID, so neither is skipped and there is no loop', () => {
    const same = '2025-03-01T10:00:00';
    const window = list([21, same], [20, same], [19, same], [7, '2025-02-28T08:00:00']);
    expect(pickAdjacent(window, { id: 20, siteDate: same }, 'previous')).toBe(19);
    expect(pickAdjacent(window, { id: 19, siteDate: same }, 'previous')).toBe(7);
    expect(pickAdjacent(window, { id: 20, siteDate: same }, 'next')).toBe(21);
    expect(pickAdjacent(window, { id: 19, siteDate: same }, 'next')).toBe(20);
    expect(pickAdjacent(window, { id: 21, siteDate: same }, 'next')).toBeUndefined();
  });

  it('ignores the post itself, later posts for previous, and malformed items; nothing left is the end', () => {
    const messy = [
      { id: 20, date: current.siteDate },
      { id: '9', date: '2025-01-01T00:00:00' },
      { id: 8, date: '2025-01-01' },
      null,
      { id: 9, date: '2025-03-02T00:00:00' },
    ];
    expect(pickAdjacent(messy, current, 'previous')).toBeUndefined();
    expect(pickAdjacent(messy, current, 'next')).toBe(9);
  });
});

describe('fetchAdjacent', () => {
  const listUrl = 'https://ex.com/wp-json/wp/v2/posts?before=2025-03-01T10%3A00%3A01&per_page=5&orderby=date&_fields=id%2Cdate&order=desc';

  it('lists ids and dates on the post’s own root, then reads the chosen post with its embeds', async () => {
    const f = fakeFetch({}, (url) => {
      if (url.includes('wp/v2/posts?'))
        return {
          json: [
            { id: 20, date: current.siteDate },
            { id: 12, date: '2025-02-27T18:30:00' },
          ],
        };
      if (url === `https://ex.com/wp-json/wp/v2/posts/12?${EMBED}`) return { json: post(12, 'https://ex.com/earlier/') };
      return { status: 404, json: { code: 'rest_no_route', message: 'x', data: { status: 404 } } };
    });
    const got = await fetchAdjacent(source, current, 'previous', { fetch: f.fetch });
    expect(got?.post.id).toBe(12);
    expect(got?.jsonUrl).toBe(`https://ex.com/wp-json/wp/v2/posts/12?${EMBED}`);
    const [list, one] = f.urls();
    expect(decodeURIComponent(list!)).toBe(decodeURIComponent(listUrl));
    expect(one).toBe(`https://ex.com/wp-json/wp/v2/posts/12?${EMBED}`);
    expect(f.calls.every((c) => c.init?.credentials === 'omit')).toBe(true);
  });

  it('at the end of the site: undefined after one request', async () => {
    const f = fakeFetch({}, { json: [{ id: 20, date: current.siteDate }] });
    expect(await fetchAdjacent(source, current, 'next', { fetch: f.fetch })).toBeUndefined();
    expect(f.urls()).toHaveLength(1);
  });

  it('a date that is not WordPress’s own shape, or a bad id, is never sent', async () => {
    const f = fakeFetch({}, { json: [] });
    for (const bad of [
      { id: 20, siteDate: '2025-03-01T10:00:00Z' },
      { id: 20, siteDate: '2025-13-45T10:00:00' },
      { id: 0, siteDate: current.siteDate },
    ]) {
      await expect(fetchAdjacent(source, bad, 'previous', { fetch: f.fetch })).rejects.toMatchObject({ data: { kind: 'bad-response' } });
    }
    expect(f.urls()).toEqual([]);
  });
});
