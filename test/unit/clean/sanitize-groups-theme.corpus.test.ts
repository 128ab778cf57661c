/**
 * Long posts are sanitised in groups (src/core/clean/sanitize-groups.ts): on every post_content of the
 * WordPress theme unit test data, the finest split gives the one-call output. One test per body.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { corpusAvailable, corpusFiles, readCorpus } from '../../support/corpus';
import { differences, SPLITS } from './split-compare';

function themeBodies(): { name: string; html: string }[] {
  const inputs: { name: string; html: string }[] = [];
  for (const file of corpusFiles('wp-theme-test-data', /^[^/]+\/[^/]+\.xml$/)) {
    const xml = readCorpus(file);
    let i = 0;
    for (const m of xml.matchAll(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/g)) {
      if ((m[1] ?? '').trim() !== '') inputs.push({ name: `${file.split('/')[1]} #${i++}`, html: m[1] ?? '' });
    }
  }
  return inputs;
}

describe.skipIf(!corpusAvailable)('sanitising in groups: theme test data', () => {
  const inputs = themeBodies();
  // Groups of 7 elements, not 1: every group is one DOMPurify call, and a jsdom DOMPurify call costs a
  // document; groups of 1 made this file take 6 minutes of CI. The seed, the REST corpus, the XSS vectors
  // and the edge fixture keep the finest split (sanitize-groups*.test.ts).
  const split = SPLITS.filter((s) => s.groupElements === 7);
  let failures = 0;
  afterAll(() => console.log(`groups of 7 vs one call, theme test data: ${inputs.length} bodies, ${failures} differences`));

  it('has every post_content of the WXR files', () => {
    expect(inputs.length).toBeGreaterThan(50);
    expect(split).toHaveLength(1);
  });

  for (const input of inputs)
    it(input.name, () => {
      const found = differences([input], split);
      failures += found.length;
      expect(found).toEqual([]);
    }, 60_000);
});
