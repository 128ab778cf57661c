/**
 * The inert parse every cleaning/export pass starts from (src/core/clean/dom.ts). It moved from
 * `div.innerHTML = html` to DOMParser (AMO's linter flags innerHTML assignments); the parse must stay the
 * same, and it must stay inert.
 */
import { describe, expect, it } from 'vitest';
import { inertDocument, parseHtmlBody, parseInert } from '../../../src/core/clean/dom';
import { promoteLazyImages } from '../../../src/core/clean/lazy-images';
import { htmlToText } from '../../../src/core/clean/text';

/** The old parse: innerHTML of a <div> in a no-quirks inert document. */
function viaInnerHtml(html: string): string {
  const div = document.implementation.createHTMLDocument('').createElement('div');
  div.innerHTML = html;
  return div.innerHTML;
}

describe('parseInert: the same tree as div.innerHTML', () => {
  it.each([
    ['leading whitespace is kept', '  \n<p>a</p>'],
    [
      'head-only tags at the start stay in the content',
      '<meta name="x" content="y"><title>T</title><link rel="stylesheet" href="s.css"><style>p{}</style><p>a</p>',
    ],
    ['a leading script stays in the content (to be removed by the sanitiser)', '<script>alert(1)</script><p>a</p>'],
    ['no-quirks: <table> closes an open <p>', '<p>a<table><tr><td>1</td></tr></table>'],
    ['<frameset> cannot replace the body', '<frameset><frame src="x"></frameset><p>after</p>'],
    [
      'doctype, html, head and body tags inside the content are ignored',
      '<!DOCTYPE html><html lang="x"><head><p>a</p></head><body onload="x()"><p>b</p></body></html>',
    ],
    ['stray table parts lose their tags', '<td>a</td><tr><td>b</td></tr>'],
    ['comments (<!--nextpage-->) are kept in place', '<p>one</p><!--nextpage--><p>two</p>'],
    ['misnested formatting is repaired the same way', '<b><i>x</b>y</i><p>z'],
  ])('%s', (_name, html) => {
    expect(parseInert(html).innerHTML).toBe(viaInnerHtml(html));
  });

  it('returns a detached <div> in a document with no browsing context (nothing runs or loads)', () => {
    const root = parseInert('<img src="https://ex.org/a.jpg" onerror="alert(1)"><p>a</p>');
    expect(root.tagName).toBe('DIV');
    expect(root.parentNode).toBeNull();
    expect(root.ownerDocument).not.toBe(document);
    expect(root.ownerDocument.defaultView).toBeNull();
    expect(root.querySelector('img')?.getAttribute('onerror')).toBe('alert(1)'); // parsed, not sanitised: that is the next step
  });

  it('parses <noscript> content as elements (scripting disabled, as in a browser)', () => {
    const root = parseInert('<noscript><img src="https://ex.org/a.jpg"></noscript>');
    expect(root.querySelector('noscript > img')?.getAttribute('src')).toBe('https://ex.org/a.jpg');
  });

  it('parseHtmlBody gives a fresh document per call', () => {
    expect(parseHtmlBody('<p>a</p>').ownerDocument).not.toBe(parseHtmlBody('<p>a</p>').ownerDocument);
  });
});

describe('inertDocument: the one empty inert document', () => {
  it('has no browsing context, and is built from the given document even when a page clobbers `implementation`', () => {
    const page = new DOMParser().parseFromString('<body><img name="implementation"></body>', 'text/html');
    // What browsers do with <img name="implementation"> (named property on the document; jsdom does not).
    Object.defineProperty(page, 'implementation', { value: page.querySelector('img') });
    const inert = inertDocument(page);
    expect(inert.defaultView).toBeNull();
    expect(inert.body.childNodes).toHaveLength(0);
    expect(inertDocument().defaultView).toBeNull();
  });
});

describe('<noscript> copy held as text (a tree parsed with scripting on, e.g. copied from a live page)', () => {
  it('is parsed inertly and replaces its placeholder twin', () => {
    const root = parseInert('<p><img src="data:image/gif;base64,R0lGOD" data-lazy-src="https://ex.org/real.jpg" class="lazy"></p>');
    const noscript = root.ownerDocument.createElement('noscript');
    noscript.textContent = '<img src="https://ex.org/real.jpg" alt="Real">';
    root.querySelector('p')?.append(noscript);
    promoteLazyImages(root);
    expect(root.innerHTML).toBe('<p><img src="https://ex.org/real.jpg" alt="Real"></p>');
  });
});

describe('htmlToText', () => {
  it('decodes entities, drops script/style/template/noscript text, collapses whitespace', () => {
    expect(
      htmlToText(
        '  <style>p{}</style>Fish &amp; <b>chips</b>\n<script>x()</script><noscript>no</noscript><template>t</template> &#8217;n&nbsp;more ',
      ),
    ).toBe('Fish & chips ’n more');
  });
  it('keeps the text of stray table cells and head-only tags it does not drop', () => {
    expect(htmlToText('<td>a</td><td>b</td><title>c</title>')).toBe('abc');
  });
});
