import { describe, expect, it } from 'vitest';
import { joinRest, postRoute, splitRestUrl } from '../../../src/core/detect';

describe('splitRestUrl / joinRest', () => {
  const cases: [string, string | undefined, string, string][] = [
    ['https://a.example/wp-json/wp/v2/posts/1', undefined, 'https://a.example/wp-json/', '/wp/v2/posts/1'],
    ['https://a.example/index.php/wp-json/wp/v2/pages/2', undefined, 'https://a.example/index.php/wp-json/', '/wp/v2/pages/2'],
    ['https://a.example/api/acme/v1/books/3', 'https://a.example/api/', 'https://a.example/api/', '/acme/v1/books/3'],
    ['https://a.example/wp-json/acme/v1/books/3', undefined, 'https://a.example/wp-json/', '/acme/v1/books/3'],
    ['https://a.example/?rest_route=/wp/v2/posts/4&x=1', undefined, 'https://a.example/?rest_route=/', '/wp/v2/posts/4'],
    ['https://a.example/sub/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F5', undefined, 'https://a.example/sub/index.php?rest_route=/', '/wp/v2/posts/5'],
  ];
  it.each(cases)('%s', (href, known, root, route) => {
    const loc = splitRestUrl(new URL(href), known);
    expect(loc).toEqual({ root, route });
  });

  it('joins both root forms', () => {
    expect(joinRest('https://a.example/wp-json/', '/wp/v2/posts/1')).toBe('https://a.example/wp-json/wp/v2/posts/1');
    expect(joinRest('https://a.example/?rest_route=/', '/wp/v2/posts/1')).toBe('https://a.example/?rest_route=/wp/v2/posts/1');
  });

  it('refuses a route with characters it would have to escape', () => {
    expect(splitRestUrl(new URL('https://a.example/?rest_route=/wp/v2/posts/1%22%3E'))).toBeUndefined();
    expect(splitRestUrl(new URL('https://a.example/no-rest-here/posts/1'))).toBeUndefined();
  });
});

describe('postRoute', () => {
  it('accepts post-like routes', () => {
    expect(postRoute('/wp/v2/posts/12')).toMatchObject({ id: 12, type: 'post', core: true });
    expect(postRoute('/wp/v2/pages/12')).toMatchObject({ id: 12, type: 'page' });
    expect(postRoute('/wp/v2/media/12')).toMatchObject({ id: 12, type: 'attachment' });
    expect(postRoute('/wp/v2/product/12')).toMatchObject({ id: 12, type: 'unknown', core: false });
    expect(postRoute('/acme/v1/books/12')).toMatchObject({ id: 12, type: 'unknown', core: false });
  });

  it('refuses terms, users, comments, oEmbed, revisions and non-numeric IDs', () => {
    for (const r of [
      '/wp/v2/categories/5', '/wp/v2/tags/5', '/wp/v2/users/5', '/wp/v2/comments/5', '/wp/v2/product_cat/5',
      '/wp/v2/event-categories/5', '/oembed/1.0/embed', '/wp/v2/posts/5/revisions/7', '/wp/v2/posts/abc',
      '/wp/v2/posts/0', '/wp/v2/posts', '/posts/5', '/wp/v2/menu-items/5',
    ]) {
      expect(postRoute(r), r).toBeUndefined();
    }
  });
});
