import { describe, expect, it } from 'vitest';
import { detect, hasRel, parseLinkHeader } from '../../../src/core/detect';
import { htmlDoc } from './fixture';

// What WordPress 6.6+ sends on a singular page (docs/wordpress.md §1.3), as fetch() joins several headers.
const WP_HEADERS =
  '<https://h.example/wp-json/>; rel="https://api.w.org/", ' +
  '<https://h.example/wp-json/wp/v2/posts/123>; rel="alternate"; title="JSON"; type="application/json", ' +
  '<https://h.example/?p=123>; rel=shortlink';

describe('parseLinkHeader', () => {
  it('splits joined headers and unquotes parameters', () => {
    const links = parseLinkHeader(WP_HEADERS);
    expect(links).toEqual([
      { href: 'https://h.example/wp-json/', params: { rel: 'https://api.w.org/' } },
      {
        href: 'https://h.example/wp-json/wp/v2/posts/123',
        params: { rel: 'alternate', title: 'JSON', type: 'application/json' },
      },
      { href: 'https://h.example/?p=123', params: { rel: 'shortlink' } },
    ]);
  });

  it('keeps commas and semicolons inside quoted values; skips junk', () => {
    const links = parseLinkHeader('<a>; title="x, y; z"; rel="next prev", garbage, <b>;REL=Preload;  type = "text/css"');
    expect(links).toEqual([
      { href: 'a', params: { title: 'x, y; z', rel: 'next prev' } },
      { href: 'b', params: { rel: 'Preload', type: 'text/css' } },
    ]);
    expect(hasRel(links[0]!, 'prev')).toBe(true);
    expect(hasRel(links[1]!, 'preload')).toBe(true);
    expect(hasRel(links[1]!, 'pre')).toBe(false);
  });

  it('returns nothing for an empty or broken header', () => {
    expect(parseLinkHeader('')).toEqual([]);
    expect(parseLinkHeader('<unterminated; rel=x')).toEqual([]);
  });
});

describe('detect with a Link header', () => {
  it('reads root, post JSON URL and shortlink from the header of a bare page', () => {
    const d = detect(htmlDoc('<body></body>'), 'https://h.example/2024/hello/', { linkHeader: WP_HEADERS });
    expect(d.isWordPress).toBe(true);
    expect(d.restRoot).toBe('https://h.example/wp-json/');
    expect(d.postJsonUrl).toBe('https://h.example/wp-json/wp/v2/posts/123');
    expect(d.postId).toBe(123);
    expect(d.postType).toBe('post');
    expect(d.signals).toEqual([
      { kind: 'link-header', value: 'api: https://h.example/wp-json/' },
      { kind: 'link-header', value: 'alternate: https://h.example/wp-json/wp/v2/posts/123' },
      { kind: 'shortlink', value: 'https://h.example/?p=123' },
    ]);
  });

  it('reads the plain-permalink header form and relative targets', () => {
    const d = detect(htmlDoc('<body></body>'), 'https://plain.example/?p=5', {
      linkHeader: '</?rest_route=/>; rel="https://api.w.org/"',
    });
    expect(d.restRoot).toBe('https://plain.example/?rest_route=/');
  });

  it('the page <link> wins over the header for the root', () => {
    const html = '<head><link rel="https://api.w.org/" href="https://h.example/custom/"></head><body></body>';
    const d = detect(htmlDoc(html), 'https://h.example/', { linkHeader: WP_HEADERS });
    expect(d.restRoot).toBe('https://h.example/custom/');
  });

  it('ignores a header alternate that names a term', () => {
    const d = detect(htmlDoc('<body></body>'), 'https://h.example/category/x/', {
      linkHeader: '<https://h.example/wp-json/wp/v2/categories/3>; rel="alternate"; type="application/json"',
    });
    expect(d.postJsonUrl).toBeUndefined();
    expect(d.pageKind).toBe('archive');
  });
});
