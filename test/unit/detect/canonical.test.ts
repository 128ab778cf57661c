/** Detection.canonicalUrl: the page's <link rel="canonical"> (or Link header), hostile input omitted. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { MAX_CANONICAL_LENGTH } from '../../../src/core/detect/canonical';
import { htmlDoc } from './fixture';

const PAGE = 'https://blog.example.com/2020/08/hello/?utm_source=x#comments';
const head = (links: string, extra = '') =>
  htmlDoc(`<!DOCTYPE html><html><head>${links}</head><body class="single postid-123">${extra}</body></html>`);
const canonicalOf = (links: string, opts: { linkHeader?: string; extra?: string } = {}) =>
  detect(head(links, opts.extra), PAGE, opts.linkHeader ? { linkHeader: opts.linkHeader } : {}).canonicalUrl;

describe('Detection.canonicalUrl', () => {
  it('reads the absolute canonical link of a WordPress post', () => {
    const d = detect(
      head(
        '<link rel="https://api.w.org/" href="https://blog.example.com/wp-json/"><link rel="canonical" href="https://blog.example.com/2020/08/hello/">',
      ),
      PAGE,
    );
    expect(d.isWordPress).toBe(true);
    expect(d.canonicalUrl).toBe('https://blog.example.com/2020/08/hello/');
  });

  it('resolves a relative href against the page URL', () => {
    expect(canonicalOf('<link rel="canonical" href="/2020/08/hello/">')).toBe('https://blog.example.com/2020/08/hello/');
    expect(canonicalOf('<link rel="canonical" href="../other/">')).toBe('https://blog.example.com/2020/08/other/');
    expect(canonicalOf('<link rel="canonical" href="//cdn.example.net/p/">')).toBe('https://cdn.example.net/p/');
  });

  it('resolves against <base href> like the browser does', () => {
    expect(canonicalOf('<base href="https://base.example.org/dir/"><link rel="canonical" href="post/">')).toBe('https://base.example.org/dir/post/');
  });

  it('keeps a cross-site canonical (syndicated copies point at the original)', () => {
    expect(canonicalOf('<link rel="canonical" href="https://www.cnn.com/2024/01/01/story">')).toBe('https://www.cnn.com/2024/01/01/story');
  });

  it('matches the rel token case-insensitively among others, drops the fragment, normalises the URL', () => {
    expect(canonicalOf('<link rel="Alternate CANONICAL" href="  HTTPS://Blog.Example.com/a b/#top ">')).toBe('https://blog.example.com/a%20b/');
  });

  it('reads rel=canonical from the Link header when the page has none', () => {
    expect(canonicalOf('', { linkHeader: '</2020/08/hello/>; rel="canonical", <https://blog.example.com/wp-json/>; rel="https://api.w.org/"' })).toBe(
      'https://blog.example.com/2020/08/hello/',
    );
  });

  it('accepts repeats that agree, refuses canonicals that disagree (page vs page, page vs header)', () => {
    expect(canonicalOf('<link rel="canonical" href="https://ex.org/a"><link rel="canonical" href="https://ex.org/a#x">')).toBe('https://ex.org/a');
    expect(canonicalOf('<link rel="canonical" href="https://ex.org/a"><link rel="canonical" href="https://ex.org/b">')).toBeUndefined();
    expect(canonicalOf('<link rel="canonical" href="https://ex.org/a">', { linkHeader: '<https://ex.org/b>; rel="canonical"' })).toBeUndefined();
  });

  it.each([
    ['javascript:', 'javascript:alert(document.domain)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://ex.org/a'],
    ['credentials', 'https://user:secret@ex.org/a'],
    ['unparseable', 'https://exa mple.org:99999/'],
    ['empty', '   '],
    ['too long', `https://ex.org/${'a'.repeat(MAX_CANONICAL_LENGTH)}`],
  ])('omits a hostile canonical (%s)', (_name, href) => {
    const d = detect(head(`<link rel="canonical" href="${href.replace(/"/g, '&quot;')}">`), PAGE);
    expect(d.canonicalUrl).toBeUndefined();
    expect('canonicalUrl' in d).toBe(false);
  });

  it('ignores link elements without href, <a rel="canonical"> and a canonical inside the content as text', () => {
    expect(
      canonicalOf('<link rel="canonical">', {
        extra: '<a rel="canonical" href="https://evil.example/">x</a><p>&lt;link rel="canonical" href="https://evil.example/"&gt;</p>',
      }),
    ).toBeUndefined();
  });

  it('is omitted for a page without one and for a raw JSON tab', () => {
    expect(canonicalOf('<link rel="https://api.w.org/" href="https://blog.example.com/wp-json/">')).toBeUndefined();
    const json = htmlDoc(
      '<html><body><pre>{"id":1,"type":"post","link":"https://ex.org/p/","title":{"rendered":"T"},"content":{"rendered":"<p>x</p>"}}</pre></body></html>',
    );
    const d = detect(json, 'https://ex.org/wp-json/wp/v2/posts/1');
    expect(d.rawJson).toBeDefined();
    expect(d.canonicalUrl).toBeUndefined();
  });
});
