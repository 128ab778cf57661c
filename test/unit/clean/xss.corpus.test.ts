/**
 * Security proof over third-party vector sets: DOMPurify's own fixture (`expect.json`) and the
 * html5sec.org database (H5SC `items.json`, placeholders expanded from `payloads.json`). Every vector
 * goes through `cleanContent` and `sanitizeHtml`; the output must meet ./assert-safe.ts. One test per vector.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContent, sanitizeHtml } from '../../../src/core/clean';
import { corpusAvailable, corpusXssVectors } from '../../support/corpus';
import { violations } from './assert-safe';

const BASE = 'https://blog.example.org/2024/01/post/';

describe.skipIf(!corpusAvailable)('XSS corpus: no vector survives cleanContent or sanitizeHtml', () => {
  const all = corpusXssVectors();
  let failures = 0;
  afterAll(() => console.log(`xss corpus: ${all.length} vectors, ${failures} failures`));

  it('has the vector tables', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  for (const { name, html: payload } of all)
    it(name, () => {
      const found: string[] = [];
      for (const [fn, html] of [
        ['cleanContent', cleanContent(payload, BASE).root.innerHTML],
        ['sanitizeHtml', sanitizeHtml(payload, BASE).innerHTML],
      ] as const) {
        for (const v of violations(html)) found.push(`${fn}: ${v}`);
      }
      failures += found.length;
      expect(found).toEqual([]);
    }, 60_000);
});
