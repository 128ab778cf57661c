/**
 * Long posts are sanitised in groups (src/core/clean/sanitize-groups.ts): on every REST post/page
 * content.rendered of the corpus, the finest split gives the one-call output. One test per corpus file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { corpusAvailable, restCorpus } from '../../support/corpus';
import { differences } from './split-compare';

describe.skipIf(!corpusAvailable)('sanitising in groups: REST corpus', () => {
  const files = restCorpus().map(({ file, items }) => ({
    file,
    inputs: items.flatMap((item) => {
      const html = (item as { content?: { rendered?: unknown } } | null)?.content?.rendered;
      return typeof html === 'string' ? [{ name: file, html }] : [];
    }),
  }));
  const bodies = files.reduce((n, f) => n + f.inputs.length, 0);
  let failures = 0;
  afterAll(() => console.log(`groups vs one call, REST corpus: ${bodies} bodies, ${failures} differences`));

  it('has the REST bodies', () => {
    expect(bodies).toBeGreaterThan(50);
  });

  for (const { file, inputs } of files.filter((f) => f.inputs.length > 0))
    it(file, () => {
      const found = differences(inputs);
      failures += found.length;
      expect(found).toEqual([]);
    }, 120_000);
});
