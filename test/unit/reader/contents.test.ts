/** The contents of a long article (issue 11, item 5): from the body's h2/h3, only with at least three. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderArticle } = await import('../../../src/reader/render-article');
const { makeArticle } = await import('./support/article');

describe('contents', () => {
  it('three or more headings: a collapsed "Contents" under the header, one in-page link per heading, ids that collide with nothing', () => {
    const html =
      '<p>Intro</p><h2 id="section-1">Already named</h2><p>a</p><h2>Second part</h2><h3>A detail</h3><p>b</p><h2>  Last\n part </h2><p>c</p><h2></h2>';
    const article = renderArticle(makeArticle({ contentHtml: html }), 'en');
    document.body.replaceChildren(article);
    const toc = article.querySelector('nav.cp-toc');
    expect(toc?.getAttribute('aria-label')).toBe('Contents');
    expect(toc?.previousElementSibling?.matches('.cp-header, .cp-origin-note')).toBe(true);
    expect(toc?.querySelector('details')?.open).toBe(false);
    const links = [...(toc?.querySelectorAll('a') ?? [])].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Already named', '#section-1'],
      ['Second part', '#section-2'],
      ['A detail', '#section-3'],
      ['Last part', '#section-4'],
    ]);
    expect(toc?.querySelectorAll('li.cp-toc-sub')).toHaveLength(1);
    expect(new Set([...article.querySelectorAll('[id]')].map((n) => n.id)).size).toBe(article.querySelectorAll('[id]').length);

    // A contents link scrolls inside the reader, without touching location.hash.
    Element.prototype.scrollIntoView = vi.fn();
    const before = location.href;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    toc?.querySelectorAll('a')[2]?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(location.href).toBe(before);
    expect(document.activeElement?.textContent).toBe('A detail');
  });

  it('fewer than three headings: no contents', () => {
    const article = renderArticle(makeArticle({ contentHtml: '<h2>One</h2><p>a</p><h2>Two</h2><p>b</p>' }), 'en');
    expect(article.querySelector('.cp-toc')).toBeNull();
  });
});
