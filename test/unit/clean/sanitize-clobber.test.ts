/**
 * DOM clobbering of the parse document (found by the hostile XSS suite, Firefox only): Firefox exposes
 * `<img name=X>` as `document.X` even in DOMParser/createHTMLDocument documents (Chromium only in
 * documents with a browsing context), so `doc.createElement(...)` on a document that holds site content
 * throws "createElement is not a function" and the reader fails on a post carrying DOMPurify's own
 * clobbering fixture. jsdom does not clobber, so the test gives the parse document the same own
 * property Firefox's named-property lookup would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sanitizeHtml } from '../../../src/core/clean';

function clobberParsedDocuments(names: string[]): void {
  const parse = DOMParser.prototype.parseFromString;
  vi.spyOn(DOMParser.prototype, 'parseFromString').mockImplementation(function (this: DOMParser, source: string, type: DOMParserSupportedType) {
    const doc = parse.call(this, source, type);
    for (const name of names) {
      const img = doc.querySelector(`img[name="${name}"], form[name="${name}"]`);
      if (img) Object.defineProperty(doc, name, { value: img, configurable: true });
    }
    return doc;
  });
}

describe('sanitizeHtml with a clobbering post (Firefox named properties)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('still sanitises when <img name=createElement> shadows document.createElement', () => {
    clobberParsedDocuments(['createElement']);
    const html = '<p>before</p><img src=x name=createElement><img src=y id=createElement><p>after</p>';
    const out = sanitizeHtml(html, 'https://blog.example.org/post/');
    expect(out.textContent).toContain('before');
    expect(out.textContent).toContain('after');
    // DOMPurify drops the clobbering name/id; the images keep only their (absolute) source.
    expect(out.querySelector('[name], [id]')).toBeNull();
    expect([...out.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      'https://blog.example.org/post/x',
      'https://blog.example.org/post/y',
    ]);
  });

  it('parses into the real <body> when <form name=body> shadows document.body', () => {
    clobberParsedDocuments(['body']);
    const out = sanitizeHtml('<p>before</p><form name=body><p>inside</p></form><img src=x name=body><p>after</p>', 'https://blog.example.org/post/');
    expect(out.textContent).toContain('before');
    expect(out.textContent).toContain('after');
    expect(out.textContent).not.toContain('inside'); // forms go with their content
  });
});
