import { describe, expect, it } from 'vitest';
import { detect, detectRawJson } from '../../../src/core/detect';
import { fixtureDoc, fixtureText, htmlDoc } from './fixture';

describe('detectRawJson', () => {
  it('a post object under /wp-json/', () => {
    const r = detectRawJson('https://blog.example.com/wp-json/wp/v2/posts/123', fixtureText('raw-post.json'));
    expect(r?.kind).toBe('post');
    expect((r?.data as { id: number } | undefined)?.id).toBe(123);
  });

  it('a collection (array of posts)', () => {
    const r = detectRawJson('https://blog.example.com/wp-json/wp/v2/posts?per_page=2', fixtureText('raw-collection.json'));
    expect(r?.kind).toBe('collection');
    expect(r?.data).toHaveLength(2);
  });

  it('a WP error object', () => {
    const r = detectRawJson('https://blog.example.com/wp-json/wp/v2/posts/999', fixtureText('raw-error.json'));
    expect(r?.kind).toBe('error');
  });

  it("'other' for REST JSON that is neither (the root index)", () => {
    expect(detectRawJson('https://blog.example.com/wp-json/', fixtureText('raw-root-index.json'))?.kind).toBe('other');
    expect(detectRawJson('https://blog.example.com/wp-json/wp/v2/posts', '[]')?.kind).toBe('other');
  });

  it('recognises ?rest_route= and any path with /wp/v2/', () => {
    expect(detectRawJson('https://p.example/?rest_route=/wp/v2/pages/45', fixtureText('raw-page.json'))?.kind).toBe('post');
    expect(detectRawJson('https://public-api.wordpress.com/wp/v2/sites/x.wordpress.com/pages/45', fixtureText('raw-page.json'))?.kind).toBe('post');
  });

  it('a post with the api.w.org curie is WP REST even under an unknown prefix', () => {
    expect(detectRawJson('https://blog.example.com/api/wp/x', fixtureText('raw-post.json'))?.kind).toBe('post');
    expect(detectRawJson('https://blog.example.com/custom/endpoint/123', fixtureText('raw-post.json'))?.kind).toBe('post');
  });

  it('undefined for non-WP JSON (no REST URL, no curie) and for non-JSON', () => {
    expect(detectRawJson('https://api.example/items/7', fixtureText('not-wp.json'))).toBeUndefined();
    expect(detectRawJson('https://blog.example.com/wp-json/wp/v2/posts/1', '<!doctype html><p>hi')).toBeUndefined();
    expect(detectRawJson('https://blog.example.com/wp-json/wp/v2/posts/1', '{"broken": ')).toBeUndefined();
  });
});

describe('detect() on a JSON viewer tab', () => {
  it('Chrome <pre> viewer showing a post: rawJson, root and post URL from the tab URL', () => {
    const d = detect(fixtureDoc('chrome-json-viewer.html'), 'https://blog.example.com/wp-json/wp/v2/posts/123?_embed&_wpnonce=abc');
    expect(d.isWordPress).toBe(true);
    expect(d.rawJson?.kind).toBe('post');
    expect(d.restRoot).toBe('https://blog.example.com/wp-json/');
    expect(d.postJsonUrl).toBe('https://blog.example.com/wp-json/wp/v2/posts/123');
    expect(d.postId).toBe(123);
    expect(d.postType).toBe('post');
    expect(d.pageKind).toBe('singular');
    expect(d.signals).toEqual([{ kind: 'raw-json', value: 'post' }]);
  });

  it('?rest_route= tab: root in the same form', () => {
    const d = detect(fixtureDoc('chrome-json-viewer.html'), 'https://blog.example.com/index.php?rest_route=/wp/v2/posts/123&lang=en');
    expect(d.restRoot).toBe('https://blog.example.com/index.php?rest_route=/');
    expect(d.postJsonUrl).toBe('https://blog.example.com/index.php?rest_route=/wp/v2/posts/123');
  });

  it('an error tab', () => {
    const d = detect(fixtureDoc('chrome-json-viewer-error.html'), 'https://locked.example/wp-json/wp/v2/posts/1');
    expect(d.rawJson?.kind).toBe('error');
    expect(d.isWordPress).toBe(true);
    expect(d.postJsonUrl).toBeUndefined();
  });

  it('a Firefox-style application/json document (body text)', () => {
    const doc = document.implementation.createHTMLDocument('');
    Object.defineProperty(doc, 'contentType', { value: 'application/json' });
    doc.body.textContent = fixtureText('raw-collection.json');
    const d = detect(doc, 'https://blog.example.com/wp-json/wp/v2/posts');
    expect(d.rawJson?.kind).toBe('collection');
    expect(d.restRoot).toBe('https://blog.example.com/wp-json/');
    expect(d.postId).toBeUndefined();
  });

  it('a JSON post whose ID differs from the URL gets no post URL', () => {
    const d = detect(fixtureDoc('chrome-json-viewer.html'), 'https://blog.example.com/wp-json/wp/v2/posts/999');
    expect(d.postId).toBe(123);
    expect(d.postJsonUrl).toBeUndefined();
  });

  it('non-WP JSON in a <pre> and non-JSON <pre> pages fall through to HTML detection', () => {
    const json = htmlDoc(`<body><pre>${fixtureText('not-wp.json')}</pre></body>`);
    const a = detect(json, 'https://api.example/items/7');
    expect(a.isWordPress).toBe(false);
    expect(a.rawJson).toBeUndefined();
    const b = detect(fixtureDoc('pre-only-not-json.html'), 'https://x.example/wp-json/readme');
    expect(b.rawJson).toBeUndefined();
    expect(b.isWordPress).toBe(false);
  });
});
