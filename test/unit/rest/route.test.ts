import { describe, expect, it } from 'vitest';
import { joinRest, restUrl, rootOfItemUrl, splitRestUrl } from '../../../src/core/rest';

describe('splitRestUrl / joinRest', () => {
  const cases: [string, string | undefined, string, string][] = [
    ['https://a.example/wp-json/wp/v2/posts/1', undefined, 'https://a.example/wp-json/', '/wp/v2/posts/1'],
    ['https://a.example/index.php/wp-json/wp/v2/pages/2', undefined, 'https://a.example/index.php/wp-json/', '/wp/v2/pages/2'],
    ['https://a.example/api/acme/v1/books/3', 'https://a.example/api/', 'https://a.example/api/', '/acme/v1/books/3'],
    ['https://a.example/wp-json/acme/v1/books/3', undefined, 'https://a.example/wp-json/', '/acme/v1/books/3'],
    ['https://a.example/?rest_route=/wp/v2/posts/4&x=1', undefined, 'https://a.example/?rest_route=/', '/wp/v2/posts/4'],
    [
      'https://a.example/sub/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F5',
      undefined,
      'https://a.example/sub/index.php?rest_route=/',
      '/wp/v2/posts/5',
    ],
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

describe('rootOfItemUrl', () => {
  it('finds the root of an alternate link in both forms', () => {
    expect(rootOfItemUrl('https://ex.com/index.php/wp-json/wp/v2/posts/5')).toBe('https://ex.com/index.php/wp-json/');
    expect(rootOfItemUrl('https://ex.com/?rest_route=/wp/v2/pages/7')).toBe('https://ex.com/?rest_route=/');
    expect(rootOfItemUrl('https://ex.com/hello/')).toBeUndefined();
    expect(rootOfItemUrl('javascript:alert(1)//wp-json/wp/v2/posts/5')).toBeUndefined();
  });
});

/**
 * One grammar for reading and building: detection used to refuse `:` and `@` in route segments that the client
 * would put into a URL, and the client took the root of an alternate link whose route detection refused.
 */
describe('reading and building agree on the route grammar', () => {
  const segments = ['posts', '12', 'ex.wordpress.com', 'a_b-c.d~e', 'a:b', 'user@host', '%2e%2e', 'a%2Fb', '..', '.', 'x y', 'é', '"><svg>'];

  it.each(segments)('segment %j', (segment) => {
    const route = `/wp/v2/${segment}/5`;
    let built: string | undefined;
    try {
      built = restUrl('https://a.example/wp-json/', route);
    } catch {
      built = undefined;
    }
    const read = splitRestUrl(new URL(`https://a.example/wp-json${route}`));
    const readQuery = splitRestUrl(new URL(`https://a.example/?rest_route=${encodeURIComponent(route)}`));
    // A route the client would build is exactly a route detection reads back, in both root forms.
    expect(read?.route === route).toBe(built !== undefined);
    expect(readQuery?.route === route).toBe(built !== undefined);
    expect(rootOfItemUrl(`https://a.example/?rest_route=${encodeURIComponent(route)}`) !== undefined).toBe(built !== undefined);
  });

  it('keeps RFC 3986 unreserved characters only', () => {
    expect(restUrl('https://a.example/wp-json/', 'wp/v2/sites/ex.wordpress.com/posts/5')).toBe(
      'https://a.example/wp-json/wp/v2/sites/ex.wordpress.com/posts/5',
    );
    expect(() => restUrl('https://a.example/wp-json/', 'wp/v2/a:b')).toThrow();
    expect(() => restUrl('https://a.example/wp-json/', 'wp/v2/u@h')).toThrow();
  });
});
