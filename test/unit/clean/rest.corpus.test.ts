/** Corpus suite: every post/page `content.rendered` in `wp-rest-json/**` cleans without throwing, safely. One test per file. */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContent, findOriginalSource } from '../../../src/core/clean';
import { corpusAvailable, restCorpus } from '../../support/corpus';
import { violations } from './assert-safe';

const JUNK = /sharedaddy|jp-relatedposts|jetpack-likes|addtoany|a2a_kit|yarpp|crp_related|wpcnt|wordads|swp_social|ez-toc|wp-block-spacer/i;

interface Item {
  link?: unknown;
  content?: { rendered?: unknown };
}

describe.skipIf(!corpusAvailable)('REST corpus: cleaning', () => {
  const files = restCorpus().map(({ file, items }) => ({
    file,
    items: (items as (Item | null)[]).filter((item) => typeof item?.content?.rendered === 'string') as Item[],
  }));
  const posts = files.reduce((n, f) => n + f.items.length, 0);
  let notes = 0;
  let sources = 0;
  let failures = 0;
  afterAll(() => console.log(`clean corpus: ${posts} posts/pages, ${notes} notes, ${sources} sources found, ${failures} failures`));

  it('has the REST posts/pages', () => {
    expect(posts).toBeGreaterThan(50);
  });

  for (const { file, items } of files.filter((f) => f.items.length > 0))
    it(`${file} cleans without throwing; no junk, nothing unsafe survives`, () => {
      const found: string[] = [];
      for (const item of items) {
        const html = item.content!.rendered as string;
        const link = typeof item.link === 'string' ? item.link : 'https://example.org/';
        try {
          const { root, notes: n } = cleanContent(html, link);
          if (findOriginalSource(root, { postUrl: link })) sources += 1;
          notes += n.length;
          const out = root.innerHTML;
          if (JUNK.test(out)) found.push(`${file}: junk survived`);
          for (const v of violations(out)) found.push(`${file}: ${v}`);
        } catch (error) {
          found.push(`${file}: threw ${String(error)}`);
        }
      }
      failures += found.length;
      expect(found).toEqual([]);
    }, 120_000);
});
