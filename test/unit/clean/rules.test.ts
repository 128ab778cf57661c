/** One handwritten fixture per cleaning rule (test/fixtures/clean/*.html), through cleanContent. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanContent, collectLinks } from '../../../src/core/clean';

const BASE = 'https://blog.example.org/posts/one/';
const clean = (name: string) => cleanContent(readFileSync(resolve(__dirname, '../../fixtures/clean', name), 'utf8'), BASE);
const EXT = 'rel="noopener noreferrer" target="_blank"';

describe('lazy images', () => {
  const { root } = clean('lazy-images.html');
  const imgs = [...root.querySelectorAll('img')];
  it('prefers the <noscript> copy and drops the placeholder twin', () => {
    expect(imgs[0]?.outerHTML).toBe('<img src="https://blog.example.org/wp-content/uploads/rocket.jpg" alt="Rocket" loading="lazy">');
    expect(root.querySelectorAll('img[alt="Rocket"]')).toHaveLength(1);
  });
  it('promotes data-lazy-src/srcset/sizes (Jetpack) and drops is-pending-load', () => {
    expect(imgs[1]?.getAttribute('src')).toBe('https://i2.wp.com/ex.org/jet.jpg?w=300');
    expect(imgs[1]?.getAttribute('srcset')).toBe('https://i2.wp.com/ex.org/jet.jpg?w=300 300w, https://i2.wp.com/ex.org/jet.jpg?w=600 600w');
    expect(imgs[1]?.getAttribute('sizes')).toBe('(max-width: 300px) 100vw, 300px');
  });
  it('promotes data-src/data-srcset, ignores data-sizes="auto", data-original over a placeholder file', () => {
    expect(imgs[2]?.getAttribute('src')).toBe('https://ex.org/sizes.jpg');
    expect(imgs[2]?.hasAttribute('sizes')).toBe(false);
    expect(imgs[3]?.getAttribute('src')).toBe('https://ex.org/orig.jpg');
  });
  it('keeps a real src next to data-orig-file and removes images with only a data: placeholder', () => {
    expect(imgs[4]?.getAttribute('src')).toBe('https://ex.org/real-300.jpg');
    expect(imgs).toHaveLength(5);
    expect(root.innerHTML).not.toMatch(/data:|data-/);
  });
});

describe('WordPress blocks keep their semantics', () => {
  const { root } = clean('blocks.html');
  it('h1 becomes h2', () => {
    expect(root.querySelector('h1')).toBeNull();
    expect(root.firstElementChild?.outerHTML).toBe('<h2>Heading one</h2>');
  });
  it('classic [caption] div becomes figure/figcaption', () => {
    expect(root.querySelector('figure')?.outerHTML).toBe(
      '<figure><img src="https://blog.example.org/a.jpg" alt="A" width="300" height="200" loading="lazy"><figcaption>Classic caption</figcaption></figure>',
    );
  });
  it('gallery is a figure of images with its caption', () => {
    const gallery = [...root.querySelectorAll('figure')].find((f) => f.querySelector(':scope > figcaption')?.textContent === 'Gallery caption');
    expect(gallery?.querySelectorAll('img')).toHaveLength(2);
  });
  it('tables keep thead/th/colspan/rowspan, lose styles', () => {
    expect(root.querySelector('table')?.outerHTML).toBe(
      '<table><thead><tr><th colspan="2">Head</th></tr></thead><tbody><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>',
    );
  });
  it('code blocks keep their language and their text (shortcode-looking text included)', () => {
    const codes = [...root.querySelectorAll('pre > code')];
    expect(codes.map((c) => c.className)).toEqual(['language-php', 'language-python']);
    expect(codes[0]?.textContent).toBe('<?php echo "[vc_row]"; ?>\n  indented');
    expect([...root.querySelectorAll('pre')].map((p) => p.outerHTML)).toContain('<pre>Roses are red</pre>');
  });
  it('quotes, pull quotes, inline semantics, details, dl', () => {
    expect(root.innerHTML).toContain('<blockquote><p>Quoted text</p><cite>Someone</cite></blockquote>');
    expect(root.innerHTML).toContain('<figure><blockquote><p>Pulled</p><cite>Puller</cite></blockquote></figure>');
    expect(root.innerHTML).toContain(
      'H<sub>2</sub>O, <mark>marked</mark>, <abbr title="HyperText">HTML</abbr>, <time datetime="2024-01-01">new year</time>, <small>small</small>.',
    );
    expect(root.innerHTML).toContain('<details><summary>More</summary><p>Hidden</p></details>');
    expect(root.innerHTML).toContain('<dl><dt>Term</dt><dd>Definition</dd></dl>');
  });
  it('block footnotes: markers, list and back-links keep working ids', () => {
    expect(root.querySelector('sup')?.outerHTML).toBe('<sup class="cp-fn"><a href="#f1a2" id="f1a2-link">1</a></sup>');
    expect(root.querySelector('ol')?.outerHTML).toBe(
      '<ol class="cp-footnotes"><li id="f1a2">Footnote text. <a href="#f1a2-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>',
    );
    for (const a of root.querySelectorAll('a[href^="#"]')) expect(root.querySelector(a.getAttribute('href') ?? '')).not.toBeNull();
  });
  it('no site class, style or data-* survives', () => {
    expect(root.innerHTML).not.toMatch(/wp-|style=|data-/);
  });
});

describe('plugin junk', () => {
  it('removes sharing/likes/related/ads/TOC/spacers and "Share this:" blocks, keeps content and real code', () => {
    const { root } = clean('junk.html');
    expect(root.innerHTML).toBe('<p>Body text stays.</p><pre><code>real code</code></pre><p>Last words.</p>');
  });
});

describe('leftover shortcodes', () => {
  const { root, notes } = clean('shortcodes.html');
  it('strips builder shortcodes keeping the inner text, and says so', () => {
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Builder text one.',
      'Divi text.',
      'A quote [sic] with a reference [1] and an excerpt end […] and [citation needed].',
      'Boxed',
    ]);
    expect(notes).toEqual([{ kind: 'shortcodes-removed' }]);
  });
  it('never touches code', () => {
    expect(root.querySelector('pre code')?.textContent).toBe('[vc_row] stays in code');
  });
  it('adds no note when there were none', () => {
    expect(cleanContent('<p>A [1] reference.</p>', BASE).notes).toEqual([]);
  });
});

describe('whitespace, empty blocks, wrappers, more/nextpage', () => {
  it('trims blocks, drops empty paragraphs, unwraps wrappers, keeps <pre>, nextpage → <hr>', () => {
    const { root } = clean('whitespace.html');
    expect(root.innerHTML).toBe(
      '<p>Padded paragraph.</p><p><strong>Bold start</strong> and end <em>here</em></p><p>Nested wrapper.</p><p>Bare div text</p>' +
        '<pre>  keep\n    this  </pre><p>Page one end.</p><hr><p>Page two.</p>',
    );
  });
});

describe('embeds', () => {
  const { root } = clean('embeds.html');
  it('known video/audio hosts become click-to-load placeholders with the block caption', () => {
    expect(root.querySelector('figure')?.outerHTML).toBe(
      `<figure class="cp-embed"><a class="cp-embed-load" href="https://www.youtube.com/watch?v=abcDEF12345" data-embed-src="https://www.youtube-nocookie.com/embed/abcDEF12345?feature=oembed" data-embed-provider="YouTube" title="A talk" ${EXT}>YouTube</a><figcaption>Video caption</figcaption></figure>`,
    );
    const loads = [...root.querySelectorAll('a.cp-embed-load')].map((a) => [a.getAttribute('data-embed-provider'), a.getAttribute('href')]);
    expect(loads).toEqual([
      ['YouTube', 'https://www.youtube.com/watch?v=abcDEF12345'],
      ['Vimeo', 'https://vimeo.com/76979871'],
      ['VideoPress', 'https://videopress.com/v/bd2G0c0g'],
      ['SoundCloud', 'https://soundcloud.com/artist/track'],
    ]);
    expect(root.querySelector('iframe, img')).toBeNull();
  });
  it('wp-embed keeps the blockquote link and drops the hidden frame; other frames become links', () => {
    expect(root.innerHTML).toContain(`<blockquote><a href="https://other.example/post/" ${EXT}>Other post</a></blockquote>`);
    expect(root.innerHTML).not.toContain('secret');
    expect(root.innerHTML).toContain(`<p><a href="https://www.google.com/maps/embed?pb=1" ${EXT}>Map</a></p>`);
  });
  it('video/audio: http(s) sources only, controls, no autoplay', () => {
    expect(root.querySelector('video')?.outerHTML).toBe(
      '<video src="https://blog.example.org/media/clip.mp4" muted="" controls="" preload="none"></video>',
    );
    expect(root.querySelector('audio')?.innerHTML).toBe('<source src="https://blog.example.org/media/a.mp3" type="audio/mpeg">');
  });
  it('collectLinks lists page links in order, not in-page anchors', () => {
    expect(collectLinks(root).map((l) => l.href)).toEqual([
      'https://www.youtube.com/watch?v=abcDEF12345',
      'https://vimeo.com/76979871',
      'https://videopress.com/v/bd2G0c0g',
      'https://soundcloud.com/artist/track',
      'https://other.example/post/',
      'https://www.google.com/maps/embed?pb=1',
    ]);
  });
});
