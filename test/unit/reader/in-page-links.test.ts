import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderArticle } = await import('../../../src/reader/render-article');
const { makeArticle } = await import('./support/article');

describe('in-page links', () => {
  it('scroll to the footnote without touching location.hash (no history entry)', () => {
    const html = '<p>Claim<sup><a href="#fn1">1</a></sup></p><ol class="wp-block-footnotes"><li id="fn1">Source.</li></ol>';
    const article = renderArticle(makeArticle({ contentHtml: html }), 'en');
    document.body.replaceChildren(article);
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const before = location.href;

    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    article.querySelector('sup a')?.dispatchEvent(click);

    expect(click.defaultPrevented).toBe(true);
    expect(location.href).toBe(before);
    const note = document.getElementById('fn1');
    expect(scrolled).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(note);
    expect(note?.classList.contains('cp-target')).toBe(true);
  });

  it("finds a target whose id the reader's own markup also uses (the article's element, not the reader's)", () => {
    const html = '<p><a href="#reader">Jump</a></p><h2 id="reader">Section</h2>';
    const article = renderArticle(makeArticle({ contentHtml: html }), 'en');
    const chrome = document.createElement('main');
    chrome.id = 'reader';
    document.body.replaceChildren(chrome, article);
    Element.prototype.scrollIntoView = vi.fn();

    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    article.querySelector('a[href="#reader"]')?.dispatchEvent(click);

    expect(click.defaultPrevented).toBe(true);
    const heading = article.querySelector('h2');
    expect(heading?.id).toBe('reader');
    expect(document.activeElement).toBe(heading);
    expect(chrome.hasAttribute('tabindex')).toBe(false);
  });

  it('leaves external links and anchors to nowhere alone', () => {
    const article = renderArticle(makeArticle({ contentHtml: '<p><a href="#nowhere">x</a> <a href="https://a.example/">y</a></p>' }), 'en');
    document.body.replaceChildren(article);
    for (const link of article.querySelectorAll('.cp-content a')) {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      link.dispatchEvent(click);
      // Not prevented here: the browser follows it (a new tab for the external one).
      expect(click.defaultPrevented).toBe(false);
    }
  });
});
