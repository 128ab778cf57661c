/**
 * Corpus suite: every REST post/page object in the shared corpus (`wp-rest-json/**`) normalises, and
 * every text paragraph of its original `content.rendered` reaches the plain-text export.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { normalizePost } from '../../../src/core/article';
import { toMarkdown, toPlainText } from '../../../src/core/export';
import type { WpPost } from '../../../src/core/types';
import { corpusAvailable, restCorpus } from '../../support/corpus';
import { EN_EXPORT } from '../../support/english';

/** Containers whose paragraphs are plugin junk the cleaner removes on purpose (issue 2, item 4). */
const JUNK = [
  '.sharedaddy',
  '.sd-sharing-enabled',
  '.sd-block',
  '.jp-relatedposts',
  '#jp-relatedposts',
  '.jetpack-likes-widget-wrapper',
  '.addtoany_share_save_container',
  '.a2a_kit',
  '.wpcnt',
  '.wpa',
  '.yarpp-related',
  '.crp_related',
].join(', ');
/** Syndication footers moved into the attribution (issue 2, item 5). */
const FOOTER = /appeared first on|originally (published|appeared) (at|on|in)/i;
const MIN_CHARS = 20;

function isPostLike(value: unknown): value is WpPost {
  if (typeof value !== 'object' || value === null) return false;
  const post = value as WpPost;
  return typeof post.content?.rendered === 'string' && post.title !== undefined;
}

/** Whitespace collapsed, link/image markers of the plain text removed on both sides. */
function norm(text: string): string {
  return text
    .replace(/ ?\[\d+\]/g, '')
    .replace(/\[Image: [^\]]*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function plainForCompare(text: string): string {
  // Quote markers start each line of a quote; a paragraph with <br> would otherwise be split by them.
  return norm(text.replace(/^(> ?)+/gm, ''));
}

function paragraphs(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return [...doc.body.querySelectorAll('p')]
    .filter((p) => !p.closest(JUNK))
    .map((p) => {
      // <br> separates words visually but not in textContent: make it a space, as a reader sees it.
      for (const br of p.querySelectorAll('br')) br.replaceWith(' ');
      return norm(p.textContent ?? '');
    })
    .filter((text) => text.length >= MIN_CHARS && !FOOTER.test(text));
}

describe.skipIf(!corpusAvailable)('REST corpus: normalise + plain text', () => {
  const files = restCorpus()
    .map(({ file, items }) => ({ file, posts: items.filter(isPostLike) }))
    .filter((f) => f.posts.length > 0);
  const objects = files.reduce((n, f) => n + f.posts.length, 0);
  let normalised = 0;
  let found = 0;
  let total = 0;
  let attributed = 0;
  let misses = 0;
  afterAll(() =>
    console.log(`REST corpus: ${normalised} objects normalised, ${found}/${total} paragraphs found (${attributed} as attribution), ${misses} misses`),
  );

  it('has the REST post/page objects', () => {
    expect(objects).toBeGreaterThanOrEqual(80);
  });

  for (const { file, posts } of files)
    it(`${file}: every post/page object normalises and keeps every text paragraph`, () => {
      const failures: string[] = [];
      const missed: string[] = [];
      posts.forEach((post, index) => {
        const where = `${file}[${index}]`;
        const origin = typeof post.link === 'string' && /^https?:/.test(post.link) ? new URL(post.link).origin : 'https://corpus.invalid';
        let text: string;
        let source: string | undefined;
        try {
          const article = normalizePost({ post, jsonUrl: `${origin}/wp-json/wp/v2/posts/${post.id ?? 0}` });
          text = plainForCompare(toPlainText(article, EN_EXPORT));
          source = article.source?.name;
          // Markdown must hold up on the same real data (toHtml re-sanitises: left to the seed test for time).
          if (!toMarkdown(article, EN_EXPORT).startsWith('# ')) failures.push(`${where}: Markdown without a title`);
        } catch (error) {
          failures.push(`${where}: ${String(error)}`);
          return;
        }
        normalised++;
        for (const paragraph of paragraphs(post.content?.rendered ?? '')) {
          total++;
          if (text.includes(paragraph)) found++;
          // A credit line ("Source: <a>Antelope Canyon</a>.") the cleaner turned into Article.source
          // reaches the text as the attribution instead: found, and counted apart.
          else if (source && paragraph.includes(source) && text.includes(`Originally published by ${source}`)) {
            found++;
            attributed++;
          } else missed.push(`${where}: ${paragraph.slice(0, 120)}`);
        }
      });
      misses += missed.length;
      expect(failures).toEqual([]);
      expect(missed).toEqual([]);
    }, 120_000); // full cleaning passes in jsdom on a shared 2-core machine
});
