/** Read aloud's plan: what is read, in which order, in which sentences, with offsets that map back to the DOM. */
import { describe, expect, it } from 'vitest';
import { planUnits, splitSentences } from '../../../src/reader/aloud/plan';
import { sentenceRange } from '../../../src/reader/aloud/highlighter';

function article(html: string, lang = 'en'): HTMLElement {
  const node = document.createElement('article');
  node.setAttribute('lang', lang);
  node.innerHTML = html;
  document.body.replaceChildren(node);
  return node;
}

describe('splitSentences', () => {
  it('splits on sentence ends, keeps abbreviations-free text whole and trims whitespace', () => {
    const text = '  First one. Second one?  Third!  ';
    expect(splitSentences(text, 'en').map(({ start, end }) => text.slice(start, end))).toEqual(['First one.', 'Second one?', 'Third!']);
  });

  it('follows the language: Japanese full stops', () => {
    const text = '今日は晴れです。明日は雨です。';
    expect(splitSentences(text, 'ja').map(({ start, end }) => text.slice(start, end))).toEqual(['今日は晴れです。', '明日は雨です。']);
  });

  it('survives a malformed language tag', () => {
    expect(splitSentences('One. Two.', 'not a tag!!')).toHaveLength(2);
  });
});

describe('planUnits', () => {
  it('reads headings, paragraphs, list items and captions in order; skips code blocks and hidden parts', () => {
    const root = article(`
      <header><h1>The title</h1></header>
      <div class="cp-content">
        <p>Intro with <a href="#">a link</a> and <code>inline()</code> code. Second sentence.</p>
        <h2>A section</h2>
        <pre><code>const x = 1; // never read</code></pre>
        <div class="wp-block-code"><code>also code</code></div>
        <figure><img alt="x"><figcaption>A caption.</figcaption></figure>
        <ul><li>Item one</li><li>Item <em>two</em></li></ul>
        <p hidden>Hidden text.</p>
        <p aria-hidden="true">Decoration.</p>
        <p>Line one<br>line two.</p>
      </div>
      <section class="cp-references"><h2>References</h2><ol><li>https://x.example</li></ol></section>`);
    const units = planUnits(root);
    expect(units.map((u) => [u.kind, u.sentences.map((s) => s.text)])).toEqual([
      ['heading', ['The title']],
      ['text', ['Intro with a link and inline() code.', 'Second sentence.']],
      ['heading', ['A section']],
      ['caption', ['A caption.']],
      ['text', ['Item one']],
      ['text', ['Item two']],
      ['text', ['Line one line two.']],
    ]);
    expect(units.every((u) => u.lang === 'en')).toBe(true);
  });

  it('takes an element’s own lang over the article’s', () => {
    const units = planUnits(article('<p>Hello.</p><blockquote lang="fr"><p>Bonjour.</p></blockquote><p lang="x&quot;><script>">Odd.</p>'));
    // A malformed tag (site data) is not passed on: the article's language is used.
    expect(units.map((u) => u.lang)).toEqual(['en', 'fr', 'en']);
  });

  it('maps each sentence back to the text it came from, across inline elements', () => {
    const root = article('<p>Read <strong>this part</strong> first. Then <a href="#">that</a>.</p>');
    const [unit] = planUnits(root);
    if (!unit) throw new Error('no unit');
    expect(unit.sentences.map((s) => sentenceRange(unit, s)?.toString())).toEqual(['Read this part first.', 'Then that.']);
    // Planning does not touch the article.
    expect(root.innerHTML).toBe('<p>Read <strong>this part</strong> first. Then <a href="#">that</a>.</p>');
  });

  it('gives nothing for an article without text', () => {
    expect(planUnits(article('<figure><img alt=""></figure><pre>code only</pre>'))).toEqual([]);
  });
});
