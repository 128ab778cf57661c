/**
 * Long posts are sanitised in groups (src/core/clean/sanitize-groups.ts): for every XSS vector of the
 * corpus (DOMPurify's expect list, H5SC), alone and between paragraphs, the finest split gives the
 * one-call output. One test per vector.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { corpusAvailable, corpusXssVectors } from '../../support/corpus';
import { differences } from './split-compare';

describe.skipIf(!corpusAvailable)('sanitising in groups: XSS vectors', () => {
  const vectors = corpusXssVectors();
  let failures = 0;
  afterAll(() => console.log(`groups vs one call, XSS vectors: ${vectors.length * 2} inputs, ${failures} differences`));

  it('has the vector tables', () => {
    expect(vectors.length).toBeGreaterThan(300);
  });

  for (const { name, html } of vectors)
    it(`${name}, alone and between paragraphs`, () => {
      const framed = { name: `${name} (framed)`, html: `<p>before</p>\n${html}\n<p id="x">after <a href="#x">x</a></p>` };
      const found = differences([{ name, html }, framed]);
      failures += found.length;
      expect(found).toEqual([]);
    }, 60_000);
});
