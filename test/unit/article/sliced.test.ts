/**
 * Issue 5: normalizePostSliced (what the reader runs) yields to the browser between bounded slices and
 * returns exactly normalizePost's Article; word counting in chunks adds up to the whole count; the work
 * grows linearly with the post (counted in slices and elements, never timed).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSeedPost } from '../../support/corpus';
import { normalizePayload, normalizePayloadSliced, normalizePost, normalizePostSliced } from '../../../src/core/article';
import { normalizeSteps } from '../../../src/core/article/normalize';
import { blockText, blockTextSteps, countWords, readingMinutes, spaceChunks, textStatsSteps } from '../../../src/core/article/words';
import { runSync, type Slice } from '../../../src/core/clean';
import type { Article, FetchedPost } from '../../../src/core/types';

const seed = readSeedPost<FetchedPost['post']>();
const JSON_URL = 'https://digitaltradecenter.com/wp-json/wp/v2/posts/12483';

/** The seed with its content repeated `times` times (the hostile suite's big posts are built this way). */
function seedTimes(times: number): FetchedPost {
  const content = seed.content?.rendered ?? '';
  return { post: { ...seed, content: { rendered: content.repeat(times), protected: false } }, jsonUrl: JSON_URL };
}

/** normalizePostSliced with a yield after every slice; returns the article, the slices and the yield count. */
async function sliced(fetched: FetchedPost, groupElements?: number): Promise<{ article: Article; slices: Slice[]; yields: number }> {
  const slices: Slice[] = [];
  let yields = 0;
  const article = await normalizePostSliced(fetched, {
    budgetMs: 0,
    yieldTo: async () => {
      yields++;
    },
    onSlice: (s) => slices.push(s),
    ...(groupElements ? { groupElements, wholeBelow: 0 } : {}),
  });
  return { article, slices, yields };
}

describe('normalizePostSliced', () => {
  it('the seed: the same Article as normalizePost, and as the one-call sanitiser path', async () => {
    const fetched = seedTimes(1);
    const { article } = await sliced(fetched);
    expect(article).toEqual(normalizePost(fetched));
    expect(article).toEqual(runSync(normalizeSteps(fetched, { wholeBelow: Infinity })));
  });

  it('a long post: many yields, every DOMPurify slice bounded, the same Article as the one-call path', async () => {
    const fetched = seedTimes(8); // ~125 KB of content
    const { article, slices, yields } = await sliced(fetched, 20);
    expect(yields).toBe(slices.length);
    const sanitize = slices.filter((s) => s.step === 'sanitize');
    expect(sanitize.length).toBeGreaterThan(10);
    // A group holds at most 20 elements (one top-level node may be bigger on its own; the seed's are not).
    expect(Math.max(...sanitize.map((s) => s.units))).toBeLessThanOrEqual(20);
    expect(article).toEqual(runSync(normalizeSteps(fetched, { wholeBelow: Infinity })));
    // Eight copies of the words (less the one credit footer that attribution removes from the end).
    expect((article as { wordCount: number }).wordCount).toBeGreaterThan(normalizePost(seedTimes(1)).wordCount * 7.9);
  });

  it('with the default sizes a post over the one-call limit is still split, an ordinary one is not', async () => {
    const long = await sliced(seedTimes(8));
    expect(long.slices.filter((s) => s.step === 'sanitize').length).toBeGreaterThan(1);
    const short = await sliced(seedTimes(1));
    expect(short.slices.filter((s) => s.step === 'sanitize')).toHaveLength(1);
  });

  it('work grows linearly: slices and elements double when the post doubles, the largest slice stays put', async () => {
    const runs = [];
    for (const times of [2, 4, 8]) {
      const { slices } = await sliced(seedTimes(times), 20);
      const sanitize = slices.filter((s) => s.step === 'sanitize');
      runs.push({ groups: sanitize.length, elements: sanitize.reduce((n, s) => n + s.units, 0), largest: Math.max(...sanitize.map((s) => s.units)) });
    }
    const [a, b, c] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
    // Up to a few elements at the seams between copies (the seed ends with a stray </p>).
    expect(b.elements / a.elements).toBeCloseTo(2, 1);
    expect(c.elements / a.elements).toBeCloseTo(4, 1);
    expect(c.groups / a.groups).toBeGreaterThan(3.5);
    expect(c.groups / a.groups).toBeLessThan(4.5);
    expect(c.largest).toBeLessThanOrEqual(20);
  });

  it('the Article is byte for byte what normalizePost returned before slicing (hashes from commit 1f0f021)', async () => {
    // `rest` (issue 11: id, comment status, site-local date) came later; everything before it is unchanged.
    const sha = ({ rest: _rest, ...value }: Article): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    expect((await sliced(seedTimes(1))).article.rest).toEqual({ id: 12483, type: 'post', comments: 'closed', siteDate: '2025-01-28T11:38:33' });
    expect(sha((await sliced(seedTimes(1))).article)).toBe('fe20cd34d416efdf80b416bbb96b2544c68df6fb04179d6276a246f299370cfa');
    // Nine copies: 140 KB of body markup, so DOMPurify runs in groups and every pass in batches.
    expect(sha((await sliced(seedTimes(9))).article)).toBe('6ece79f5da6958bc8b0f19b3db011574ee401deec731152afc2d3c0b4ae8701a');
    expect(sha((await sliced(seedTimes(9), 5)).article)).toBe('6ece79f5da6958bc8b0f19b3db011574ee401deec731152afc2d3c0b4ae8701a');
  });

  it('a protected post with no content still throws, through the sliced path too', async () => {
    const fetched: FetchedPost = { post: { ...seed, content: { rendered: '', protected: true } }, jsonUrl: JSON_URL };
    await expect(normalizePostSliced(fetched)).rejects.toMatchObject({ kind: 'password-protected' });
  });
});

