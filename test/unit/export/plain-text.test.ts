import { describe, expect, it } from 'vitest';
import { normalizePost } from '../../../src/core/article';
import { toPlainText } from '../../../src/core/export';
import type { Article } from '../../../src/core/types';
import { fixture } from '../article/load';
import { EN_EXPORT } from '../../support/english';

function article(overrides: Partial<Article>): Article {
  return {
    title: 'T',
    site: { name: 'Site', url: 'https://site.example/' },
    url: 'https://site.example/t/',
    categories: [],
    tags: [],
    dir: 'ltr',
    contentHtml: '',
    links: [],
    wordCount: 0,
    readingMinutes: 1,
    origin: 'rest',
    notes: [],
    ...overrides,
  };
}

describe('toPlainText', () => {
  it('renders headings, lists, quotes, code, tables, images, links and references', () => {
    const text = toPlainText(normalizePost(fixture('export', 'rich-body.json')), EN_EXPORT);
    expect(text).toBe(
      [
        'Rich body',
        '5 June 2024 · Dev Notes',
        '',
        'Read the docs [1], then the notes and the docs again [1] or another page [2]. Bare: https://bare.example.com/',
        '',
        'Notes',
        '',
        '• First item',
        '• Second item',
        '  • Nested mail [3]',
        '',
        '3. Three',
        '4. Four',
        '',
        '> Quoted line one.',
        '>',
        '> Quoted line two.',
        '>',
        '> Someone',
        '',
        'def f(x):',
        '    return x  *  2',
        '',
        '',
        'print(f(2))',
        '',
        'Name | Value | pipe',
        'alpha | 1',
        'beta two | 2',
        '',
        'Table caption',
        '',
        '[Image: A diagram]',
        '',
        'Figure caption',
        '',
        'Line one',
        'Line two',
        '',
        'Weird spacing here .',
        '',
        '[1] https://docs.example.com/a',
        '[2] https://other.example.com/b',
        '[3] mailto:hi@example.com',
        '',
        'Published on Dev Notes: https://dev.example.com/2024/06/rich/',
        '',
      ].join('\n'),
    );
  });

  it('formats the date in UTC (23:30 GMT stays on its own day) and in a chosen locale', () => {
    const a = article({ published: '2024-06-05T23:30:00.000Z', byline: { name: 'Ana' } });
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo'; // already 6 June there: the export must not follow the machine's zone
    try {
      expect(toPlainText(a, EN_EXPORT).split('\n')[1]).toBe('Ana · 5 June 2024 · Site');
      expect(toPlainText(a, { ...EN_EXPORT, locale: 'de-DE' }).split('\n')[1]).toBe('Ana · 5. Juni 2024 · Site');
    } finally {
      process.env.TZ = tz;
    }
  });

  it('credits the original source before the site and post URL', () => {
    const a = article({ source: { name: 'cnn.com', url: 'https://cnn.com/', via: 'footer' } });
    expect(
      toPlainText(a, EN_EXPORT).endsWith('\n\nOriginally published by cnn.com (https://cnn.com/).\nPublished on Site: https://site.example/t/\n'),
    ).toBe(true);
    const noUrl = article({ source: { name: 'The Verge', via: 'yoast-footer' } });
    expect(toPlainText(noUrl, EN_EXPORT)).toContain('\nOriginally published by The Verge.\nPublished on Site');
  });

  it('numbers ordered lists from start, nests paragraphs in items, and skips empty blocks', () => {
    const a = article({
      contentHtml:
        '<ol><li><p>Para one</p><p>Para two</p><ol><li>Deep</li></ol></li><li>Next</li></ol><p></p><div> <p>\u00a0</p></div><hr><h3>  Spaced   heading </h3>',
    });
    const body = toPlainText(a, EN_EXPORT).split('\n\n').slice(1, -1);
    expect(body).toEqual(['1. Para one\n   Para two\n   1. Deep\n2. Next', '* * *', 'Spaced heading']);
  });

  it('marks only images that have alt text, and keeps the text of in-page links without numbers', () => {
    const a = article({ contentHtml: '<p><img src="https://i.example/a.png" alt=""> <a href="#fn1">1</a> end</p>' });
    expect(toPlainText(a, EN_EXPORT).split('\n\n')[1]).toBe('1 end');
  });
});
