import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../../src/core/page/boilerplate';
import { findContainer, postElement } from '../../../src/core/page/container';

const PROSE = '<p>The council met on Tuesday and voted to keep the library open for another ten years.</p>';

function strip(html: string): { html: string; text: string } {
  const doc = document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  root.append(...new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body.childNodes);
  stripBoilerplate(root);
  return { html: root.innerHTML, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

describe('stripBoilerplate', () => {
  it('removes share buttons by their link target, with their wrapper, but not a photo next to them', () => {
    const r = strip(
      `<div class="wabtn_container"><a href="whatsapp://send?text=x" class="wabtn">Share this on WhatsApp</a></div>${PROSE}` +
        '<div><a class="baixar" href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">Tweet</a></div>' +
        '<div><img src="https://ex.example/a.jpg" alt=""><a href="https://pinterest.com/pin/create/button/?url=x">Pin</a></div>',
    );
    expect(r.text).toBe('The council met on Tuesday and voted to keep the library open for another ten years.');
    expect(r.html).toContain('<img');
  });
  it('keeps a share link that is part of a sentence', () => {
    const r = strip(
      '<p>You can <a href="https://twitter.com/intent/tweet?text=x">tell everyone you know about this wonderful new library plan</a> today.</p>',
    );
    expect(r.text).toContain('tell everyone you know');
  });
  it('removes lone ad labels, not sentences that mention ads', () => {
    const r = strip(
      `${PROSE}<div class="pNxQHp61"><center><span style="font-size:0.7em">Advert</span></center></div><p>Anzeige</p><p>Ads were everywhere.</p>`,
    );
    expect(r.text).not.toMatch(/Advert|Anzeige/);
    expect(r.text).toContain('Ads were everywhere.');
  });
  it('removes tag and category lists (rel=tag, /tag/ links, a label), not a sentence linking one tag', () => {
    const r = strip(
      `${PROSE}<strong>Tags<br><a href="/tag/stock-car/" rel="tag">stock car</a>, <a href="/tag/interlagos/" rel="tag">interlagos</a></strong>` +
        '<div class="tax-container"><a href="https://ex.example/section/commercial/">Commercial</a><a href="https://ex.example/tag/spacex/">SpaceX</a><a href="https://ex.example/tag/clps/">CLPS</a></div>' +
        '<p>Filed under: <a href="https://ex.example/category/news/">News</a></p>' +
        '<p>We wrote more about <a href="https://ex.example/tag/libraries/">libraries</a> last year, when the council first discussed it.</p>',
    );
    expect(r.text).not.toMatch(/stock car|SpaceX|Commercial|Filed under/);
    expect(r.text).toContain('We wrote more about libraries last year');
  });
  it('removes byline and date lines, not prose that contains a date', () => {
    const r = strip(
      '<span class="authors">by <a href="/author/jeff/" rel="author">Jeff Foust</a> — <time datetime="2019-11-18">November 18, 2019</time></span>' +
        '<span class="data" itemprop="datePublished">segunda-feira, 22 de janeiro de 2018 às 0:13</span>' +
        `${PROSE}<p>On <time datetime="2019-05-05">May 5</time> the council voted again, and the mayor agreed to sign the budget.</p>`,
    );
    expect(r.text).not.toMatch(/Jeff Foust|segunda-feira/);
    expect(r.text).toContain('On May 5 the council voted again');
  });
  it('keeps a caption once when every photo repeats it', () => {
    const fig = (n: number) =>
      `<figure><img src="https://ex.example/${n}.jpg" alt=""><figcaption>2018 Festival, Jeongdong Theater</figcaption></figure>`;
    const r = strip(
      `${fig(1)}${PROSE}${fig(2)}${fig(3)}<figure><img src="https://ex.example/4.jpg" alt=""><figcaption>The drum team</figcaption></figure>`,
    );
    expect(r.text.match(/2018 Festival/g)).toHaveLength(1);
    expect(r.text).toContain('The drum team');
    expect(r.html.match(/<img/g)).toHaveLength(4);
  });
});

describe('post element', () => {
  const html = `<body class="single postid-7">
    <article class="post-7 post hentry"><h1 class="entry-title">Title</h1>${PROSE}${PROSE}${PROSE}${PROSE}</article>
    <article id="post-7" class="post-7 postbox"><h3>You may like</h3>
      <article id="post-8" class="post-8 post"><p>Another post's excerpt, long enough to count as text here.</p></article>
      <article id="post-9" class="post-9 post"><p>A third post's excerpt, also long enough to count as text.</p></article>
    </article></body>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  it('is the element with post N classes that does not hold other posts (not a related box that reuses them)', () => {
    expect(postElement(doc, 7)?.tagName).toBe('ARTICLE');
    expect(postElement(doc, 7)?.querySelector('h1')?.textContent).toBe('Title');
  });
  it('is the container when the theme marks no content wrapper', () => {
    const found = findContainer(doc, 7);
    expect(found?.els).toHaveLength(1);
    expect(found?.els[0]?.textContent).toContain('voted to keep the library');
    expect(found?.els[0]?.textContent).not.toContain('You may like');
  });
});

describe('stripBoilerplate: site furniture recognised by its words (issue 10 §1)', () => {
  it('removes breadcrumbs, "Related:" link lists and share rows by name, keeping every sentence of the article', () => {
    const html = readFileSync(resolve(__dirname, '../../fixtures/page/furniture.html'), 'utf8');
    const r = strip(html);
    expect(r.text).toBe(
      [
        'The harbour reopened on Monday after a year of repairs, the port authority said.',
        'Fishing boats were the first to return, followed by the ferry to the islands.',
        'Related reading on the history of the port is available at the town library, which keeps the records.',
        'Home prices near the harbour / along the coast rose by 4% last year.',
      ].join(' '),
    );
  });
});

describe('stripBoilerplate: newsletter, author and company boxes under unguessable classes (issue 10 §1)', () => {
  const r = strip(readFileSync(resolve(__dirname, '../../fixtures/page/boxes.html'), 'utf8'));

  it('removes a newsletter form box and a bare "Subscribe" link, keeping prose about a newsletter', () => {
    expect(r.text).not.toMatch(/Morning Brief|Sign up for our daily|Subscribe/);
    expect(r.html).not.toContain('<form');
    expect(r.text).toContain("The bakery's own newsletter, printed on the back of paper bags");
  });
  it('removes the author box (avatar, "About the author", bio), keeping a sentence that starts "About the author"', () => {
    expect(r.text).not.toMatch(/Ana Souza|covers food/);
    expect(r.html).not.toContain('gravatar');
    expect(r.text).toContain('About the author of the recipe, little is known');
  });
  it("removes a company-profile widget, keeping the article's comparison table and a sentence with the same words", () => {
    expect(r.text).not.toMatch(/Company profile|Mill Street, Harwich|bakery\.example/);
    expect(r.html).toContain('<table>');
    expect(r.text).toContain('Harbour Bread Co.');
    expect(r.text).toContain('Founded in 1952, the bakery moved its headquarters only once');
  });
  it('keeps every sentence of the article, in order', () => {
    expect(r.text).toBe(
      [
        'The bakery on Mill Street has been selling bread since 1952, and its owners say the recipe has never changed.',
        "The bakery's own newsletter, printed on the back of paper bags, announced the new rye loaf in March.",
        'Customers queue from six in the morning, and the shop often sells out before ten.',
        "About the author of the recipe, little is known: the founder's notebook names only a Mrs. Hale.",
        'Mill Street Bakery Harbour Bread Co. Founded 1952 1987 Headquarters Harwich Dover Employees 14 40',
        'Founded in 1952, the bakery moved its headquarters only once, and its employees still bake every loaf by hand.',
      ].join(' '),
    );
  });
  it('never removes a "box" that is most of the text (a post that is itself a sign-up call)', () => {
    const short = strip(
      '<div><p>Sign up for our newsletter today.</p> <form><input type="email"> <button>Subscribe</button></form></div> <p>Thanks.</p>',
    );
    expect(short.text).toBe('Sign up for our newsletter today. Subscribe Thanks.');
  });
});
