import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractFromPage, isArticlePage, readJsonLd } from '../../../src/core/page';
import { ReaderError } from '../../../src/core/errors';
import type { Article, ReaderErrorData } from '../../../src/core/types';

const fixture = (name: string): string => readFileSync(resolve(__dirname, '../../fixtures/page', name), 'utf8');

function load(name: string, url: string): Document {
  return new JSDOM(fixture(name), { url }).window.document;
}

function bodyText(article: Article): string {
  const div = document.createElement('div');
  div.innerHTML = article.contentHtml;
  return (div.textContent ?? '').replace(/\s+/g, ' ');
}

function kindOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ReaderError ? e.kind : `not a ReaderError: ${String(e)}`;
  }
  return undefined;
}

const restDenied: ReaderErrorData = {
  kind: 'rest-disabled',
  status: 401,
  code: 'rest_login_required',
};

describe('WordPress page with Yoast JSON-LD @graph', () => {
  const url = 'https://quay.example/2024/03/harbour-lights/?utm_source=feed';
  const doc = load('yoast-graph.html', url);
  const before = doc.documentElement.outerHTML;
  const article = extractFromPage(doc, url, { reason: restDenied });
  const text = bodyText(article);

  it('does not modify the page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads metadata from the theme, the @graph (with @id references) and OpenGraph', () => {
    expect(article.title).toBe('Harbour lights return');
    expect(article.byline).toEqual({ name: 'Ann & Bo Writer', url: 'https://quay.example/author/ann/' });
    expect(article.published).toBe('2024-03-05T07:30:00.000Z');
    expect(article.modified).toBe('2024-03-06T10:00:00.000Z');
    expect(article.site).toEqual({
      name: 'The Quay Gazette',
      url: 'https://quay.example/',
      iconUrl: 'https://quay.example/wp-content/uploads/icon-32.png',
    });
    expect(article.url).toBe('https://quay.example/2024/03/harbour-lights/');
    expect(article.canonicalUrl).toBeUndefined();
    expect(article.lang).toBe('en-GB');
    expect(article.dir).toBe('ltr');
    expect(article.categories).toEqual(['Local', 'Night life']);
    expect(article.tags).toEqual(['Harbour', 'Night & Day', 'lights', 'harbour']);
    expect(article.featuredImage).toEqual({ src: 'https://quay.example/wp-content/uploads/2024/03/lights.jpg', alt: '' });
  });

  it('is a page-origin Article with the note saying why', () => {
    expect(article.origin).toBe('page');
    expect(article.notes[0]).toEqual({ kind: 'extracted', reason: 'rest-disabled', status: 401 });
  });

  it('keeps the post body and drops the furniture inside and around the container', () => {
    expect(text).toContain('After three dark winters the harbour lights were switched back on last night');
    expect(text).toContain('volunteers repainted every post along the sea wall.');
    expect(text).toContain('What comes next');
    expect(text).toContain('Next spring the pier itself will be lit');
    for (const junk of [
      'Share this',
      'Twitter',
      'Get the Gazette',
      'Subscribe',
      'Pin it',
      'You may also like',
      'Ferry timetable',
      'Ann Writer covers',
      'Tagged Harbour',
      'Sidebar item',
      'Posted on',
      '©',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
    expect(article.contentHtml).not.toMatch(/onerror|<script|<form|<input/i);
    expect(article.contentHtml).toContain('https://quay.example/wp-content/uploads/2024/03/post.jpg');
    expect(article.links).toContainEqual({ text: 'Read about the grant', href: 'https://quay.example/2023/11/pier-grant/' });
    expect(article.wordCount).toBeGreaterThan(70);
    expect(article.wordCount).toBeLessThan(110);
    expect(article.readingMinutes).toBe(1);
  });
});

describe('OpenGraph and meta tags only, right-to-left, hostile values', () => {
  const url = 'https://desert.example/2023/12/post/';
  const article = extractFromPage(load('opengraph.html', url), url);

  it('turns every value into plain text or an http(s) URL', () => {
    expect(article.title).toBe('عنوان المقال & المزيد');
    expect(article.site.name).toBe('Desert Post');
    expect(article.byline).toEqual({ name: 'Samir' });
    expect(article.featuredImage).toBeUndefined();
    expect(article.published).toBe('2023-12-01T06:15:00.000Z');
    expect(article.modified).toBeUndefined();
    expect(article.excerpt).toBe('A short description of the post.');
  });

  it('takes language and direction from <html lang dir>', () => {
    expect(article.lang).toBe('ar');
    expect(article.dir).toBe('rtl');
  });

  it('uses the .post-content container of the detected post and drops tracking pixels', () => {
    expect(bodyText(article)).toContain('هذه فقرة أولى طويلة');
    expect(article.contentHtml).not.toContain('pixel.gif');
    expect(article.notes).toEqual([{ kind: 'extracted' }]);
  });
});

describe('pages that are not articles', () => {
  it('refuses a password-protected post without touching the form', () => {
    const doc = load('password.html', 'https://cook.example/recipes/');
    expect(kindOf(() => extractFromPage(doc, 'https://cook.example/recipes/'))).toBe('password-protected');
    expect(isArticlePage(doc)).toBe(false);
  });

  it('says an archive (body classes) is not an article', () => {
    const doc = load('archive.html', 'https://blog.example/category/travel/');
    expect(kindOf(() => extractFromPage(doc, 'https://blog.example/category/travel/'))).toBe('not-an-article');
  });

  it('says a loop of posts without body classes is not an article', () => {
    const doc = load('loop-no-classes.html', 'https://blog.example/');
    expect(kindOf(() => extractFromPage(doc, 'https://blog.example/'))).toBe('not-an-article');
    expect(isArticlePage(doc)).toBe(false);
  });

  it('trusts the detection when it says home/search', () => {
    const doc = load('non-wp.html', 'https://coast.example/');
    const detection = { isWordPress: true, pageUrl: 'https://coast.example/', pageKind: 'search' as const, signals: [] };
    expect(kindOf(() => extractFromPage(doc, 'https://coast.example/', { detection }))).toBe('not-an-article');
  });
});

describe('non-WordPress page: Readability fallback through the same cleaning', () => {
  const url = 'https://coast.example/notes/tides';
  const doc = load('non-wp.html', url);
  const before = doc.documentElement.outerHTML;
  const reason: ReaderErrorData = { kind: 'not-wordpress' };
  const article = extractFromPage(doc, url, { reason });
  const text = bodyText(article);

  it('extracts the story and leaves navigation out', () => {
    expect(text).toContain('Tide tables list the times and heights');
    expect(text).toContain('Local knowledge matters too.');
    for (const junk of ['Popular: Knots', 'Privacy', 'About', 'Copyright']) expect(text, junk).not.toContain(junk);
    // "<title>Tide tables explained | Coastal Notes" with og:site_name "Coastal Notes": the site's name is not the title's.
    expect(article.title).toBe('Tide tables explained');
    expect(article.site.name).toBe('Coastal Notes');
    expect(article.notes[0]).toEqual({ kind: 'extracted', reason: 'not-wordpress' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a page with no article text left', () => {
  const reason: ReaderErrorData = { kind: 'not-wordpress' };
  const page = (body: string): Document =>
    new JSDOM(`<!doctype html><title>Shop</title><body>${body}</body>`, { url: 'https://shop.example/' }).window.document;

  it('says there is none instead of showing a menu label as the article', () => {
    expect(kindOf(() => extractFromPage(page('<nav>Menu</nav><div><h1>Welcome</h1><p>Sign in</p></div>'), 'https://shop.example/', { reason }))).toBe(
      'bad-response',
    );
  });

  it('still takes a photo post with a one-line caption', () => {
    const article = extractFromPage(
      page(
        '<article><h1>Sunset</h1><figure><img src="https://shop.example/sun.jpg" alt="Sunset over the bay" width="800" height="600"><figcaption>Tonight.</figcaption></figure></article>',
      ),
      'https://shop.example/sunset/',
      { reason },
    );
    expect(article.contentHtml).toContain('sun.jpg');
  });
});

describe('readJsonLd', () => {
  const doc = (scripts: string[]): Document =>
    new JSDOM(`<!doctype html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head>`).window.document;

  it('skips broken scripts and reads a top-level array', () => {
    const facts = readJsonLd(
      doc([
        '{"@type": "NewsArticle", broken',
        '[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"H","author":[{"@type":"Person","name":"A"},{"name":"B","url":"https://b.example/"}],"image":["https://i.example/1.jpg"]}]',
      ]),
    );
    expect(facts.headline).toBe('H');
    expect(facts.authors).toEqual([{ name: 'A' }, { name: 'B', url: 'https://b.example/' }]);
    expect(facts.image).toBe('https://i.example/1.jpg');
  });

  it('prefers the Article node over the WebPage node of a Yoast graph', () => {
    const facts = readJsonLd(
      doc([
        '{"@graph":[{"@type":"WebPage","name":"Page"},{"@type":"BlogPosting","headline":"Post","publisher":{"@id":"#o"}},{"@id":"#o","@type":"Organization","name":"Org"}]}',
      ]),
    );
    expect(facts.headline).toBe('Post');
    expect(facts.publisherName).toBe('Org');
  });

  it('returns no facts without an article node', () => {
    expect(readJsonLd(doc(['{"@type":"Organization","name":"Org"}']))).toEqual({ authors: [] });
  });
});
