/**
 * Long posts are sanitised in groups (src/core/clean/sanitize-groups.ts): on every post_content of the
 * WordPress theme unit test data, the finest split gives the one-call output. Its own file (own worker):
 * hundreds of jsdom cleanings after the other corpus suites made one worker slow enough to time out.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusPath, readCorpus } from '../../support/corpus';
import { differences, SPLITS } from './split-compare';

describe.skipIf(!corpusAvailable)('sanitising in groups: theme test data', () => {
  it('the theme unit test data (every post_content of the WXR files)', () => {
    const inputs: { name: string; html: string }[] = [];
    for (const file of readdirSync(corpusPath('wp-theme-test-data')).filter((f) => f.endsWith('.xml'))) {
      const xml = readCorpus('wp-theme-test-data', file);
      let i = 0;
      for (const m of xml.matchAll(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/g)) {
        if ((m[1] ?? '').trim() !== '') inputs.push({ name: `${file} #${i++}`, html: m[1] ?? '' });
      }
    }
    expect(inputs.length).toBeGreaterThan(50);
    // Groups of 7 elements, not 1: every group is one DOMPurify call, and a jsdom DOMPurify call costs a
    // document; groups of 1 made this file take 6 minutes of CI. The seed, the REST corpus, the XSS vectors
    // and the edge fixture keep the finest split (sanitize-groups*.test.ts).
    const split = SPLITS.filter((s) => s.groupElements === 7);
    expect(split).toHaveLength(1);
    const failures = differences(inputs, split);
    console.log(`groups of 7 vs one call, theme test data: ${inputs.length} bodies, ${failures.length} differences`);
    expect(failures).toEqual([]);
  }, 900_000);
});
