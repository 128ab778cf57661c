/** Detection.canonicalUrl on real WordPress pages: the canonical the corpus index recorded. One test per page. */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, readCorpusJson } from '../../support/corpus';
import { detectPage, FALLBACK_URL, readPage } from './corpus-pages';

describe.skipIf(!corpusAvailable)('Detection.canonicalUrl on the WordPress corpus (wp-html-pages/INDEX.json)', () => {
  const index = corpusAvailable ? readCorpusJson<Record<string, { canonical: string | null }>>('wp-html-pages', 'INDEX.json') : {};
  // Every 16th page: enough variety (themes, SEO plugins, relative and absolute hrefs) at a fraction of the cost.
  const sample = Object.entries(index).filter((_entry, i) => i % 16 === 0);
  const expectedOf = (canonical: string | null): URL | undefined => {
    const url = canonical && /^https?:\/\//i.test(canonical) ? new URL(canonical) : undefined;
    if (url) url.hash = '';
    return url;
  };

  it('most sampled pages have a canonical in the index', () => {
    expect(sample.filter(([, entry]) => expectedOf(entry.canonical)).length).toBeGreaterThan(sample.length / 2);
  });

  for (const [rel, entry] of sample)
    it(`${rel} equals the canonical the index recorded`, () => {
      // A page URL that is not the canonical, so a found value really comes from the page.
      const det = detectPage(readPage(rel), FALLBACK_URL);
      expect(det.canonicalUrl).toBe(expectedOf(entry.canonical)?.href);
    }, 60_000);
});
