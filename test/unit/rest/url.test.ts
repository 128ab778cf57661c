import { describe, expect, it } from 'vitest';
import { isQueryRoot, queryRootFor, restUrl, sameArticleUrl, slugFromPageUrl } from '../../../src/core/rest';

describe('restUrl', () => {
  it('joins a pretty root and a route', () => {
    expect(restUrl('https://ex.com/wp-json/', 'wp/v2/posts/1')).toBe('https://ex.com/wp-json/wp/v2/posts/1');
    expect(restUrl('https://ex.com/wp-json', '/wp/v2/posts/1')).toBe('https://ex.com/wp-json/wp/v2/posts/1');
    expect(restUrl('https://ex.com/blog/api/', 'wp/v2/pages/7', { _embed: 'author,wp:featuredmedia,wp:term' })).toBe(
      'https://ex.com/blog/api/wp/v2/pages/7?_embed=author,wp:featuredmedia,wp:term',
    );
  });

  it('joins a PATHINFO root (index.php/wp-json/)', () => {
    expect(restUrl('https://digitaltradecenter.com/index.php/wp-json/', 'wp/v2/posts/12483', { _embed: 'author' })).toBe(
      'https://digitaltradecenter.com/index.php/wp-json/wp/v2/posts/12483?_embed=author',
    );
  });

  it('puts the route into rest_route and the params after & for a plain root', () => {
    expect(restUrl('https://ex.com/?rest_route=/', 'wp/v2/posts/1')).toBe('https://ex.com/?rest_route=/wp/v2/posts/1');
    expect(restUrl('https://ex.com/index.php?rest_route=/', 'wp/v2/posts', { slug: 'hello', per_page: 1 })).toBe(
      'https://ex.com/index.php?rest_route=/wp/v2/posts&slug=hello&per_page=1',
    );
    expect(restUrl('https://ex.com/?rest_route=/', '', { _fields: 'name,url' })).toBe('https://ex.com/?rest_route=/&_fields=name,url');
  });

  it('adds params to a full post JSON URL with the right separator and keeps rest_route', () => {
    expect(restUrl('https://ex.com/wp-json/wp/v2/posts/5', '', { _embed: 'author' })).toBe('https://ex.com/wp-json/wp/v2/posts/5?_embed=author');
    expect(restUrl('https://ex.com/?rest_route=/wp/v2/posts/5', '', { _embed: 'author' })).toBe(
      'https://ex.com/?rest_route=/wp/v2/posts/5&_embed=author',
    );
    expect(restUrl('https://ex.com/?rest_route=%2Fwp%2Fv2%2Fposts%2F5', '')).toBe('https://ex.com/?rest_route=/wp/v2/posts/5');
  });

  it('drops every other query parameter of the root (a hostile _wpnonce, _envelope, _jsonp)', () => {
    const url = restUrl('https://ex.com/wp-json/wp/v2/posts/5?_wpnonce=abc&_envelope=1#x', '', { _embed: 'author' });
    expect(url).toBe('https://ex.com/wp-json/wp/v2/posts/5?_embed=author');
    expect(restUrl('https://ex.com/?_wpnonce=abc&rest_route=/&_jsonp=f', 'wp/v2/posts/5')).toBe('https://ex.com/?rest_route=/wp/v2/posts/5');
  });

  it('encodes values and writes arrays as key[]', () => {
    expect(restUrl('https://ex.com/wp-json/', 'wp/v2/posts', { slug: ['中文', 'a&b'] })).toBe(
      'https://ex.com/wp-json/wp/v2/posts?slug[]=%E4%B8%AD%E6%96%87&slug[]=a%26b',
    );
    expect(restUrl('https://ex.com/wp-json/', 'wp/v2/posts', { slug: 'x y', rest_route: '/evil' })).toBe(
      'https://ex.com/wp-json/wp/v2/posts?slug=x%20y',
    );
  });

  it('refuses non-http roots and path tricks in routes', () => {
    expect(() => restUrl('javascript:alert(1)//', 'wp/v2/posts/1')).toThrow();
    expect(() => restUrl('file:///etc/', 'passwd')).toThrow();
    expect(() => restUrl('https://ex.com/wp-json/', '../../admin')).toThrow();
    expect(() => restUrl('https://ex.com/wp-json/', 'wp/v2/posts/1?x=1')).toThrow();
  });
});

describe('queryRootFor / isQueryRoot', () => {
  it('gives the ?rest_route= twin of a pretty root', () => {
    expect(queryRootFor('https://ex.com/wp-json/')).toBe('https://ex.com/?rest_route=/');
    expect(queryRootFor('https://ex.com/blog/wp-json/')).toBe('https://ex.com/blog/?rest_route=/');
    expect(queryRootFor('https://ex.com/index.php/wp-json/')).toBe('https://ex.com/index.php?rest_route=/');
    expect(isQueryRoot('https://ex.com/?rest_route=/')).toBe(true);
    expect(isQueryRoot('https://ex.com/wp-json/')).toBe(false);
  });
});

describe('slug fallback helpers', () => {
  it('takes the last path segment without /amp/, /page/N/, /N/, query and fragment', () => {
    expect(slugFromPageUrl('https://ex.com/2024/05/hello-world/')).toBe('hello-world');
    expect(slugFromPageUrl('https://ex.com/2024/05/hello-world/amp/')).toBe('hello-world');
    expect(slugFromPageUrl('https://ex.com/hello-world/page/2/')).toBe('hello-world');
    expect(slugFromPageUrl('https://ex.com/hello-world/3/?utm_source=x#c')).toBe('hello-world');
    expect(slugFromPageUrl('https://ex.com/news/hello-world.html')).toBe('hello-world');
    expect(slugFromPageUrl('https://ex.com/%E4%B8%AD%E6%96%87/')).toBe('中文');
    expect(slugFromPageUrl('https://ex.com/')).toBeUndefined();
    expect(slugFromPageUrl('https://ex.com/?p=12')).toBeUndefined();
  });

  it('matches a post link with the page URL across scheme, www, case-encoding and suffixes', () => {
    expect(sameArticleUrl('http://ex.com/a/b/', 'https://www.ex.com/a/b/amp/?x=1#y')).toBe(true);
    expect(sameArticleUrl('https://ex.com/%e4%b8%ad/', 'https://ex.com/%E4%B8%AD/2/')).toBe(true);
    expect(sameArticleUrl('https://ex.com/parent-a/child/', 'https://ex.com/parent-b/child/')).toBe(false);
    expect(sameArticleUrl('https://other.com/a/', 'https://ex.com/a/')).toBe(false);
  });
});
