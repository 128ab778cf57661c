/**
 * Every object in the corpus's saved WP REST answers, served as the post body: each real post/page/CPT
 * object (title + content) must be accepted, and everything else (terms, users, media, comments, indexes)
 * refused as bad-response, so the shape check neither rejects real posts nor lets other objects through.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchPost } from '../../../src/core/rest';
import type { Detection } from '../../../src/core/types';
import { corpusAvailable, corpusPath, readCorpusJson } from '../../support/corpus';
import { fakeFetch } from './fake-fetch';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return jsonFiles(p);
    return name.endsWith('.json') ? [p] : [];
  });
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

describe.skipIf(!corpusAvailable)('corpus REST objects through the client', () => {
  const figures = { accepted: 0, refused: 0, wrong: [] as string[] };
  afterAll(() => {
    console.log(`[rest corpus] post-like objects accepted: ${figures.accepted}, other objects refused: ${figures.refused}, misses: ${figures.wrong.length}`);
  });

  it('accepts every post-like object and refuses every other one', async () => {
    const root = corpusPath('wp-rest-json');
    for (const file of jsonFiles(root)) {
      const rel = relative(root, file);
      const data = readCorpusJson<unknown>('wp-rest-json', rel);
      const items = Array.isArray(data) ? data : [data];
      for (const [i, item] of items.entries()) {
        const postLike = isObj(item) && isObj(item.content) && isObj(item.title);
        const url = `https://ex.com/wp-json/wp/v2/posts/${i + 1}?_embed=author,wp:featuredmedia,wp:term`;
        const f = fakeFetch({ [url]: { json: item } }, { status: 404, json: { code: 'rest_no_route', message: 'x', data: { status: 404 } } });
        const det: Detection = { isWordPress: true, pageUrl: 'https://ex.com/?p=1', restRoot: 'https://ex.com/wp-json/', postId: i + 1, postType: 'post', pageKind: 'singular', signals: [] };
        const outcome = await fetchPost(det, { fetch: f.fetch }).then(
          (r) => (JSON.stringify(r.post) === JSON.stringify(item) ? 'accepted' : 'other'),
          (e: { data?: { kind?: string } }) => e.data?.kind ?? 'thrown',
        );
        if (postLike && outcome === 'accepted') figures.accepted++;
        else if (!postLike && outcome === 'bad-response') figures.refused++;
        else figures.wrong.push(`${rel}#${i}: ${outcome}`);
      }
    }
    expect(figures.wrong).toEqual([]);
    expect(figures.accepted).toBeGreaterThanOrEqual(90);
    expect(figures.refused).toBeGreaterThanOrEqual(80);
  });
});
