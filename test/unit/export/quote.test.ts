/** "Copy quote" (issue 10 §2): the three flavours and their citation line, from a real normalised post. */
import { describe, expect, it } from 'vitest';
import { toQuote } from '../../../src/core/export';
import type { Article } from '../../../src/core/types';
import { EN_EXPORT } from '../../support/english';
import { exactArticle, SITE } from './exact-support';

function article(post: Record<string, unknown> = {}): Article {
  return {
    ...exactArticle('inline-space.html', { title: { rendered: 'Salt &amp; Pepper: a history' }, ...post }),
    byline: { name: 'Ada Lovelace' },
    site: { name: 'Exact News', url: SITE },
  };
}

const LINK = `${SITE}/2025/03/exact/#:~:text=Salt%2C%20pepper%20%26%20well%2Dknown%20spices.`;

describe('toQuote', () => {
  it('plain text: the selection, then the citation line with the text-fragment link', () => {
    const quote = toQuote('  Salt, pepper  & well-known\t spices. ', article(), EN_EXPORT)!;
    expect(quote.link).toBe(LINK);
    expect(quote.text).toBe(`Salt, pepper & well-known spices.\n\n— Ada Lovelace, “Salt & Pepper: a history”, Exact News, 1 March 2025, ${LINK}\n`);
  });

  it('Markdown: a blockquote, paragraphs kept, Markdown and HTML in the selection escaped, title linked', () => {
    const quote = toQuote('First *para* <img src=x onerror=alert(1)>\n\n1. Second', article(), EN_EXPORT)!;
    expect(quote.markdown).toBe(
      '> First \\*para\\* \\<img src=x onerror=alert(1)\\>\n>\n> 1\\. Second\n\n' +
        `— Ada Lovelace, “[Salt & Pepper: a history](${SITE}/2025/03/exact/#:~:text=First%20*para*%20%3Cimg%20src%3Dx,1.%20Second)”, Exact News, 1 March 2025\n`,
    );
  });

  it('HTML: <blockquote cite> with one <p> per paragraph; the selection stays text, never markup', () => {
    const quote = toQuote('<script>alert(1)</script> & more\nNext <b>bold</b>', article(), EN_EXPORT)!;
    const doc = new DOMParser().parseFromString(quote.html, 'text/html');
    const blockquote = doc.querySelector('blockquote')!;
    expect(blockquote.getAttribute('cite')).toBe(quote.link);
    expect([...blockquote.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['<script>alert(1)</script> & more', 'Next <b>bold</b>']);
    expect(doc.querySelector('script, b')).toBeNull();
    const line = blockquote.nextElementSibling!;
    expect(line.textContent).toBe('— Ada Lovelace, “Salt & Pepper: a history”, Exact News, 1 March 2025');
    expect(line.querySelector('cite a')!.getAttribute('href')).toBe(quote.link);
    expect(line.querySelector('time')!.getAttribute('datetime')).toBe('2025-03-01T10:00:00.000Z');
  });

  it('leaves out what the post lacks and uses the canonical address', () => {
    const bare = { ...article({ date_gmt: null, date: null }), byline: undefined, canonicalUrl: 'https://origin.example.org/story' };
    delete bare.published;
    const quote = toQuote('Only this', bare, EN_EXPORT)!;
    expect(quote.text).toBe('Only this\n\n— “Salt & Pepper: a history”, Exact News, https://origin.example.org/story#:~:text=Only%20this\n');
  });

  it('words the line in the UI language: its quotation marks and separator', () => {
    const ja = { locale: 'ja', words: { ...EN_EXPORT.words, quoteTitle: '「{title}」', quoteSeparator: '、' } };
    expect(toQuote('引用文', article(), ja)!.text).toContain('— Ada Lovelace、「Salt & Pepper: a history」、Exact News、2025年3月1日、');
  });

  it('an empty selection makes no quote', () => {
    expect(toQuote(' \n \t', article(), EN_EXPORT)).toBeUndefined();
  });
});
