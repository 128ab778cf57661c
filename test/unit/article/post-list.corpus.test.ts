/**
 * Corpus suite: real lists of posts (wp-rest-json/: frontity's "posts from category 7" mock, stayhomech's
 * bern.local-hero.ch list) normalise into what the reader's archive list shows (issue 11, item 3): titles and
 * excerpts as text with their entities decoded, GMT dates, embedded author names, permalinks.
 */
import { describe, expect, it } from 'vitest';
import { normalizePostList } from '../../../src/core/article/post-list';
import { corpusAvailable, readCorpusJson } from '../../support/corpus';

const raw = (items: unknown[], totalPages?: number) => ({
  items,
  page: 1,
  jsonUrl: 'https://x/',
  root: 'https://x/',
  ...(totalPages ? { totalPages } : {}),
});

describe.skipIf(!corpusAvailable)('REST corpus: lists of posts', () => {
  it('frontity posts-from-category-7.json: five posts with their authors, GMT dates and text excerpts', () => {
    const items = readCorpusJson<unknown[]>('wp-rest-json', 'frontity-wp-source-mocks', 'posts-from-category-7.json');
    const list = normalizePostList(raw(items, 2), { kind: 'category', id: 7 });
    expect(list.items.map((i) => [i.id, i.title, i.author])).toEqual([
      [57, 'Shinjuku Gyoen National Garden', 'Reyes Martinez'],
      [54, 'Antelope Canyon', 'Luis Herranz'],
      [42, 'Kebumen City', 'Luis Herranz'],
      [36, 'Banff National Park', 'Alan Martin'],
      [33, 'The Al Hajar Mountains', 'Reyes Martinez'],
    ]);
    // The excerpt is read from the corpus file rather than written here (its text is the site's): one <p>, no
    // entities, so the expected plain text is that paragraph's content.
    const rendered = (items[2] as { excerpt: { rendered: string } }).excerpt.rendered;
    expect(rendered).toMatch(/^<p>[^<&]+<\/p>\s*$/);
    expect(list.items[2]).toMatchObject({
      link: 'https://demo.worona.org/kebumen/',
      date: '2016-09-25T17:49:27.000Z',
      excerpt: rendered.replace(/<\/?p>/g, '').trim(),
    });
    expect(list).toMatchObject({ page: 1, totalPages: 2, hasNext: true });
  });

  it('stayhomech bern.local-hero.ch-posts.json: entities in titles and excerpts decoded, no markup left, no author embedded', () => {
    const items = readCorpusJson<unknown[]>('wp-rest-json', 'stayhomech-localhero-mock', 'bern.local-hero.ch-posts.json');
    const list = normalizePostList(raw(items), { kind: 'latest' });
    expect(list.items).toHaveLength(10);
    expect(list.items[1]).toMatchObject({ id: 1513, link: 'https://bern.local-hero.ch/jeannies-bezaubernde-babygeschenke-mit-heimlieferung/' });
    expect(list.items[1]!.title).toBe('Jeannie’s bezaubernde Babygeschenke – mit Heimlieferung!');
    expect(list.items[1]!.excerpt.endsWith('Nuggiketten, …')).toBe(true);
    for (const item of list.items) {
      expect(item.author).toBeUndefined();
      expect(item.excerpt).not.toMatch(/[<>]|&#\d+;/);
    }
    // Ten items and no X-WP-TotalPages: a full page may have a next one.
    expect(list.hasNext).toBe(true);
  });
});
