/** The extraction note (issue 4): under the header, once, only for articles read from the page; worded by the UI. */
import { describe, expect, it, vi } from 'vitest';
import type { ArticleNote } from '../../../src/core/types';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderArticle } = await import('../../../src/reader/render-article');
const { noteText, splitOriginNote } = await import('../../../src/reader/render-origin');
const { makeArticle } = await import('./support/article');

const NOTE: ArticleNote = { kind: 'extracted', reason: 'rest-disabled', status: 401 };
const CLEANER: ArticleNote = { kind: 'shortcodes-removed' };
const CLEANER_TEXT = 'Leftover page-builder shortcodes were removed';

describe('origin note', () => {
  it('a REST article has none; its cleaner notes stay in the notes list, in words', () => {
    const article = makeArticle({ notes: [CLEANER] });
    expect(splitOriginNote(article)).toEqual({ notes: [CLEANER_TEXT] });
    const node = renderArticle(article, 'en-US');
    expect(node.querySelector('.cp-origin-note')).toBeNull();
    expect(node.querySelector('.cp-notes li')?.textContent).toBe(CLEANER_TEXT);
  });

  it('a page article shows the worded note under the header, and only the cleaner notes in the list', () => {
    const node = renderArticle(makeArticle({ origin: 'page', notes: [NOTE, CLEANER] }), 'en-US');
    const note = node.querySelector('.cp-origin-note');
    expect(note?.textContent).toBe("Extracted from the page — this site's REST API answered 401");
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.previousElementSibling?.tagName).toBe('HEADER');
    expect([...node.querySelectorAll('.cp-notes li')].map((li) => li.textContent)).toEqual([CLEANER_TEXT]);
    expect(node.textContent?.split('Extracted from the page')).toHaveLength(2);
  });

  it('words each reason from the error table; a status only where the table says so', () => {
    expect(noteText({ kind: 'extracted', reason: 'not-wordpress' })).toBe('Extracted from the page — this page is not a WordPress post');
    expect(noteText({ kind: 'extracted', reason: 'rest-disabled' })).toBe("Extracted from the page — this site's REST API is closed to visitors");
    expect(noteText({ kind: 'extracted', reason: 'timeout', status: 504 })).toBe(
      "Extracted from the page — this site's REST API took too long to answer",
    );
    expect(noteText({ kind: 'extracted', reason: 'cancelled' })).toBe('Extracted from the page');
  });

  it('falls back to the plain sentence when the core gave no note', () => {
    expect(splitOriginNote(makeArticle({ origin: 'page', notes: [] })).origin?.textContent).toBe('Extracted from the page');
  });
});
