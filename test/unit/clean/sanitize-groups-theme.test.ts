/**
 * Long posts are sanitised in groups (src/core/clean/sanitize-groups.ts): on every post_content of the
 * WordPress theme unit test data, the finest split gives the one-call output. Its own file (own worker):
 * hundreds of jsdom cleanings after the other corpus suites made one worker slow enough to time out.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusPath, readCorpus } from '../../support/corpus';
import { differences } from './split-compare';

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
    const failures = differences(inputs);
    console.log(`groups vs one call, theme test data: ${inputs.length} bodies, ${failures.length} differences`);
    expect(failures).toEqual([]);
  }, 900_000);
});
