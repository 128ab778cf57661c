import { describe, expect, it } from 'vitest';
import { normalizePost } from '../../../src/core/article';
import { ReaderError } from '../../../src/core/errors';
import { fixture } from './load';

describe('normalizePost: embedded author, featured image, terms, site', () => {
  const article = normalizePost(fixture('article', 'embedded-full.json'));

  it('decodes the title as text', () => {
    expect(article.title).toBe('Hello \u201CWorld\u201D & friends');
  });

  it('takes the byline from _embedded.author[0] (name decoded, archive link)', () => {
    expect(article.byline).toEqual({ name: 'Ana O\u2019Neil', url: 'https://blog.example.org/author/ana/' });
  });

  it('builds the featured image from wp:featuredmedia with a width-sorted srcset and no javascript: size', () => {
    expect(article.featuredImage).toEqual({
      src: 'https://blog.example.org/wp-content/uploads/2024/03/harbour.jpg',
      alt: 'A harbour at dawn',
      caption: 'The harbour \u2013 photo by Ben',
      width: 2048,
      height: 1365,
      srcset:
        'https://blog.example.org/wp-content/uploads/2024/03/harbour-150x150.jpg 150w, ' +
        'https://blog.example.org/wp-content/uploads/2024/03/harbour-300x200.jpg 300w, ' +
        'https://blog.example.org/wp-content/uploads/2024/03/harbour-1024x683.jpg 1024w, ' +
        'https://blog.example.org/wp-content/uploads/2024/03/harbour.jpg 2048w',
    });
  });

  it('reads categories and tags by taxonomy, names as text, other taxonomies ignored', () => {
    expect(article.categories).toEqual(['News & Views', 'Boats']);
    expect(article.tags).toEqual(['dawn', '<b>sea</b>']);
  });

  it('uses the site index: decoded name, home URL, absolute icon, language', () => {
    expect(article.site).toEqual({
      name: 'Tom & Jerry\u2019s Blog',
      url: 'https://blog.example.org/',
      iconUrl: 'https://blog.example.org/wp-content/uploads/icon-192.png',
    });
    expect(article.lang).toBe('en-GB');
    expect(article.dir).toBe('ltr');
  });

  it('dates come from *_gmt as ISO UTC', () => {
    expect(article.published).toBe('2024-03-10T08:15:00.000Z');
    expect(article.modified).toBe('2024-03-12T17:00:00.000Z');
  });

  it('excerpt is text, counts words, origin rest', () => {
    expect(article.excerpt).toBe('One two three. \u2026 Continue reading');
    expect(article.wordCount).toBe(5);
    expect(article.readingMinutes).toBe(1);
    expect(article.origin).toBe('rest');
    expect(article.url).toBe('https://blog.example.org/2024/03/10/hello-world/');
  });
});

describe('normalizePost: blocked embeds and broken dates', () => {
  const article = normalizePost(fixture('article', 'embedded-errors.json'));

  it('ignores embedded error objects', () => {
    expect(article.byline).toBeUndefined();
    expect(article.featuredImage).toBeUndefined();
    expect(article.categories).toEqual([]);
    expect(article.tags).toEqual([]);
  });

  it('falls back from an unset date_gmt to date, and drops invalid dates', () => {
    expect(article.published).toBe('2023-07-01T12:00:00.000Z');
    expect(article.modified).toBeUndefined();
  });

  it('leaves an untitled post without a title for the UI to word, and names a site without an index after its host', () => {
    expect(article.title).toBe('');
    expect(article.site).toEqual({ name: 'locked.example.com', url: 'https://locked.example.com/' });
  });

  it('has no byline at all when nothing is embedded', () => {
    const plain = fixture('article', 'embedded-errors.json');
    delete plain.post._embedded;
    expect(normalizePost(plain).byline).toBeUndefined();
  });
});

describe('normalizePost: URLs', () => {
  const base = () => fixture('article', 'embedded-full.json');

  it('keeps a canonical URL only when it differs from the permalink', () => {
    expect(normalizePost(base(), { canonicalUrl: 'https://blog.example.org/2024/03/10/hello-world' }).canonicalUrl).toBeUndefined();
    expect(normalizePost(base(), { canonicalUrl: 'https://original.example.com/story' }).canonicalUrl).toBe('https://original.example.com/story');
    expect(normalizePost(base(), { canonicalUrl: 'javascript:alert(1)' }).canonicalUrl).toBeUndefined();
  });

  it('falls back to the page URL, then the JSON URL origin, when link is missing or not http(s)', () => {
    const noLink = base();
    noLink.post.link = 'javascript:alert(1)';
    expect(normalizePost(noLink).url).toBe('https://blog.example.org/');
    expect(normalizePost(noLink, { pageUrl: 'https://blog.example.org/hello/' }).url).toBe('https://blog.example.org/hello/');
    expect(normalizePost(noLink, { pageUrl: 'https://blog.example.org/wp-json/wp/v2/posts/42' }).url).toBe('https://blog.example.org/');
  });
});

