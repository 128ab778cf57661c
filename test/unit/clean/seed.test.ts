/** The seed post (CNN article syndicated to a WordPress aggregator): the real-data check of items 4–5. */
import { describe, expect, it } from 'vitest';
import { cleanContent, findOriginalSource } from '../../../src/core/clean';
import { readSeedPost } from '../../support/corpus';

const post = readSeedPost<{ link: string; content: { rendered: string } }>();

describe('seed post 12483', () => {
  const { root, notes } = cleanContent(post.content.rendered, post.link);
  const source = findOriginalSource(root, { postUrl: post.link });

  it('keeps exactly 31 paragraphs and 2 subheadings, in order, none empty', () => {
    const blocks = [...root.children].map((el) => el.tagName);
    expect(blocks.filter((t) => t === 'P')).toHaveLength(31);
    expect(blocks.filter((t) => t === 'H2')).toHaveLength(2);
    expect(blocks.every((t) => t === 'P' || t === 'H2')).toBe(true);
    expect(blocks.indexOf('H2')).toBeGreaterThan(0);
    for (const el of root.children) expect((el.textContent ?? '').trim()).not.toBe('');
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['‘Changing the rules of the game’', '‘We don’t do mediocre’']);
    expect(root.firstElementChild?.textContent).toMatch(/^People across China are hailing/);
    expect(root.lastElementChild?.textContent).toMatch(/far-reaching vision,” the post added\.$/);
  });

  it('drops every CNN attribute and the padding spaces', () => {
    expect(root.innerHTML).not.toContain('cms.cnn.com');
    for (const el of root.querySelectorAll('*')) {
      expect([...el.attributes].map((a) => a.name)).toEqual([]);
    }
    for (const el of root.children) {
      const text = el.textContent ?? '';
      expect(text).toBe(text.trim());
    }
    expect(notes).toEqual([]);
  });

  it('moves "This post appeared first on cnn.com" into the source', () => {
    expect(source).toEqual({ name: 'cnn.com', url: 'https://cnn.com/', via: 'footer' });
    expect(root.textContent).not.toContain('appeared first on');
  });
});
