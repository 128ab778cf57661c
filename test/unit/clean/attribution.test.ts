import { describe, expect, it } from 'vitest';
import { cleanContent, findOriginalSource } from '../../../src/core/clean';
import type { SourceContext } from '../../../src/core/clean';

const POST = 'https://aggregator.example/2024/05/item/';
function run(html: string, ctx: Partial<SourceContext> = {}) {
  const { root } = cleanContent(html, POST);
  const source = findOriginalSource(root, { postUrl: POST, ...ctx });
  return { source, html: root.innerHTML };
}
const BODY = '<p>The article body, long enough to be a paragraph.</p>';

describe('findOriginalSource', () => {
  it('Yoast RSS footer: name from the blog link, url = the original permalink', () => {
    const r = run(
      `${BODY}<p>The post <a rel="nofollow" href="https://orig.example/a/">Title</a> appeared first on <a rel="nofollow" href="https://orig.example/">Orig News</a>.</p>`,
    );
    expect(r.source).toEqual({ name: 'Orig News', url: 'https://orig.example/a/', via: 'yoast-footer' });
    expect(r.html).toBe(BODY);
  });
  it('bare domain footer derives an https URL', () => {
    expect(run(`${BODY}<div>This post appeared first on cnn.com</div><p></p>`).source).toEqual({
      name: 'cnn.com',
      url: 'https://cnn.com/',
      via: 'footer',
    });
  });
  it('a non-domain name gets no URL', () => {
    const r = run(`${BODY}<p>This story originally appeared on Wired.</p>`);
    expect(r.source).toEqual({ name: 'Wired', via: 'footer' });
    expect(r.html).toBe(BODY);
  });
  it('"originally published at" with a link, and "first published by"', () => {
    expect(run(`${BODY}<p><em>This article was originally published at <a href="https://the.example/x">The Example</a>.</em></p>`).source).toEqual({
      name: 'The Example',
      url: 'https://the.example/x',
      via: 'footer',
    });
    expect(run(`${BODY}<p>It was first published by The Conversation.</p>`).source?.name).toBe('The Conversation');
  });
  it('"Source:" needs a link to another site that names its publisher (not a cited page)', () => {
    expect(run(`${BODY}<p>Source: <a href="https://en.wikipedia.org/wiki/Iceland">Iceland</a>.</p>`).source).toBeUndefined();
    expect(run(`${BODY}<p>Source: <a href="https://reuters.example/s">Reuters</a></p>`).source).toEqual({
      name: 'Reuters',
      url: 'https://reuters.example/s',
      via: 'footer',
    });
    const own = run(`${BODY}<p>Source: our own reporting</p>`);
    expect(own.source).toBeUndefined();
    expect(own.html).toContain('our own reporting');
  });
  it('ignores a long paragraph and one that is not near the end', () => {
    const mid = `<p>The model first appeared on GitHub.</p>${BODY}${BODY}${BODY}${BODY}`;
    expect(run(mid).source).toBeUndefined();
    const long = `${BODY}<p>${'Words '.repeat(60)}and then it appeared first on example.com.</p>`;
    expect(run(long).source).toBeUndefined();
  });
  it('prose that mentions "first appeared in" is not a footer, even near the end (detroit.cbslocal.com in the corpus)', () => {
    // The same shape as that story's paragraphs, in our own words.
    const prose = '<p>Cases of the new flu strain first appeared in the northern valleys at the end of May.</p>';
    const tail = '<p>Clinics have since reported it in four more towns of the region.</p>';
    for (const html of [`${BODY}${prose}${tail}`, `${BODY}${prose}`]) {
      const r = run(html);
      expect(r.source).toBeUndefined();
      expect(r.html).toContain('first appeared in the northern valleys');
    }
    expect(run(`${BODY}<p>The model first appeared on GitHub.</p>`).source).toBeUndefined();
    expect(run(`${BODY}<p>Smith's photos were first published in Life magazine.</p>`).source).toBeUndefined();
  });
  it('footer-shaped credits: subject + optional auxiliary + "appeared first / originally published" + place', () => {
    expect(run(`${BODY}<p>This article appeared first at <a href="https://orig.example/p">Orig</a>.</p>`).source).toEqual({
      name: 'Orig',
      url: 'https://orig.example/p',
      via: 'footer',
    });
    const r = run(`${BODY}<p><em>— This piece has been originally published on <a href="https://mag.example/">Mag</a></em></p>`);
    expect(r.source).toEqual({ name: 'Mag', url: 'https://mag.example/', via: 'footer' });
    expect(r.html).toBe(BODY);
  });
  it('hostile link in a footer: only http(s) URLs are kept', () => {
    const r = run(`${BODY}<p>Originally published on <a href="javascript:alert(1)">evil.example</a></p>`);
    expect(r.source).toEqual({ name: 'evil.example', url: 'https://evil.example/', via: 'footer' });
  });
  it('canonical on another registrable domain', () => {
    expect(run(BODY, { canonicalUrl: 'https://www.origin.co.uk/story' }).source).toEqual({
      name: 'origin.co.uk',
      url: 'https://www.origin.co.uk/story',
      via: 'canonical',
    });
    expect(run(BODY, { canonicalUrl: 'https://news.aggregator.example/x' }).source).toBeUndefined();
    expect(run(BODY, { canonicalUrl: 'javascript:alert(1)' }).source).toBeUndefined();
  });
});