describe('text in chunks', () => {
  const english = blockText(normalizePostRoot());
  const samples: [string, string, string | undefined][] = [
    ['English (the seed)', english, 'en'],
    ['Japanese with and without spaces', '日本語の文章です。 東京は大きい都市です。 '.repeat(40) + 'これは長い文で空白がありません'.repeat(30), 'ja'],
    ['Chinese', '中国的人工智能公司 深度求索 发布了新模型。 '.repeat(60), 'zh'],
    ['Thai (no spaces between words)', 'ภาษาไทยไม่มีช่องว่างระหว่างคำ ประโยคที่สอง '.repeat(50), 'th'],
    ['mixed, numbers, punctuation, emoji', "It's 3.14 — the U.S. e-mail co-op 👍🏽 l'été, naïve café. ".repeat(80), 'en'],
  ];

  for (const [name, text, lang] of samples) {
    it(`${name}: chunked word count and reading time equal the whole text's`, () => {
      for (const size of [7, 50, 500]) {
        expect([...spaceChunks(text, size)].join('')).toBe(text);
        const stats = runSync(textStatsSteps(text, lang, size));
        expect(stats.words).toBe(countWords(text, lang));
        expect(stats.minutes).toBe(readingMinutes(text, stats.words));
      }
      expect([...spaceChunks(text, 50)].length).toBeGreaterThan(1);
    });
  }

  it('the word count is not a chunk artefact: the seed has the words a whole-text count finds', () => {
    expect(countWords(english, 'en')).toBeGreaterThan(500);
  });

  it('blockText in slices of one element equals blockText and the one-regex reference', () => {
    const root = normalizePostRoot();
    // Whitespace runs that straddle slices: text nodes of spaces, NBSPs and newlines between and inside blocks.
    root.append(
      ' \u00a0 ',
      document.createElement('p'),
      '\n',
      Object.assign(document.createElement('p'), { textContent: '  a  ' }),
      '  b ',
      document.createElement('br'),
      '\t c',
    );
    const steps = blockTextSteps(root, 1);
    let slices = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) slices++;
    expect(next.value).toBe(blockText(root));
    expect(next.value).toBe(referenceBlockText(root));
    expect(next.value.endsWith('a b c')).toBe(true);
    expect(slices).toBeGreaterThan(20);
  });
});

/** The seed's cleaned body as an element (blockText's input). */
function normalizePostRoot(): HTMLElement {
  const div = document.createElement('div');
  div.append(...new DOMParser().parseFromString(normalizePost(seedTimes(1)).contentHtml, 'text/html').body.childNodes);
  return div;
}

/** blockText as it was before slicing (one walk, one regex): the reference for the sliced version. */
function referenceBlockText(root: Node): string {
  const BLOCKS =
    /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DETAILS|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TD|TH|TR|UL)$/;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const block = BLOCKS.test((child as Element).tagName.toUpperCase());
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

describe('payload → Article: one function for the reader and the context-menu copy', () => {
  // A page whose canonical differs from the tab URL (a tracking query): both contexts must see it.
  const payload = {
    detection: {
      isWordPress: true,
      pageUrl: 'https://digitaltradecenter.com/2025/01/deepseek/?utm_source=x',
      canonicalUrl: 'https://digitaltradecenter.com/2025/01/deepseek/',
      pageKind: 'singular' as const,
      signals: [],
    },
    fetched: seedTimes(1),
  };

  it('normalizePayload (copy) and normalizePayloadSliced (reader) give the same Article, with the detection applied', async () => {
    const atOnce = normalizePayload(payload);
    expect(await normalizePayloadSliced(payload, { budgetMs: 0, yieldTo: async () => undefined })).toEqual(atOnce);
    expect(atOnce).toEqual(normalizePost(payload.fetched, { pageUrl: payload.detection.pageUrl, canonicalUrl: payload.detection.canonicalUrl }));
  });
});
