import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { fixtureDoc, htmlDoc } from './fixture';

const kinds = (d: { signals: { kind: string }[] }): string[] => d.signals.map((s) => s.kind);

describe('per-post alternate JSON link', () => {
  it('reads WP 5.5 markup (no title attribute) for a post', () => {
    const d = detect(fixtureDoc('alternate-wp55-post.html'), 'https://blog.example.com/2020/08/hello/?utm_source=x');
    expect(d.isWordPress).toBe(true);
    expect(d.restRoot).toBe('https://blog.example.com/wp-json/');
    expect(d.postJsonUrl).toBe('https://blog.example.com/wp-json/wp/v2/posts/123');
    expect(d.postId).toBe(123);
    expect(d.postType).toBe('post');
    expect(d.pageKind).toBe('singular');
    expect(d.wpcomSite).toBeUndefined();
    // Every signal the page carries is reported, with its value.
    expect(kinds(d)).toEqual(
      expect.arrayContaining([
        'api-link',
        'alternate-json',
        'oembed',
        'rsd',
        'shortlink',
        'body-class',
        'post-class',
        'comment-post-id',
        'generator',
        'wp-content',
        'wp-block',
      ]),
    );
    expect(d.signals).toContainEqual({ kind: 'generator', value: 'WordPress 5.5.3' });
    expect(d.signals).toContainEqual({ kind: 'body-class', value: 'postid-123' });
    expect(d.signals).toContainEqual({ kind: 'wp-block', value: '#wp-block-library-css' });
  });

  it('reads WP 6.6+ markup (title="JSON") for a page', () => {
    const d = detect(fixtureDoc('alternate-wp66-page.html'), 'https://example.org/ueber-uns/');
    expect(d.postJsonUrl).toBe('https://example.org/wp-json/wp/v2/pages/45');
    expect(d.postId).toBe(45);
    expect(d.postType).toBe('page');
    expect(d.pageKind).toBe('singular');
    expect(d.signals).toContainEqual({ kind: 'alternate-json', value: 'https://example.org/wp-json/wp/v2/pages/45' });
  });

  it('takes a custom post type route when the page is singular', () => {
    const d = detect(fixtureDoc('alternate-cpt.html'), 'https://shop.example/books/dune/');
    expect(d.postJsonUrl).toBe('https://shop.example/wp-json/acme/v1/books/77');
    expect(d.postId).toBe(77);
    expect(d.postType).toBe('unknown');
  });

  it('ignores a category alternate: archive page, no post, still WordPress with a root', () => {
    const d = detect(fixtureDoc('alternate-term-archive.html'), 'https://example.net/category/news/');
    expect(d.isWordPress).toBe(true);
    expect(d.restRoot).toBe('https://example.net/wp-json/');
    expect(d.postJsonUrl).toBeUndefined();
    expect(d.postId).toBeUndefined();
    expect(d.pageKind).toBe('archive');
    expect(kinds(d)).not.toContain('post-class');
  });

  it('ignores a user alternate on an author archive', () => {
    const d = detect(fixtureDoc('alternate-user-archive.html'), 'https://example.net/author/jane/');
    expect(d.postJsonUrl).toBeUndefined();
    expect(d.postId).toBeUndefined();
    expect(d.pageKind).toBe('archive');
  });

  it('marks the page an archive from a term/user alternate even without body classes', () => {
    const html = '<head><link rel="alternate" type="application/json" href="https://t.example/wp-json/wp/v2/tags/4"></head><body></body>';
    const d = detect(htmlDoc(html), 'https://t.example/tag/x/');
    expect(d.pageKind).toBe('archive');
    expect(d.postId).toBeUndefined();
    expect(d.isWordPress).toBe(true);
  });

  it('ignores a custom taxonomy alternate (same shape as a CPT route) on a term archive', () => {
    const d = detect(fixtureDoc('alternate-custom-taxonomy.html'), 'https://music.example/genre/jazz/');
    expect(d.postJsonUrl).toBeUndefined();
    expect(d.postId).toBeUndefined();
    expect(d.pageKind).toBe('archive');
  });

  it('never takes the oEmbed JSON link for the post', () => {
    const html =
      '<head><link rel="alternate" type="application/json+oembed" href="https://o.example/wp-json/oembed/1.0/embed?url=x"></head>' +
      '<body class="single"></body>';
    const d = detect(htmlDoc(html), 'https://o.example/p/');
    expect(d.postJsonUrl).toBeUndefined();
    expect(d.restRoot).toBe('https://o.example/wp-json/');
    expect(kinds(d)).toEqual(['oembed']);
  });

  it('never copies the href query (a nonce) or fragment onto the JSON URL', () => {
    const d = detect(fixtureDoc('api-link-custom-prefix.html'), 'https://custom.example/p/?_wpnonce=abc');
    expect(d.postJsonUrl).toBe('https://custom.example/api/wp/v2/posts/9');
    expect(d.restRoot).toBe('https://custom.example/api/');
    expect(JSON.stringify(d.postJsonUrl) + JSON.stringify(d.restRoot)).not.toContain('nonce');
  });
});

