/**
 * Corpus suite: the shared corpus's only two WordPress list pages (wp-html-pages/, checked by body class over the
 * whole INDEX.json) through detect(): a blog posts page (`blog`, WP 4.5) is the latest posts, read from its
 * api.w.org root; a WooCommerce-style custom taxonomy archive (`tax-product_categories term-joghurt`) is a list
 * Clearpost cannot tell as posts, so it stays "not an article" (no list).
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../support/corpus';
import { detectPage, readPage } from '../detect/corpus-pages';

describe.skipIf(!corpusAvailable)('WordPress corpus: list pages', () => {
  it('echte-demokratie-jetzt.de/blog/: the blog page is the latest posts of its REST root', () => {
    const rel = 'wp-html-pages/trafilatura/eval/echte-demokratie-jetzt.de.blog.html.gz';
    const det = detectPage(readPage(rel), 'http://www.echte-demokratie-jetzt.de/blog/');
    expect(det).toMatchObject({
      isWordPress: true,
      pageKind: 'home',
      restRoot: 'http://www.echte-demokratie-jetzt.de/wp-json/',
      list: { kind: 'latest' },
    });
  });

  it('minusl.de/produkt_kategorien/joghurt/: a custom taxonomy archive is no list of posts', () => {
    const rel = 'wp-html-pages/trafilatura/eval/minusl.de.joghurt.html.gz';
    const det = detectPage(readPage(rel), 'https://www.minusl.de/produkt_kategorien/joghurt/');
    expect(det.pageKind).toBe('archive');
    expect(det.list).toBeUndefined();
  });
});
