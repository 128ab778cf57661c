/**
 * Keep (issue 10 §4): YAML front matter (hostile strings stay strings), the Markdown link and image options,
 * the saved file's name and the self-contained HTML page.
 */
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { normalizePost } from '../../../src/core/article';
import { fileName, htmlPage, toMarkdown } from '../../../src/core/export';
import { frontMatter, yamlString } from '../../../src/core/export/front-matter';
import type { Article } from '../../../src/core/types';
import { EN_EXPORT } from '../../support/english';
import { fixture } from '../article/load';

const base = normalizePost(fixture('export', 'rich-body.json'));
const accessed = new Date('2026-12-05T10:11:12.345Z');
const HOSTILE = 'a: b # c \' " \\ \n--- \t\u2028 & <x> {y} [z]';

const fm = (article: Article): Record<string, unknown> => {
  const block = frontMatter(article, accessed);
  expect(block.startsWith('---\n') && block.endsWith('\n---')).toBe(true);
  return parseYaml(block.slice(4, -4)) as Record<string, unknown>;
};

describe('front matter', () => {
  it('writes every key the post has, in order, with dates as timestamps and the post id as a number', () => {
    const article: Article = {
      ...base,
      modified: '2025-03-03T08:00:00Z',
      byline: { name: 'Jane Doe' },
      canonicalUrl: 'https://origin.example/a',
      source: { name: 'The Origin', url: 'https://origin.example/a', via: 'meta' },
      categories: ['News'],
      tags: ['a', 'b'],
      rest: { id: 42, type: 'post' },
    };
    const block = frontMatter(article, accessed);
    expect(block.split('\n').map((l) => l.split(':')[0])).toEqual([
      '---',
      'title',
      'author',
      'published',
      'modified',
      'accessed',
      'url',
      'canonical',
      'source',
      'source_name',
      'site',
      'site_url',
      'categories',
      '  - "News"',
      'tags',
      '  - "a"',
      '  - "b"',
      'post_id',
      '---',
    ]);
    expect(block).toContain('\naccessed: 2026-12-05T10:11:12Z\n');
    expect(block).toContain('\npost_id: 42\n');
    expect(fm(article)).toMatchObject({
      title: 'Rich body',
      author: 'Jane Doe',
      site: 'Dev Notes',
      tags: ['a', 'b'],
      post_id: 42,
      canonical: 'https://origin.example/a',
    });
  });

  it('front matter keeps hostile strings (: # \' " \\n --- tab U+2028) as the exact strings, in every field', () => {
    const article: Article = {
      ...base,
      title: HOSTILE,
      byline: { name: HOSTILE },
      site: { ...base.site, name: HOSTILE },
      categories: [HOSTILE],
      tags: ['---', '- x', '#'],
    };
    const parsed = fm(article);
    // The title's whitespace is collapsed like the Markdown heading's; every other field is exact.
    expect(parsed.title).toBe(HOSTILE.replace(/\s+/g, ' ').trim());
    expect(parsed.author).toBe(HOSTILE);
    expect(parsed.site).toBe(HOSTILE);
    expect(parsed.categories).toEqual([HOSTILE]);
    expect(parsed.tags).toEqual(['---', '- x', '#']);
    // One line per key: no site string can start a line of its own (a `---` line would end the block).
    expect(
      frontMatter(article, accessed)
        .split('\n')
        .filter((l) => l === '---'),
    ).toHaveLength(2);
  });

  it('escapes with YAML 1.2 double-quoted escapes', () => {
    expect(yamlString('a"b\\c\nd\u0007\u2028')).toBe('"a\\"b\\\\c\\nd\\x07\\u2028"');
  });

  it('is on the Markdown only when asked for, before the title', () => {
    expect(toMarkdown(base, EN_EXPORT).startsWith('# Rich body\n')).toBe(true);
    const md = toMarkdown(base, { ...EN_EXPORT, markdown: { frontMatter: { accessed } } });
    expect(md.startsWith('---\ntitle: "Rich body"\n')).toBe(true);
    expect(md).toContain('\n---\n\n# Rich body\n');
  });
});

