/**
 * Issue 10 §1, "exports that are exactly the article": one handwritten fixture per defect class
 * (test/fixtures/export/exact/), run through the real pipeline (REST post → clean → Article → export).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/core/clean';
import { toHtml, toMarkdown, toPlainText } from '../../../src/core/export';
import { EN_EXPORT } from '../../support/english';
import { exactArticle, textBody } from './exact-support';

describe('<br> inside <pre> (Verse, Preformatted, code)', () => {
  const article = exactArticle('pre-breaks.html');

  it('plain text keeps each line', () => {
    expect(textBody(toPlainText(article, EN_EXPORT))).toBe(
      ['The woods are lovely,\ndark and deep,\nBut I have promises to keep.', 'col-a   col-b\n1       2\n3       4', 'echo one\necho two'].join(
        '\n\n',
      ),
    );
  });

  it('the Markdown fences keep each line', () => {
    const md = toMarkdown(article, EN_EXPORT);
    expect(md).toContain('```\nThe woods are lovely,\ndark and deep,\nBut I have promises to keep.\n```');
    expect(md).toContain('```\ncol-a   col-b\n1       2\n3       4\n```');
    expect(md).toContain('```sh\necho one\necho two\n```');
  });
});

describe('a whitespace-only inline element between two words', () => {
  const article = exactArticle('inline-space.html');

  it('stays the space between them, in the cleaned body and every export', () => {
    expect(article.contentHtml).toBe('<p>alpha beta gamma delta epsilon</p><p>one two</p>');
    expect(textBody(toPlainText(article, EN_EXPORT))).toBe('alpha beta gamma delta epsilon\n\none two');
    expect(toMarkdown(article, EN_EXPORT)).toContain('\n\nalpha beta gamma delta epsilon\n\none two\n\n');
  });
});

describe('WordPress core footnotes', () => {
  const article = exactArticle('footnotes.html');

  it('plain text: "claim [1]", numbered with the links, the notes listed at the end without back-links', () => {
    expect(textBody(toPlainText(article, EN_EXPORT))).toBe(
      [
        'The first claim [1] and a source [2]; the second claim [3].',
        'Later text.',
        ['[1] First note, see the paper [4].', '[2] https://exact.example.com/src', '[3] Second note.', '[4] https://notes.example.org/one'].join(
          '\n',
        ),
      ].join('\n\n'),
    );
  });

  it('Markdown: real footnotes, no links to anchors that do not exist in the Markdown', () => {
    const md = toMarkdown(article, EN_EXPORT);
    expect(md).toContain('The first claim[^1] and a [source](https://exact.example.com/src); the second claim[^2].');
    expect(md).toContain('Later text.\n\n[^1]: First note, see [the paper](https://notes.example.org/one).\n[^2]: Second note.\n\n---\n');
    expect(md).not.toMatch(/\]\(#|↩/);
  });
});

describe('embeds, audio, video and File blocks', () => {
  const article = exactArticle('media.html');
  const upload = 'https://exact.example.com/wp-content/uploads/2025/03';

  it('plain text: one "Kind: title — url" line each, none of the reader\'s labels, no "Download"', () => {
    const text = toPlainText(article, EN_EXPORT);
    expect(textBody(text)).toBe(
      [
        'Before the media.',
        'Video: How the rover lands — https://www.youtube.com/watch?v=abcDEF12345',
        'The landing, explained',
        'Video: Vimeo — https://vimeo.com/76979871',
        `Audio: episode-3.mp3 — ${upload}/episode-3.mp3`,
        'Episode 3',
        `Video: launch.mp4 — ${upload}/launch.mp4`,
        `File: Annual report 2024 — ${upload}/report.pdf`,
        'After the media.',
      ].join('\n\n'),
    );
    expect(text).not.toMatch(/Load (video|content)|Download/);
  });

  it('Markdown: the same lines, URLs as autolinks', () => {
    const md = toMarkdown(article, EN_EXPORT);
    expect(md).toContain('\n\nVideo: How the rover lands — <https://www.youtube.com/watch?v=abcDEF12345>\n\n*The landing, explained*\n\n');
    expect(md).toContain(`\n\nAudio: episode-3.mp3 — <${upload}/episode-3.mp3>\n\n`);
    expect(md).toContain(`\n\nFile: Annual report 2024 — <${upload}/report.pdf>\n\n`);
    expect(md).not.toMatch(/Load (video|content)|Download/);
  });

  it("the label word is the caller's (from _locales); core adds no English of its own", () => {
    const text = toPlainText(article, { words: { ...EN_EXPORT.words, video: 'Vidéo', file: 'Fichier' } });
    expect(text).toContain('Vidéo: How the rover lands — https://www.youtube.com/watch?v=abcDEF12345');
    expect(text).toContain(`Fichier: Annual report 2024 — ${upload}/report.pdf`);
    // A blank translation leaves the line without a label rather than a stray ": ".
    expect(toPlainText(article, { words: { ...EN_EXPORT.words, file: '' } })).toContain(`\n\nAnnual report 2024 — ${upload}/report.pdf\n\n`);
  });

  it('the reader still gets the click-to-load placeholder, named after the frame, and one file link', () => {
    expect(article.contentHtml).toMatch(/data-embed-provider="YouTube" title="How the rover lands"[^>]*>YouTube<\/a>/);
    expect(article.contentHtml.match(/report\.pdf/g)).toHaveLength(1);
  });
});

describe('math (MathML with a TeX annotation)', () => {
  const article = exactArticle('math.html');

  it('plain text keeps the TeX source; a formula without TeX keeps its alttext', () => {
    expect(textBody(toPlainText(article, EN_EXPORT))).toBe(
      ['Euler wrote e^{i\\pi} + 1 = 0 in 1748.', '\\sum_{k=1}^{n} k < n^2', 'Without TeX: x squared.'].join('\n\n'),
    );
  });

  it('Markdown: $…$ inline, $$…$$ for display math, < as \\lt (never raw HTML)', () => {
    const md = toMarkdown(article, EN_EXPORT);
    expect(md).toContain('Euler wrote $e^{i\\pi} + 1 = 0$ in 1748.\n\n$$\\sum_{k=1}^{n} k \\lt n^2$$\n\nWithout TeX: x squared.');
  });

  it('decided: no MathML reaches the reader (it shows the TeX as code); the HTML copy keeps it too', () => {
    // Why: src/core/clean/math.ts (a second namespace through DOMPurify is the mXSS surface of CVE-2020-26870).
    expect(article.contentHtml).not.toMatch(/<math|<annotation|<semantics|<m[a-z]+/);
    expect(article.contentHtml).toContain('<code class="cp-math">e^{i\\pi} + 1 = 0</code>');
    expect(article.contentHtml).toContain('<code class="cp-math cp-math-block">\\sum_{k=1}^{n} k &lt; n^2</code>');
    expect(toHtml(article, EN_EXPORT)).toContain('<code class="cp-math">e^{i\\pi} + 1 = 0</code>');
  });

  it('hostile math: markup in the annotation stays text, in the reader and in Markdown', () => {
    const out = sanitizeHtml(
      '<p><math><semantics><mi>x</mi><annotation encoding="application/x-tex">&lt;img src=x onerror=alert(1)&gt;$ &amp;lt;</annotation></semantics></math></p>' +
        '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=alert(1)&gt;"></table></mtext></math>',
      'https://exact.example.com/',
    );
    expect(out.querySelector('math, style, [onerror]')).toBeNull();
    expect(out.querySelector('code.cp-math')?.textContent).toBe('<img src=x onerror=alert(1)>$ &lt;');
    const md = toMarkdown({ ...exactArticle('math.html'), contentHtml: out.innerHTML }, EN_EXPORT);
    expect(md).toContain('$\\lt img src=x onerror=alert(1) \\gt \\$ &{}lt;$');
  });
});

describe('Accordion block and details/summary', () => {
  const article = exactArticle('accordion.html');

  it('the Accordion heading (inside a <button>) stays a heading, without its toggle icon', () => {
    expect(article.contentHtml).toContain('<h3><span>What does it cost?</span></h3><p>Nothing at all.</p>');
    expect(textBody(toPlainText(article, EN_EXPORT))).toBe(
      ['What does it cost?', 'Nothing at all.', 'Show the fine print', 'It is free.'].join('\n\n'),
    );
    expect(toMarkdown(article, EN_EXPORT)).toContain('\n\n### What does it cost?\n\nNothing at all.\n\nShow the **fine print**\n\nIt is free.\n\n');
  });
});

describe('figure captions', () => {
  const article = exactArticle('captions.html');

  it('Markdown keeps each caption attached: *caption* on the line right under its image', () => {
    const md = toMarkdown(article, EN_EXPORT);
    expect(md).toContain(
      '![The harbour at dawn](https://exact.example.com/wp-content/uploads/2025/03/harbour.jpg)\n*The harbour at dawn, _before_ the boats left. Photo: A. Writer*\n\nBetween the figures.',
    );
    expect(md).toContain('![Quay](https://exact.example.com/wp-content/uploads/2025/03/quay.jpg)\n*The old quay*\n\n---');
  });

  it('the featured image caption sits under the featured image the same way', () => {
    const featured = {
      ...article,
      featuredImage: { src: 'https://exact.example.com/f.jpg', alt: 'Featured', caption: 'Featured caption' },
    };
    expect(toMarkdown(featured, EN_EXPORT)).toContain('![Featured](https://exact.example.com/f.jpg)\n*Featured caption*\n\n');
  });
});

describe('the updated date', () => {
  const updated = exactArticle('inline-space.html', { modified_gmt: '2025-03-04T08:00:00' });

  it('every export carries it beside the published date when it is another day', () => {
    expect(toPlainText(updated, EN_EXPORT).split('\n')[1]).toBe('1 March 2025 · Updated 4 March 2025 · Exact');
    expect(toMarkdown(updated, EN_EXPORT)).toContain('\n\n1 March 2025 · Updated 4 March 2025 · [Exact](https://exact.example.com/)\n\n');
    expect(toHtml(updated, EN_EXPORT)).toContain('<time datetime="2025-03-04T08:00:00.000Z">Updated 4 March 2025</time>');
    expect(toPlainText(updated, { words: { ...EN_EXPORT.words, updated: ' ' } }).split('\n')[1]).toBe('1 March 2025 · (4 March 2025) · Exact');
  });

  it('the word is a template: the date goes where the language puts it (ja: "{date}更新"), written by Intl', () => {
    const ja = { locale: 'ja', words: { ...EN_EXPORT.words, updated: '{date}更新' } };
    expect(toPlainText(updated, ja).split('\n')[1]).toBe('2025年3月1日 · 2025年3月4日更新 · Exact');
  });

  it('a same-day edit adds nothing', () => {
    const sameDay = exactArticle('inline-space.html', { modified_gmt: '2025-03-01T18:00:00' });
    expect(toPlainText(sameDay, EN_EXPORT).split('\n')[1]).toBe('1 March 2025 · Exact');
  });
});

describe('"originally appeared on X" that links the article', () => {
  const footers = readFileSync(resolve(__dirname, '../../fixtures/export/exact/attribution.html'), 'utf8').trim().split('\n');
  const ARTICLE = 'https://news.example.org/2025/02/28/harbour-story/';

  it.each(footers)('credits the linked article, not the home page: %s', (footer) => {
    const article = exactArticle('inline-space.html', { content: { rendered: `<p>The story itself.</p>\n${footer}` } });
    expect(article.source?.url).toBe(ARTICLE);
    expect(article.contentHtml).toBe('<p>The story itself.</p>');
    expect(toPlainText(article, EN_EXPORT)).toContain(`(${ARTICLE})`);
  });
});
