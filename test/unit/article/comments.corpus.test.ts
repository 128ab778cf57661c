/**
 * Corpus suite: real comment collections from the shared corpus (wp-rest-json/: frontity's test.frontity.org
 * mocks and wordpress-develop's QUnit fixture) normalise into the thread the site meant.
 */
import { describe, expect, it } from 'vitest';
import { normalizeComments } from '../../../src/core/article/comments';
import { corpusAvailable, readCorpusJson } from '../../support/corpus';

describe.skipIf(!corpusAvailable)('REST corpus: comments', () => {
  it('frontity post-60-comments.json: Mario, then David Arenas replying to him; Reyes Martinez on his own', () => {
    const items = readCorpusJson<unknown[]>('wp-rest-json', 'frontity-wp-source-mocks', 'post-60-comments.json');
    const thread = normalizeComments({ items, truncated: false }, 'https://test.frontity.org/2016/the-beauties-of-gullfoss/');
    expect(thread.count).toBe(3);
    expect(thread.comments.map((c) => [c.id, c.author, c.replies.map((r) => [r.id, r.author])])).toEqual([
      [124, 'Mario', [[129, 'David Arenas']]],
      [5, 'Reyes Martinez', []],
    ]);
    const reply = thread.comments[0]!.replies[0]!;
    expect(reply.html).toBe('<p>Hola Mario</p>');
    // date_gmt, not the site-local date (two hours apart on this site).
    expect(reply.date).toBe('2019-02-08T15:28:33.000Z');
  });

  it('wordpress-develop comments-collection.json: one top-level comment, its author link kept (http)', () => {
    const items = readCorpusJson<unknown[]>('wp-rest-json', 'wordpress-develop-qunit-fixture', 'comments-collection.json');
    const thread = normalizeComments({ items, truncated: false }, 'http://example.org/?p=4');
    expect(thread.comments).toEqual([
      {
        id: 2,
        author: 'Internet of something or other',
        authorUrl: 'http://lights.example.org/',
        date: '2017-02-14T00:00:00.000Z',
        html: '<p>This is a comment</p>',
        replies: [],
      },
    ]);
  });
});