describe('Markdown options', () => {
  it('reference links: [text][n] in the body, one number per URL, the list after the body', () => {
    const md = toMarkdown(base, { ...EN_EXPORT, markdown: { links: 'reference' } });
    expect(md).toContain('Read [the docs][1], then [the notes](#notes) and [the docs again][1] or [another page][2].');
    expect(md).toContain('Nested [mail][4]');
    expect(md).toMatch(
      /\n\[1\]: https:\/\/docs\.example\.com\/a\n\[2\]: \S+\n\[3\]: https:\/\/bare\.example\.com\/\n\[4\]: mailto:hi@example\.com\n/,
    );
    expect(md).not.toContain('](https://docs.example.com/a)');
    // The list precedes the attribution rule.
    expect(md.indexOf('[1]: https://docs.example.com/a')).toBeLessThan(md.lastIndexOf('\n---\n'));
  });

  it('image styles: keep, alt text only, none', () => {
    expect(toMarkdown(base, EN_EXPORT)).toContain('![A diagram](https://dev.example.com/img.png)');
    const alt = toMarkdown(base, { ...EN_EXPORT, markdown: { images: 'alt' } });
    expect(alt).not.toContain('![');
    expect(alt).toContain('A diagram');
    const none = toMarkdown(base, { ...EN_EXPORT, markdown: { images: 'none' } });
    expect(none).not.toContain('![');
    expect(none).not.toContain('A diagram');
  });

  it('alt text is escaped text, never markup', () => {
    const article = { ...base, contentHtml: '<p><img src="https://e.example/i.png" alt="<b>x</b> *y* [z](javascript:1)"></p>' };
    const md = toMarkdown(article, { ...EN_EXPORT, markdown: { images: 'alt' } });
    expect(md).toContain('\\<b\\>x\\</b\\> \\*y\\* \\[z\\](javascript:1)');
  });
});

describe('save/download: file name and HTML page', () => {
  const withUrl = (url: string, extra: Partial<Article> = {}): Article => ({ ...base, url, ...extra });

  it('file name from the slug, decoded, sanitised, bounded', () => {
    expect(fileName(withUrl('https://s.example/2024/06/my-post/'), 'md')).toBe('my-post.md');
    expect(fileName(withUrl('https://s.example/%E6%9D%B1%E4%BA%AC-%E3%81%AE%E5%A4%8F/'), 'txt')).toBe('東京-の夏.txt');
    expect(fileName(withUrl('https://s.example/a/..%2F..%2Fetc%2Fpasswd'), 'html')).toBe('etc-passwd.html');
    expect(fileName(withUrl('https://s.example/.htaccess'), 'md')).toBe('htaccess.md');
    expect(fileName(withUrl('https://s.example/con/'), 'md')).toBe('con-post.md');
    expect(fileName(withUrl('https://s.example/?p=12', { rest: { id: 12, type: 'post' } }), 'md')).toBe('post-12.md');
    expect(fileName(withUrl('https://s.example/page.html'), 'md')).toBe('page.md');
    expect(fileName(withUrl(`https://s.example/${'x'.repeat(300)}/`), 'md')).toBe(`${'x'.repeat(80)}.md`);
  });

  it('the HTML page is self-contained: CSS inline, a CSP without scripts, the title escaped', () => {
    const page = htmlPage(
      { ...base, title: '</title><script>alert(1)</script>' },
      { body: '<h1>x</h1>', css: 'p{color:red}</style><script>', rootData: { 'data-theme': 'sepia', onload: 'x' } },
    );
    expect(page).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src http: https: data:; style-src \'unsafe-inline\'">',
    );
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).toContain('<style>p{color:red}<\\/style><script></style>');
    expect(page).toContain('data-theme="sepia"');
    expect(page).not.toContain('onload');
    expect(page).toContain('<article class="cp-article cp-saved"><h1>x</h1></article>');
  });
});
