import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusAvailable, corpusFiles } from '../../support/corpus';
import { detectPage, FALLBACK_URL, readPage, resetTiming, seconds, timing } from './corpus-pages';

describe.skipIf(!corpusAvailable)('detect on non-WordPress pages (non-wp-pages/)', () => {
  const pages = corpusFiles('non-wp-pages', /\.html(?:\.gz)?$/).filter((rel) => !/expected\.html$/.test(rel));
  let falsePositives = 0;

  it('has the pages', () => {
    expect(pages.length).toBeGreaterThan(200);
  });

  // One test per page: reports no WordPress on any of them, hard negatives included.
  for (const rel of pages)
    it(rel, () => {
      const det = detectPage(readPage(rel), FALLBACK_URL);
      if (det.isWordPress) falsePositives++;
      expect(det.isWordPress, `signals: ${det.signals.map((s) => `${s.kind}=${s.value}`).join(', ')}`).toBe(false);
    }, 60_000); // generous: the machine is shared

  beforeAll(resetTiming);

  afterAll(() => {
    console.log(
      `detect corpus non-WP: ${falsePositives}/${pages.length} false positives ` +
        `(parse ${seconds(timing.parseMs)}s, detect ${seconds(timing.detectMs)}s)`,
    );
  });
});
