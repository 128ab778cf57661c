/**
 * Every object in the corpus's saved WP REST answers, served as the post body: each real post/page/CPT
 * object (title + content) must be accepted, and everything else (terms, users, media, comments, indexes)
 * refused as bad-response, so the shape check neither rejects real posts nor lets other objects through.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fetchPost } from '../../../src/core/rest';
import type { Detection } from '../../../src/core/types';
import { corpusAvailable, restCorpus } from '../../support/corpus';
import { fakeFetch } from './fake-fetch';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

describe.skipIf(!corpusAvailable)('corpus REST objects through the client', () => {
  const files = restCorpus();
  const isPostLike = (item: unknown): boolean => isObj(item) && isObj(item.content) && isObj(item.title);
  const all = files.flatMap((f) => f.items);
  const figures = { accepted: 0, refused: 0, wrong: 0 };
  afterAll(() => {
    console.log(`[rest corpus] post-like objects accepted: ${figures.accepted}, other objects refused: ${figures.refused}, misses: ${figures.wrong}`);
  });

  it('has enough post-like and other objects', () => {
    expect(all.filter(isPostLike).length).toBeGreaterThanOrEqual(90);
    expect(all.filter((item) => !isPostLike(item)).length).toBeGreaterThanOrEqual(80);
  });

  for (const { file, items } of files)
    it(`${file}: accepts every post-like object and refuses every other one`, async () => {
      const wrong: string[] = [];
      for (const [i, item] of items.entries()) {
        const postLike = isPostLike(item);
        const url = `https://ex.com/wp-json/wp/v2/posts/${i + 1}?_embed=author,wp:featuredmedia,wp:term`;
        const f = fakeFetch({ [url]: { json: item } }, { status: 404, json: { code: 'rest_no_route', message: 'x', data: { status: 404 } } });
        const det: Detection = {
          isWordPress: true,
          pageUrl: 'https://ex.com/?p=1',
          restRoot: 'https://ex.com/wp-json/',
          postId: i + 1,
          postType: 'post',
          pageKind: 'singular',
          signals: [],
        };
        const outcome = await fetchPost(det, { fetch: f.fetch }).then(
          (r) => (JSON.stringify(r.post) === JSON.stringify(item) ? 'accepted' : 'other'),
          (e: { data?: { kind?: string } }) => e.data?.kind ?? 'thrown',
        );
        if (postLike && outcome === 'accepted') figures.accepted++;
        else if (!postLike && outcome === 'bad-response') figures.refused++;
        else wrong.push(`${file}#${i}: ${outcome}`);
      }
      figures.wrong += wrong.length;
      expect(wrong).toEqual([]);
    }, 60_000);
});