describe('REST root link rel="https://api.w.org/"', () => {
  it('accepts single quotes (WP 4.4–5.4 markup)', () => {
    const d = detect(fixtureDoc('api-link-single-quotes.html'), 'https://old.example/2018/x/');
    expect(d.restRoot).toBe('https://old.example/wp-json/');
    expect(d.postId).toBe(5);
    expect(d.postJsonUrl).toBeUndefined(); // only an ID: the REST client resolves the type
    expect(d.postType).toBe('post');
  });

  it('accepts a custom prefix and a CPT route below it', () => {
    const d = detect(fixtureDoc('api-link-custom-prefix-cpt.html'), 'https://custom.example/recipes/soup/');
    expect(d.restRoot).toBe('https://custom.example/api/');
    expect(d.postJsonUrl).toBe('https://custom.example/api/acme/v2/recipes/31');
    expect(d.postId).toBe(31);
  });

  it('accepts the PATHINFO index.php/wp-json/ form', () => {
    const d = detect(fixtureDoc('api-link-index-php.html'), 'https://pathinfo.example/index.php/2020/x/');
    expect(d.restRoot).toBe('https://pathinfo.example/index.php/wp-json/');
    expect(d.postJsonUrl).toBe('https://pathinfo.example/index.php/wp-json/wp/v2/posts/14');
  });

  it('accepts the ?rest_route= form for the root and the alternate', () => {
    const d = detect(fixtureDoc('api-link-rest-route.html'), 'https://plain.example/?p=12');
    expect(d.restRoot).toBe('https://plain.example/index.php?rest_route=/');
    expect(d.postJsonUrl).toBe('https://plain.example/index.php?rest_route=/wp/v2/posts/12');
    expect(d.postId).toBe(12);
  });

  it('resolves a relative ?rest_route= root and drops other query parameters', () => {
    const d = detect(fixtureDoc('api-link-relative-rest-route.html'), 'https://rel.example/fr/a-propos/');
    expect(d.restRoot).toBe('https://rel.example/?rest_route=/');
    expect(d.postId).toBe(3);
    expect(d.postType).toBe('page');
  });

  it('matches the rel token exactly', () => {
    const d = detect(fixtureDoc('api-rel-not-exact.html'), 'https://nope.example/');
    expect(d.isWordPress).toBe(false);
    expect(d.restRoot).toBeUndefined();
    expect(d.signals).toEqual([]);
  });

  it('resolves relative hrefs against <base href>', () => {
    const d = detect(fixtureDoc('base-href.html'), 'https://mirror.example/some/page/');
    expect(d.restRoot).toBe('https://cdn-mirror.example/blog/wp-json/');
    expect(d.postJsonUrl).toBe('https://cdn-mirror.example/blog/wp-json/wp/v2/posts/5');
  });

  it('refuses non-http(s) and credentialed URLs and dot-segment tricks', () => {
    const d = detect(fixtureDoc('hostile-links.html'), 'https://site.example/');
    expect(d.restRoot).toBeUndefined();
    expect(d.postJsonUrl).toBeUndefined();
    expect(d.isWordPress).toBe(false);
  });
});

describe('oEmbed discovery as a root source', () => {
  it('cuts the same-site oEmbed href before oembed/1.0/embed; ignores other sites', () => {
    const d = detect(fixtureDoc('oembed-only.html'), 'https://quiet.example/blog/a-post/');
    expect(d.restRoot).toBe('https://quiet.example/blog/wp-json/');
    expect(d.signals.filter((s) => s.kind === 'oembed')).toHaveLength(1);
    expect(d.postId).toBe(88);
    expect(d.isWordPress).toBe(true);
  });

  it('handles the ?rest_route= oEmbed form', () => {
    const html =
      '<head><link rel="alternate" type="application/json+oembed" href="https://q.example/?rest_route=%2Foembed%2F1.0%2Fembed&amp;url=x"></head><body></body>';
    const d = detect(htmlDoc(html), 'https://q.example/x/');
    expect(d.restRoot).toBe('https://q.example/?rest_route=/');
  });
});
