/**
 * src/core/detect/elements.ts: the lazy element searches detection uses on big pages must list exactly what
 * querySelectorAll lists, in the same order, whether the walk finds everything or runs out of budget.
 */
import { describe, expect, it } from 'vitest';
import { firstInDocument, matchesInOrder } from '../../../src/core/detect/elements';
import { htmlDoc } from './fixture';
// Deterministic (mulberry32): a failing tree can be reproduced from its seed. The bench's filler text uses it too.
import { prng } from '../../../scripts/bench/content';

const TAGS = ['div', 'p', 'section', 'article', 'span', 'ul', 'li', 'img', 'link', 'script'];
const CLASSES = ['post-1', 'post-22', 'post-thumbnail', 'entry', 'wp-block-image', 'has-wp-block-x', 'single post-template-default', ''];

/** A random tree: nesting, long sibling runs (past the walk's budget), matches sprinkled anywhere. */
function randomPage(seed: number): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let budget = 400;
  const node = (depth: number): string => {
    budget--;
    const tag = pick(TAGS);
    const cls = pick(CLASSES);
    const id = rand() < 0.1 ? ` id="post-${Math.floor(rand() * 50)}"` : '';
    const attrs = `${cls ? ` class="${cls}"` : ''}${id}${tag === 'img' || tag === 'script' ? ' src="/wp-content/x.js"' : ''}${tag === 'link' ? ' href="/a.css"' : ''}`;
    if (tag === 'img' || tag === 'link') return `<${tag}${attrs}>`;
    const run = depth > 4 || budget <= 0 ? 0 : rand() < 0.2 ? 30 + Math.floor(rand() * 40) : Math.floor(rand() * 4);
    let inner = '';
    for (let i = 0; i < run && budget > 0; i++) inner += node(depth + 1);
    return `<${tag}${attrs}>${inner}</${tag}>`;
  };
  let body = '';
  while (budget > 0) body += node(0);
  return `<!DOCTYPE html><html><head><link rel="stylesheet" href="/wp-content/themes/t/s.css"><script src="/wp-includes/js/x.js"></script></head><body class="${pick(CLASSES)}">${body}</body></html>`;
}

const SELECTORS = [
  '[id^="post-"], [class*="post-"]',
  '[class*="wp-block-"]',
  'link[href], script[src], img[src], source[src], iframe[src]',
  'li',
  'nothing-matches-this',
];

describe('matchesInOrder', () => {
  it('lists exactly what querySelectorAll lists, in order, on random trees (walk and fallback)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const doc = htmlDoc(randomPage(seed));
      for (const selector of SELECTORS) {
        const want = Array.from(doc.querySelectorAll(selector));
        const got = Array.from(matchesInOrder(doc, selector));
        expect(got.length, `seed ${seed} ${selector}`).toBe(want.length);
        expect(
          got.every((el, i) => el === want[i]),
          `seed ${seed} ${selector}`,
        ).toBe(true);
      }
    }
  });

  it('finds a match that only a late element carries, past a long run of non-matching siblings', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `<li class="c${i}"><span>x</span></li>`).join('');
    const doc = htmlDoc(`<body class="post-template-default"><ol>${filler}</ol><footer><div class="post-77"></div></footer></body>`);
    expect(Array.from(matchesInOrder(doc, '[class*="post-"]')).map((el) => el.className)).toEqual(['post-template-default', 'post-77']);
  });

  it('stops where the caller stops: the descendants of the first match come next', () => {
    const doc = htmlDoc('<body class="post-template-default"><main><article class="post-5"></article></main><aside class="post-6"></aside></body>');
    const it = matchesInOrder(doc, '[class*="post-"]');
    expect(it.next().value?.tagName).toBe('BODY');
    expect(it.next().value?.className).toBe('post-5');
    expect(it.next().value?.className).toBe('post-6');
    expect(it.next().done).toBe(true);
  });
});

describe('firstInDocument', () => {
  it('picks the element that comes first in the page, whatever the order it is given in', () => {
    const doc = htmlDoc('<head><link id="a"></head><body><div id="b"><img id="c"></div><script id="d"></script></body>');
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => doc.getElementById(id));
    expect(firstInDocument([d, c, undefined, b])?.id).toBe('b');
    expect(firstInDocument([c, d])?.id).toBe('c');
    expect(firstInDocument([d, null, a])?.id).toBe('a');
    expect(firstInDocument([])).toBeUndefined();
  });
});
