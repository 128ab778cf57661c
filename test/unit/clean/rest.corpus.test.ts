/** Corpus suite: every post/page `content.rendered` in `wp-rest-json/**` cleans without throwing, safely. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanContent, findOriginalSource } from '../../../src/core/clean';
import { corpusAvailable, corpusPath, readCorpusJson } from '../../support/corpus';
import { violations } from './assert-safe';

const JUNK = /sharedaddy|jp-relatedposts|jetpack-likes|addtoany|a2a_kit|yarpp|crp_related|wpcnt|wordads|swp_social|ez-toc|wp-block-spacer/i;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

interface Item { link?: unknown; content?: { rendered?: unknown } }

describe.skipIf(!corpusAvailable)('REST corpus: cleaning', () => {
  it('cleans every content.rendered without throwing; no junk, nothing unsafe survives', () => {
    const dir = corpusPath('wp-rest-json');
    let posts = 0;
    let notes = 0;
    let sources = 0;
    const failures: string[] = [];
    for (const file of jsonFiles(dir)) {
      const data = readCorpusJson<unknown>('wp-rest-json', relative(dir, file));
      const items = (Array.isArray(data) ? data : [data]) as Item[];
      for (const item of items) {
        const html = item?.content?.rendered;
        if (typeof html !== 'string') continue;
        posts += 1;
        const link = typeof item.link === 'string' ? item.link : 'https://example.org/';
        try {
          const { root, notes: n } = cleanContent(html, link);
          if (findOriginalSource(root, { postUrl: link })) sources += 1;
          notes += n.length;
          const out = root.innerHTML;
          if (JUNK.test(out)) failures.push(`${relative(dir, file)}: junk survived`);
          for (const v of violations(out)) failures.push(`${relative(dir, file)}: ${v}`);
        } catch (error) {
          failures.push(`${relative(dir, file)}: threw ${String(error)}`);
        }
      }
    }
    console.log(`clean corpus: ${posts} posts/pages, ${notes} notes, ${sources} sources found, ${failures.length} failures`);
    expect(posts).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  }, 600_000);
});