describe('normalizePost: password-protected', () => {
  it('throws ReaderError(password-protected) for an empty protected body', () => {
    const post = fixture('article', 'embedded-errors.json');
    post.post.content = { rendered: '', protected: true };
    expect(() => normalizePost(post)).toThrow(ReaderError);
    try {
      normalizePost(post);
    } catch (error) {
      expect((error as ReaderError).kind).toBe('password-protected');
    }
  });

  it('reads a protected post whose content came back (unlocked by the reader\u2019s own cookie)', () => {
    const post = fixture('article', 'embedded-errors.json');
    post.post.content = { rendered: '<p>Unlocked words.</p>', protected: true };
    expect(normalizePost(post).wordCount).toBe(2);
  });
});

describe('normalizePost: direction and language', () => {
  it('detects RTL from Arabic text even when the title starts with a Latin word', () => {
    const article = normalizePost(fixture('article', 'rtl-arabic.json'));
    expect(article.dir).toBe('rtl');
    expect(article.lang).toBeUndefined();
  });

  it('detects RTL from Hebrew text', () => {
    expect(normalizePost(fixture('article', 'rtl-hebrew.json')).dir).toBe('rtl');
  });

  it('uses the site language when there is one', () => {
    const he = fixture('article', 'rtl-hebrew.json');
    he.site = { lang: 'he-IL' };
    expect(normalizePost(he)).toMatchObject({ lang: 'he-IL', dir: 'rtl' });
    const en = fixture('article', 'rtl-hebrew.json');
    en.site = { lang: 'en-US' };
    expect(normalizePost(en).dir).toBe('ltr');
    const fa = fixture('article', 'embedded-full.json');
    fa.site = { lang: 'fa_IR' };
    expect(normalizePost(fa)).toMatchObject({ lang: 'fa-IR', dir: 'rtl' });
  });

  it('drops a malformed language tag', () => {
    const post = fixture('article', 'embedded-full.json');
    post.site = { lang: 'en"><script>' };
    expect(normalizePost(post).lang).toBeUndefined();
  });
});

describe('normalizePost: word count for scripts without spaces', () => {
  it('counts Chinese words with a segmenter, not as one word', () => {
    const article = normalizePost(fixture('article', 'cjk-chinese.json'));
    // 人工智能/正在/改变/我们/的/生活/方式 + 许多/公司/都/在/开发/新的/技术/和/产品: ICU splits roughly so.
    expect(article.wordCount).toBeGreaterThanOrEqual(10);
    expect(article.wordCount).toBeLessThanOrEqual(24);
    expect(article.readingMinutes).toBe(1);
  });

  it('counts Japanese words with a segmenter, not as one word', () => {
    const article = normalizePost(fixture('article', 'cjk-japanese.json'));
    expect(article.wordCount).toBeGreaterThanOrEqual(8);
    expect(article.wordCount).toBeLessThanOrEqual(20);
  });
});

describe('normalizePost: hostile strings', () => {
  const article = normalizePost(fixture('article', 'hostile-title.json'));

  it('keeps an HTML-looking title as text', () => {
    expect(article.title).toBe('<img src=x onerror=alert(1)> *bold* [x](javascript:alert(1)) # &lt;');
  });

  it('never keeps javascript: URLs', () => {
    expect(article.url).toBe('https://evil.example/');
    expect(article.site.url).toBe('https://evil.example/');
    expect(article.site.iconUrl).toBeUndefined();
    expect(article.byline).toEqual({ name: 'Mallory' });
    expect(article.site.name).toBe('Evil <b>Site');
  });

  it('rejects an impossible GMT date (Feb 30) and uses the local one', () => {
    expect(article.published).toBe('2024-03-01T10:00:00.000Z');
  });

  it('sanitises the body', () => {
    expect(article.contentHtml).not.toMatch(/onerror|javascript:/i);
  });
});
