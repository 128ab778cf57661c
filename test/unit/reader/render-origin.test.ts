/** The extraction note (issue 4): under the header, once, only for articles read from the page. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderArticle } = await import('../../../src/reader/render-article');
const { splitOriginNote } = await import('../../../src/reader/render-origin');
const { makeArticle } = await import('./support/article');

const NOTE = "Extracted from the page — this site's REST API answered 401";
const CLEANER = 'Leftover page-builder shortcodes were removed.';

describe('origin note', () => {
  it('a REST article has none; its cleaner notes stay in the notes list', () => {
    const article = makeArticle({ notes: [CLEANER] });
    expect(splitOriginNote(article)).toEqual({ notes: [CLEANER] });
    const node = renderArticle(article, 'en-US');
    expect(node.querySelector('.cp-origin-note')).toBeNull();
    expect(node.querySelector('.cp-notes li')?.textContent).toBe(CLEANER);
  });

  it('a page article shows the core sentence under the header, and only the cleaner notes in the list', () => {
    const node = renderArticle(makeArticle({ origin: 'page', notes: [NOTE, CLEANER] }), 'en-US');
    const note = node.querySelector('.cp-origin-note');
    expect(note?.textContent).toBe(NOTE);
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.previousElementSibling?.tagName).toBe('HEADER');
    expect([...node.querySelectorAll('.cp-notes li')].map((li) => li.textContent)).toEqual([CLEANER]);
    expect(node.textContent?.split('Extracted from the page')).toHaveLength(2);
  });

  it('falls back to the localised sentence when the core gave none, as text only', () => {
    expect(splitOriginNote(makeArticle({ origin: 'page', notes: [] })).origin?.textContent).toBe('Extracted from the page');
    const hostile = splitOriginNote(makeArticle({ origin: 'page', notes: ['<img src=x onerror=alert(1)>'] })).origin;
    expect(hostile?.querySelector('img')).toBeNull();
    expect(hostile?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
