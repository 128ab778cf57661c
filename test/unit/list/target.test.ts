/**
 * Which list an archive, home or search page is (issue 11, item 3), through detect() on pages shaped as WordPress
 * prints them: body classes, the alternate JSON link of term / author archives, the URL of both permalink forms.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { listTarget } from '../../../src/core/list/target';
import { htmlDoc } from '../detect/fixture';

const API = '<link rel="https://api.w.org/" href="https://ex.com/wp-json/" />';

function page(bodyClass: string, head = ''): Document {
  return htmlDoc(`<!doctype html><html><head>${API}${head}</head><body class="${bodyClass}"><main>list</main></body></html>`);
}

describe('list detection through detect()', () => {
  it('a category archive: the alternate JSON link gives the ID, the body class the slug', () => {
    const alt = '<link rel="alternate" title="JSON" type="application/json" href="https://ex.com/wp-json/wp/v2/categories/12" />';
    const det = detect(page('archive category category-news category-12 wp-theme-x', alt), 'https://ex.com/category/news/');
    expect(det.pageKind).toBe('archive');
    expect(det.list).toEqual({ kind: 'category', id: 12, slug: 'news' });
  });

  it('a tag archive without the alternate link: slug and ID from the body classes', () => {
    expect(detect(page('archive tag tag-harbour tag-7'), 'https://ex.com/tag/harbour/').list).toEqual({ kind: 'tag', id: 7, slug: 'harbour' });
  });

  it('an author archive: the users route wins over the classes’ ID', () => {
    const alt = '<link rel="alternate" type="application/json" href="https://ex.com/wp-json/wp/v2/users/3" />';
    expect(detect(page('archive author author-jo author-9', alt), 'https://ex.com/author/jo/').list).toEqual({ kind: 'author', id: 3, slug: 'jo' });
  });

  it('a search page: the query from ?s=, whitespace collapsed', () => {
    expect(detect(page('search search-results'), 'https://ex.com/?s=harbour++cranes%20').list).toEqual({ kind: 'search', search: 'harbour cranes' });
  });

  it('a search page with the /search/q/ rewrite', () => {
    expect(detect(page('search search-results'), 'https://ex.com/search/tall%20ships/').list).toEqual({ kind: 'search', search: 'tall ships' });
  });

  it('an empty search is no list', () => {
    expect(detect(page('search search-no-results'), 'https://ex.com/?s=').list).toBeUndefined();
  });

  it('the blog home is the latest posts, also on its later pages', () => {
    expect(detect(page('home blog paged paged-2'), 'https://ex.com/page/2/').list).toEqual({ kind: 'latest' });
  });

  it('date archives: year, month and day from both permalink forms; impossible dates refused', () => {
    expect(detect(page('archive date'), 'https://ex.com/2024/05/').list).toEqual({ kind: 'date', year: 2024, month: 5 });
    expect(detect(page('archive date'), 'https://ex.com/2024/').list).toEqual({ kind: 'date', year: 2024 });
    expect(detect(page('archive date'), 'https://ex.com/?m=20240229').list).toEqual({ kind: 'date', year: 2024, month: 2, day: 29 });
    expect(detect(page('archive date'), 'https://ex.com/?m=20230229').list).toBeUndefined();
    expect(detect(page('archive date'), 'https://ex.com/2024/13/').list).toBeUndefined();
  });

  it('plain permalinks: ?cat=ID with only the `archive category` classes', () => {
    expect(detect(page('archive category'), 'https://ex.com/?cat=23').list).toEqual({ kind: 'category', id: 23 });
  });

  it('a nested category URL names the child', () => {
    expect(detect(page('archive'), 'https://ex.com/category/world/europe/page/3/').list).toEqual({ kind: 'category', slug: 'europe' });
  });

  it('a single post has no list, even with category classes on its body', () => {
    const det = detect(page('single single-post postid-5 category-news'), 'https://ex.com/2024/05/hello/');
    expect(det.pageKind).toBe('singular');
    expect(det.list).toBeUndefined();
  });

  it('a custom taxonomy archive (no class or URL it can be told by) is no list', () => {
    expect(detect(page('archive tax-genre term-jazz term-4'), 'https://ex.com/genre/jazz/').list).toBeUndefined();
  });

  it('a slug outside what sanitize_title produces is not taken; an encoded one stays encoded (it is data)', () => {
    const at = (pageUrl: string) => listTarget({ classes: ['archive', 'tag'], alternateRoutes: [], pageUrl, pageKind: 'archive' });
    expect(at("https://ex.com/tag/it's/")).toBeUndefined();
    expect(at('https://ex.com/tag/%22%3E%3Cimg/')).toEqual({ kind: 'tag', slug: '%22%3e%3cimg' });
  });
});
