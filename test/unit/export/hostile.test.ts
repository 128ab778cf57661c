import { describe, expect, it } from 'vitest';
import { normalizePost } from '../../../src/core/article';
import { toHtml, toMarkdown, toPlainText } from '../../../src/core/export';
import { fixture } from '../article/load';
import { EN_EXPORT } from '../../support/english';

const TITLE = '<img src=x onerror=alert(1)> *bold* [x](javascript:alert(1)) # &lt;';

function parse(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  const box = doc.createElement('div');
  box.innerHTML = html;
  return box;
}

describe('hostile site strings stay text in every export', () => {
  const article = normalizePost(fixture('article', 'hostile-title.json'));

  it('plain text shows the title verbatim', () => {
    expect(toPlainText(article, EN_EXPORT).split('\n')[0]).toBe(TITLE);
  });

  it('HTML: the title is text of <h1>, no element or handler comes from site strings', () => {
    const box = parse(toHtml(article, EN_EXPORT));
    expect(box.querySelector('h1')?.textContent).toBe(TITLE);
    expect(box.querySelector('h1')?.children.length).toBe(0);
    expect(box.querySelectorAll('script, b').length).toBe(0);
    for (const el of box.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(attr.value).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(box.querySelectorAll('img').length).toBe(1); // the body's own <img src=x>, handler stripped
    const links = [...box.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(links.every((href) => href === 'https://evil.example/')).toBe(true);
  });

  it('HTML: the <article> wrapper only carries a checked language and direction', () => {
    const a = normalizePost(fixture('article', 'hostile-title.json'));
    a.lang = 'en" onload="alert(1)';
    const wrapper = parse(toHtml(a, EN_EXPORT)).firstElementChild!;
    expect(wrapper.tagName).toBe('ARTICLE');
    expect([...wrapper.attributes].map((attr) => `${attr.name}=${attr.value}`)).toEqual(['dir=ltr']);
    a.lang = 'ar-EG';
    a.dir = 'rtl';
    expect(parse(toHtml(a, EN_EXPORT)).firstElementChild!.outerHTML).toMatch(/^<article lang="ar-EG" dir="rtl">/);
  });

  it('Markdown: the title is escaped so no renderer sees HTML, emphasis or a link', () => {
    const first = toMarkdown(article, EN_EXPORT).split('\n')[0];
    expect(first).toBe('# \\<img src=x onerror=alert(1)\\> \\*bold\\* \\[x\\](javascript:alert(1)) \\# \\&lt;');
    expect(toMarkdown(article, EN_EXPORT)).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(toMarkdown(article, EN_EXPORT)).toContain('[Evil \\<b\\>Site](https://evil.example/)');
  });

  it('Markdown: body text that looks like HTML or an entity is escaped', () => {
    const a = normalizePost(fixture('article', 'hostile-title.json'));
    a.contentHtml =
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; and &amp;amp; and <a href="javascript:alert(1)">x</a> <img src="data:image/png;base64,AAAA" alt="d"></p>';
    const body = toMarkdown(a, EN_EXPORT).split('\n\n')[2];
    expect(body).toBe('\\<script>alert(1)\\</script> and \\&amp; and x');
  });
});
