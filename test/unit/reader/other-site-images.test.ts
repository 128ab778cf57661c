/**
 * "Images from other sites: on click" (issue 13, security 9). jsdom loads no images, so what is checked is where
 * the images are: with `click`, no image of another site is in the reader's document (or any document that
 * loads) until its button is clicked. test/e2e/privacy.test.ts proves in both browsers that no request leaves first.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderArticle } = await import('../../../src/reader/render-article');
const { renderContent } = await import('../../../src/reader/render-body');
const { isOtherSite, loadDeferredImages } = await import('../../../src/reader/other-site-images');
const { makeArticle } = await import('./support/article');

const BODY =
  '<p><img src="https://news.example/own.jpg" alt="own"></p>' +
  '<p><img src="https://media.news.example/sub.jpg" alt="subdomain"></p>' +
  '<p><img src="https://cdn.other.example/x.jpg" alt="A harbour at dawn"></p>' +
  '<picture><source srcset="https://cdn.other.example/p.webp 1x"><img src="https://news.example/p.jpg" alt="pic"></picture>' +
  '<p><img src="https://news.example/s.jpg" srcset="https://news.example/s.jpg 1x, https://i0.wp.example/s2.jpg 2x" alt=""></p>' +
  '<video controls preload="none" poster="https://cdn.other.example/poster.jpg" src="https://news.example/v.mp4"></video>';

/** Every image URL in `root` that the document could load (src, srcset, sources, posters). */
function urlsIn(root: ParentNode): string[] {
  return [...root.querySelectorAll('img, source, video')].flatMap((n) =>
    [n.getAttribute('src'), n.getAttribute('srcset'), n.getAttribute('poster')].filter((v): v is string => !!v),
  );
}

describe('images from other sites', () => {
  it('"other site" is the registrable domain of the page: subdomains are the same site, CDNs and other domains are not', () => {
    const page = 'https://www.news.example/2025/01/post/';
    expect(isOtherSite('https://media.news.example/a.jpg', page)).toBe(false);
    expect(isOtherSite('http://news.example/a.jpg', page)).toBe(false);
    expect(isOtherSite('https://cdn.other.example/a.jpg', page)).toBe(true);
    expect(isOtherSite('https://news.example.evil.example/a.jpg', page)).toBe(true);
    expect(isOtherSite('https://bbc.co.uk/a.jpg', 'https://www.bbc.co.uk/news')).toBe(false);
    expect(isOtherSite('https://other.co.uk/a.jpg', 'https://www.bbc.co.uk/news')).toBe(true);
    expect(isOtherSite('http://localhost:8080/a.png', 'http://127.0.0.1:8080/post/')).toBe(true);
  });

  it('always (the default): every image is in the content as before', () => {
    const content = renderContent(makeArticle({ contentHtml: BODY }));
    expect(content.querySelectorAll('img')).toHaveLength(5);
    expect(content.querySelector('.cp-image-load')).toBeNull();
    expect(urlsIn(content).join(' ')).toContain('cdn.other.example');
  });

  it('on click: images of other sites become buttons with host and alt text; nothing of another site is left to load', () => {
    const content = renderContent(makeArticle({ contentHtml: BODY }), { otherSiteImages: 'click' });
    document.body.replaceChildren(content);
    expect([...content.querySelectorAll('img')].map((i) => i.alt)).toEqual(['own', 'subdomain']);
    const buttons = [...content.querySelectorAll<HTMLButtonElement>('button.cp-image-load')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Load image from cdn.other.exampleA harbour at dawn',
      'Load image from cdn.other.examplepic',
      'Load image from i0.wp.example(no description)',
    ]);
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
    expect(urlsIn(document).filter((u) => /other\.example|wp\.example/.test(u))).toEqual([]);
    expect(content.querySelector('video')?.hasAttribute('poster')).toBe(false);

    buttons[0]!.click();
    const img = content.querySelector<HTMLImageElement>('img[alt="A harbour at dawn"]');
    expect(img?.ownerDocument).toBe(document);
    expect(img?.getAttribute('src')).toBe('https://cdn.other.example/x.jpg');
    expect(content.querySelectorAll('button.cp-image-load')).toHaveLength(2);
    // The <picture> comes back whole, with its sources.
    buttons[1]!.click();
    expect(content.querySelector('picture > source')?.getAttribute('srcset')).toBe('https://cdn.other.example/p.webp 1x');
  });

  it('choosing "always" while an article is open loads the images waiting for a click', () => {
    const content = renderContent(makeArticle({ contentHtml: BODY }), { otherSiteImages: 'click' });
    document.body.replaceChildren(content);
    loadDeferredImages(content);
    expect(content.querySelector('.cp-image-load')).toBeNull();
    expect(content.querySelectorAll('img')).toHaveLength(5);
  });

  it('on click: the featured image of another site waits too; a site icon of another site is left out', () => {
    const article = makeArticle({
      featuredImage: { src: 'https://cdn.other.example/featured.jpg', alt: 'Featured', caption: 'Cap' },
      site: { name: 'Example News', url: 'https://news.example/', iconUrl: 'https://icons.other.example/i.png' },
    });
    const node = renderArticle(article, 'en-US', { otherSiteImages: 'click' });
    document.body.replaceChildren(node);
    expect(urlsIn(document).filter((u) => u.includes('other.example'))).toEqual([]);
    expect(node.querySelector('.cp-featured button.cp-image-load')?.textContent).toContain('cdn.other.example');
    expect(node.querySelector('.cp-featured figcaption')?.textContent).toBe('Cap');
    expect(node.querySelector('.cp-site-icon')).toBeNull();
    node.querySelector<HTMLButtonElement>('.cp-featured button')!.click();
    expect(node.querySelector<HTMLImageElement>('.cp-featured img')?.src).toBe('https://cdn.other.example/featured.jpg');

    const always = renderArticle(article, 'en-US');
    expect(always.querySelector('.cp-featured img')).not.toBeNull();
    expect(always.querySelector('.cp-site-icon')).not.toBeNull();
  });
});
