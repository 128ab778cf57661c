/**
 * Comment normalisation (issue 11, item 4) on handwritten edges (test/fixtures/article/comments-edge.json) and
 * the fixture site's own comments (test/fixtures/site/data/comments.json): threading by `parent`, hostile
 * fields, the posts' cleaning and user links. Real sites' comments: comments.corpus.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArticleComment, MAX_THREAD_DEPTH, normalizeComments, normalizeCommentsSliced } from '../../../src/core/article/comments';

const BASE = 'https://blog.example/2025/03/post/';
const read = (...parts: string[]): unknown[] => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures', ...parts), 'utf8')) as unknown[];
const edge = read('article', 'comments-edge.json');

function flat(comments: ArticleComment[]): ArticleComment[] {
  return comments.flatMap((c) => [c, ...flat(c.replies)]);
}
const byId = (comments: ArticleComment[], id: number): ArticleComment => flat(comments).find((c) => c.id === id)!;

describe('normalizeComments', () => {
  const thread = normalizeComments({ items: edge, truncated: false }, BASE);

  it('threads by parent; a parent not sent, a loop or a self-parent makes a top-level comment', () => {
    expect(thread.comments.map((c) => c.id)).toEqual([10, 13, 14, 15, 16, 19]);
    expect(byId(thread.comments, 10).replies.map((c) => c.id)).toEqual([11]);
    expect(byId(thread.comments, 11).replies.map((c) => c.id)).toEqual([12]);
    expect(thread.count).toBe(8);
    expect(thread.truncated).toBe(false);
  });

  it('drops what is not a comment: a duplicate id, a string id, a pingback, non-objects', () => {
    const names = flat(thread.comments).map((c) => c.author);
    for (const name of ['Duplicate id', 'String id', 'Pingback']) expect(names).not.toContain(name);
  });

  it('author as one line of text, author URL http(s) only, date from date_gmt (an unset date is no date)', () => {
    expect(byId(thread.comments, 10)).toMatchObject({ author: 'Ada Lovelace', authorUrl: 'https://ada.example/', date: '2025-03-01T09:00:00.000Z' });
    expect(byId(thread.comments, 11).authorUrl).toBeUndefined();
    expect(byId(thread.comments, 12).author).toBe('');
    expect(byId(thread.comments, 12).date).toBeUndefined();
  });

  it("content through the posts' cleaning: no script, no handler, links absolute and nofollow ugc, headings made paragraphs", () => {
    const ada = byId(thread.comments, 10).html;
    expect(ada).toBe(
      '<p>Big claim</p><p>See <a href="https://ada.example/notes" rel="nofollow ugc noopener noreferrer" target="_blank">my notes</a> and ' +
        '<a href="https://blog.example/about/" rel="nofollow ugc noopener noreferrer" target="_blank">about</a>.</p>',
    );
    const bob = byId(thread.comments, 11).html;
    expect(bob).not.toMatch(/script|onclick|onerror|alert/i);
    expect(bob).toContain('Reply');
    expect(byId(thread.comments, 19).html).toBe('');
  });

  it(`replies deeper than ${MAX_THREAD_DEPTH} levels hang from the ancestor at that depth`, () => {
    const chain = Array.from({ length: MAX_THREAD_DEPTH + 4 }, (_, i) => ({ id: i + 1, parent: i, content: { rendered: `<p>${i + 1}</p>` } }));
    const deep = normalizeComments({ items: chain, truncated: true }, BASE);
    let depth = 0;
    let level = deep.comments;
    while (level.length > 0) {
      depth++;
      level = level.flatMap((c) => c.replies);
    }
    expect(depth).toBe(MAX_THREAD_DEPTH + 1); // the top-level comment plus MAX_THREAD_DEPTH levels of replies
    expect(deep.count).toBe(MAX_THREAD_DEPTH + 4);
    expect(deep.truncated).toBe(true);
  });

  // jsdom cleans a comment in ~50 ms under load: 21 comments twice, with room for a loaded 2-core machine.
  it('the sliced form gives the same thread, pausing between slices', { timeout: 30_000 }, async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: i + 1, parent: i % 3 === 0 ? 0 : i, content: { rendered: `<p>c${i}</p>` } }));
    let pauses = 0;
    const sliced = await normalizeCommentsSliced({ items: many, truncated: false }, BASE, async () => void pauses++);
    expect(sliced).toEqual(normalizeComments({ items: many, truncated: false }, BASE));
    expect(pauses).toBe(1);
  });

  it("the fixture site's comments: a reply under its parent, the pingback left out, the hostile one cleaned", () => {
    const site = normalizeComments({ items: read('site', 'data', 'comments.json'), truncated: false }, BASE);
    expect(site.comments.map((c) => [c.id, c.author, c.replies.map((r) => r.id)])).toEqual([
      [901, 'Margaret Okafor', [902]],
      [903, 'Tomás Ruiz', []],
    ]);
    expect(byId(site.comments, 903).html).not.toMatch(/onerror|script|__cpCommentXss/);
  });
});
