/** normalizePostList (issue 11, item 3): hostile and odd items, excerpt limits, the pager, the heading's name. */
import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT_CHARS, normalizeListItem, normalizePostList } from '../../../src/core/article/post-list';

const raw = (items: unknown[], extra: { totalPages?: number; name?: string; page?: number } = {}) => ({
  items,
  page: extra.page ?? 1,
  jsonUrl: 'https://ex.com/wp-json/wp/v2/posts',
  root: 'https://ex.com/wp-json/',
  ...extra,
});

describe('normalizeListItem', () => {
  it('markup in titles and excerpts becomes text: nothing of it is kept as HTML', () => {
    const item = normalizeListItem({
      id: 4,
      title: { rendered: '<img src=x onerror=alert(1)>Tall &amp; <b>ships</b>' },
      excerpt: { rendered: '<p>Hello <script>alert(1)</script><a href="javascript:x">there</a></p>' },
      link: 'javascript:alert(1)',
      date_gmt: '2024-05-01T10:00:00',
    });
    expect(item).toEqual({ id: 4, title: 'Tall & ships', excerpt: 'Hello there', date: '2024-05-01T10:00:00.000Z' });
  });

  it('not a post (no ID, a string, an error object) is left out', () => {
    expect(normalizeListItem({ title: { rendered: 'x' } })).toBeUndefined();
    expect(normalizeListItem('post')).toBeUndefined();
    expect(normalizeListItem({ id: -1 })).toBeUndefined();
  });

  it('a protected post shows no excerpt; a long excerpt is cut at a word', () => {
    expect(normalizeListItem({ id: 1, excerpt: { rendered: 'secret', protected: true } })!.excerpt).toBe('');
    const long = normalizeListItem({ id: 1, excerpt: { rendered: 'word '.repeat(200) } })!.excerpt;
    expect(long.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS + 1);
    expect(long.endsWith('word…')).toBe(true);
  });

  it('an embedded author error object (security plugins) gives no author', () => {
    const item = normalizeListItem({ id: 1, _embedded: { author: [{ code: 'rest_user_invalid_id', message: 'x' }] } });
    expect(item!.author).toBeUndefined();
  });
});

describe('normalizePostList', () => {
  it('the pager from X-WP-TotalPages', () => {
    expect(normalizePostList(raw([{ id: 1 }], { totalPages: 3, page: 3 }), { kind: 'latest' })).toMatchObject({ hasNext: false, totalPages: 3 });
    expect(normalizePostList(raw([{ id: 1 }], { totalPages: 3, page: 2 }), { kind: 'latest' })).toMatchObject({ hasNext: true });
    expect(normalizePostList(raw([{ id: 1 }]), { kind: 'latest' }).hasNext).toBe(false);
  });

  it('the name as text; without one, a term’s slug decoded', () => {
    expect(normalizePostList(raw([], { name: 'News &amp; <i>Views</i>' }), { kind: 'category', id: 2 }).name).toBe('News & Views');
    expect(normalizePostList(raw([]), { kind: 'tag', slug: '%c3%a9t%c3%a9' }).name).toBe('été');
    expect(normalizePostList(raw([]), { kind: 'author', id: 2 }).name).toBeUndefined();
  });
});
