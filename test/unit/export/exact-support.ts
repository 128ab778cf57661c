/** Handwritten body fixtures (test/fixtures/export/exact/) run through the real pipeline: REST post → Article → exports. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizePost } from '../../../src/core/article';
import type { Article, FetchedPost } from '../../../src/core/types';

export const SITE = 'https://exact.example.com';

/** The body of test/fixtures/export/exact/<name> as a post's content.rendered, normalised like a fetched post. */
export function exactArticle(name: string, post: Record<string, unknown> = {}): Article {
  const html = readFileSync(resolve(__dirname, '../../fixtures/export/exact', name), 'utf8');
  const fetched = {
    jsonUrl: `${SITE}/wp-json/wp/v2/posts/9`,
    site: { name: 'Exact', home: SITE },
    post: {
      id: 9,
      date_gmt: '2025-03-01T10:00:00',
      modified_gmt: '2025-03-01T10:00:00',
      link: `${SITE}/2025/03/exact/`,
      title: { rendered: 'Exact' },
      content: { rendered: html },
      ...post,
    },
  } as unknown as FetchedPost;
  return normalizePost(fetched);
}

/** The body part of a plain-text export: between the head (title + meta line) and the attribution. */
export function textBody(text: string): string {
  return text.split('\n\n').slice(1, -1).join('\n\n');
}
