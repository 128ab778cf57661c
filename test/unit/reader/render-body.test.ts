import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderContent, renderFeaturedImage, safeSrcset } = await import('../../../src/reader/render-body');
const { renderArticle, safeLang } = await import('../../../src/reader/render-article');
const { makeArticle } = await import('./support/article');

describe('renderContent', () => {
  it('inserts the sanitised content and opens links in a new tab without opener/referrer', () => {
    const content = renderContent(makeArticle());
    expect(content.className).toBe('cp-content');
    const link = content.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://deepseek.example/');
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toBe('noopener noreferrer');
  });

  it('drops elements that must never run or load in the reader, even if they got through', () => {
    const html =
      '<p>a</p><script>alert(1)</script><iframe src="https://evil.example/"></iframe><style>body{display:none}</style><object data="x"></object><form><input></form>';
    const content = renderContent(makeArticle({ contentHtml: html }));
    expect(content.querySelector('script, iframe, style, object, form')).toBeNull();
    expect(content.textContent).toBe('a');
  });

  it('keeps the text of javascript: links but removes the link', () => {
    const content = renderContent(makeArticle({ contentHtml: '<p><a href="javascript:alert(1)">click</a></p>' }));
    const a = content.querySelector('a');
    expect(a?.hasAttribute('href')).toBe(false);
    expect(a?.textContent).toBe('click');
  });

  it('keeps footnote links inside the reader (relative or absolute to the post)', () => {
    const html =
      '<p>Claim<sup><a href="https://news.example/2025/01/deepseek/#fn1">1</a></sup> and<a href="#fn2">2</a> and <a href="#missing">x</a></p>' +
      '<ol class="wp-block-footnotes"><li id="fn1">One</li><li id="fn2">Two</li></ol>';
    const links = renderContent(makeArticle({ contentHtml: html })).querySelectorAll('a');
    expect(links[0]?.getAttribute('href')).toBe('#fn1');
    expect(links[0]?.hasAttribute('target')).toBe(false);
    expect(links[1]?.getAttribute('href')).toBe('#fn2');
    // An anchor to nothing in the article is resolved against the post URL and opened on the site.
    expect(links[2]?.getAttribute('href')).toBe('https://news.example/2025/01/deepseek/#missing');
  });

  it('demotes body headings when the content has an h1, so the title stays the only h1', () => {
    const content = renderContent(makeArticle({ contentHtml: '<h1 id="a">Part</h1><h2>Sub</h2><h6>Deep</h6>' }));
    expect([...content.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.tagName)).toEqual(['H2', 'H3', 'H6']);
    expect(content.querySelector('h2')?.id).toBe('a');
    const untouched = renderContent(makeArticle({ contentHtml: '<h2>A</h2><h3>B</h3>' }));
    expect([...untouched.querySelectorAll('h2,h3')].map((h) => h.tagName)).toEqual(['H2', 'H3']);
  });

  it('wraps tables in a keyboard-scrollable region and lazy-loads body images', () => {
    const content = renderContent(
      makeArticle({ contentHtml: '<table><tr><td>1</td></tr></table><p><img src="https://news.example/a.jpg" alt="A"></p><pre>code</pre>' }),
    );
    const wrapper = content.querySelector('.cp-table-scroll');
    expect(wrapper?.firstElementChild?.tagName).toBe('TABLE');
    expect(wrapper?.getAttribute('tabindex')).toBe('0');
    expect(wrapper?.getAttribute('role')).toBe('region');
    expect(wrapper?.getAttribute('aria-label')).toBe('Table');
    expect(content.querySelector('img')?.getAttribute('loading')).toBe('lazy');
    expect(content.querySelector('pre')?.getAttribute('tabindex')).toBe('0');
  });
});

describe('renderFeaturedImage', () => {
  it('renders a figure with srcset, alt and a text caption', () => {
    const figure = renderFeaturedImage({
      src: 'https://news.example/a.jpg',
      srcset: 'https://news.example/a-300.jpg 300w, javascript:alert(1) 600w, https://news.example/a-1024.jpg 1024w',
      alt: 'People at a launch',
      caption: '<b>Photo</b>: Reuters',
      width: 1024,
      height: 683,
    });
    const img = figure?.querySelector('img');
    expect(img?.getAttribute('srcset')).toBe('https://news.example/a-300.jpg 300w, https://news.example/a-1024.jpg 1024w');
    expect(img?.getAttribute('alt')).toBe('People at a launch');
    expect(img?.getAttribute('width')).toBe('1024');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('<b>Photo</b>: Reuters');
    expect(figure?.querySelector('b')).toBeNull();
  });

  it('renders nothing for a non-http image', () => {
    expect(renderFeaturedImage({ src: 'data:image/png;base64,AAAA', alt: '' })).toBeUndefined();
    expect(renderFeaturedImage(undefined)).toBeUndefined();
    expect(safeSrcset('data:x 1x')).toBeUndefined();
  });
});

describe('renderArticle', () => {
  it('is one <article> with lang/dir from the article and the title as its only h1', () => {
    const node = renderArticle(makeArticle({ lang: 'ar', dir: 'rtl', contentHtml: '<h1>x</h1><p>y</p>' }), 'en-US');
    expect(node.tagName).toBe('ARTICLE');
    expect(node.getAttribute('lang')).toBe('ar');
    expect(node.getAttribute('dir')).toBe('rtl');
    expect(node.querySelectorAll('h1')).toHaveLength(1);
    expect(node.querySelector('h1')?.id).toBe('cp-article-title');
    expect(node.querySelectorAll('article')).toHaveLength(0);
  });

  it('ignores a malformed lang', () => {
    expect(safeLang('en" onmouseover="x')).toBeUndefined();
    expect(safeLang('pt_BR')).toBe('pt-BR');
    expect(renderArticle(makeArticle({ lang: '<x>' }), 'en').hasAttribute('lang')).toBe(false);
  });
});
