import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedPost } from '../../support/corpus';
import { expectedLines, storyOf, type ExpectedLine } from '../../support/seed-lines';
import { normalizePost } from '../../../src/core/article';
import { toHtml, toMarkdown, toPlainText } from '../../../src/core/export';
import type { FetchedPost, WpPost } from '../../../src/core/types';
import { EN_EXPORT } from '../../support/english';

const post = readSeedPost<WpPost>();
/**
 * The expected exports, line by line, with the story's lines as digests (../../support/seed-lines.ts: the CNN
 * story stays in the corpus). After a deliberate change to the exports, check the new output by eye and rewrite
 * the fixture with CLEARPOST_UPDATE_SEED=1 npx vitest run test/unit/export/seed.test.ts
 */
const FIXTURE = resolve(import.meta.dirname, '../../fixtures/seed/expected-lines.json');
type Fixture = Record<'text' | 'markdown', ExpectedLine[]>;
const story = storyOf(post);

/** Compares `actual` with the fixture's lines for `format`; on a difference, names the first line that differs. */
function matchesFixture(format: keyof Fixture, actual: string): void {
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;
  const got = expectedLines(actual, story);
  if (process.env.CLEARPOST_UPDATE_SEED === '1') {
    const next: Fixture = { ...fixture, [format]: got };
    // One line of the export per line of the fixture, so a diff of the fixture reads like a diff of the export.
    const list = (lines: ExpectedLine[]): string => lines.map((l) => `    ${JSON.stringify(l)}`).join(',\n');
    writeFileSync(FIXTURE, `{\n  "text": [\n${list(next.text)}\n  ],\n  "markdown": [\n${list(next.markdown)}\n  ]\n}\n`);
    return;
  }
  const want = fixture[format];
  const at = got.findIndex((line, i) => JSON.stringify(line) !== JSON.stringify(want[i]));
  const first = at === -1 ? got.length : at;
  expect(got, `${format}: line ${first + 1} differs: ${JSON.stringify(actual.split('\n')[first])}`).toEqual(want);
}
const jsonUrl = 'https://digitaltradecenter.com/index.php/wp-json/wp/v2/posts/12483';
const withSite: FetchedPost = { post, jsonUrl, site: { name: 'Digital Trade Center', url: 'https://digitaltradecenter.com' } };
const withoutSite: FetchedPost = { post, jsonUrl };
const LINK = 'https://digitaltradecenter.com/index.php/2025/01/28/china-celebrates-deepseeks-breakout-ai-success-as-tech-race-heats-up/';

describe('seed post 12483 (CNN story republished by digitaltradecenter.com)', () => {
  const article = normalizePost(withSite);

  it('normalises the metadata', () => {
    expect(article.title).toBe('China celebrates DeepSeek\u2019s breakout AI success as tech race heats up');
    expect(article.url).toBe(LINK);
    expect(article.published).toBe('2025-01-28T11:38:33.000Z');
    expect(article.byline).toBeUndefined();
    expect(article.site).toEqual({ name: 'Digital Trade Center', url: 'https://digitaltradecenter.com/' });
    expect(article.dir).toBe('ltr');
    expect(article.wordCount).toBeGreaterThan(1000);
    expect(article.readingMinutes).toBe(Math.round(article.wordCount / 230));
  });

  it('credits cnn.com as the original source and removes the footer from the body', () => {
    expect(article.source?.name).toBe('cnn.com');
    expect(article.contentHtml).not.toContain('appeared first');
  });

  it('plain text matches test/fixtures/seed/expected-lines.json line by line', () => {
    matchesFixture('text', toPlainText(article, EN_EXPORT));
  });

  it('plain text has no leading spaces, no data-uri debris, no raw entities, and the 2013 dash', () => {
    const text = toPlainText(article, EN_EXPORT);
    expect(text).not.toMatch(/^ /m);
    expect(text).not.toMatch(/data-uri|cms\.cnn\.com|&#\d+;|&[a-z]+;/);
    expect(text).toContain('the company claims \u2013 a fraction');
    expect(text).toContain('at any company\u201d \u2013 access');
    expect(text.match(/appeared first/g)).toBeNull();
  });

  it('without a site index, names the site after its host', () => {
    const bare = normalizePost(withoutSite);
    expect(bare.site).toEqual({ name: 'digitaltradecenter.com', url: 'https://digitaltradecenter.com/' });
    const lines = toPlainText(bare, EN_EXPORT).split('\n');
    expect(lines[1]).toBe('28 January 2025 · digitaltradecenter.com');
    expect(lines.at(-2)).toBe(`Published on digitaltradecenter.com: ${LINK}`);
    expect(lines.at(-3)).toMatch(/^Originally published by cnn\.com/);
  });

  it('Markdown matches test/fixtures/seed/expected-lines.json line by line', () => {
    matchesFixture('markdown', toMarkdown(article, EN_EXPORT));
  });

  it('HTML: 31 body paragraphs, 2 subheadings, attribution links', () => {
    const box = document.implementation.createHTMLDocument('').createElement('div');
    box.innerHTML = toHtml(article, EN_EXPORT);
    const root = box.querySelector('article');
    expect(root).not.toBeNull();
    const paragraphs = [...root!.querySelectorAll(':scope > p')];
    // First <p> is the meta line, last is the attribution; the body's 31 paragraphs are in between.
    expect(paragraphs.length).toBe(33);
    expect(paragraphs.slice(1, -1).every((p) => (p.textContent ?? '').trim().length > 0)).toBe(true);
    expect(root!.querySelectorAll('h2').length).toBe(2);
    expect(root!.querySelector('h1')?.textContent).toBe(article.title);
    expect(root!.innerHTML).not.toMatch(/data-uri|appeared first/);
    const footer = paragraphs.at(-1)!;
    const hrefs = [...footer.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(footer.textContent).toMatch(/^Originally published by cnn\.com\. Published on Digital Trade Center: /);
    expect(hrefs).toContain('https://digitaltradecenter.com/');
    expect(hrefs).toContain(LINK);
  });
});
