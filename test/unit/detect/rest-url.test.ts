import { describe, expect, it } from 'vitest';
import { postRoute } from '../../../src/core/detect';

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
      '/wp/v2/categories/5',
      '/wp/v2/tags/5',
      '/wp/v2/users/5',
      '/wp/v2/comments/5',
      '/wp/v2/product_cat/5',
      '/wp/v2/event-categories/5',
      '/oembed/1.0/embed',
      '/wp/v2/posts/5/revisions/7',
      '/wp/v2/posts/abc',
      '/wp/v2/posts/0',
      '/wp/v2/posts',
      '/posts/5',
      '/wp/v2/menu-items/5',
    ]) {
      expect(postRoute(r), r).toBeUndefined();
    }
  });
});
