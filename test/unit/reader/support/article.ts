/** A complete, valid Article for reader tests; override any field. */
import type { Article } from '../../../../src/core/types';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'China celebrates DeepSeek’s breakout AI success',
    byline: { name: 'Jane Doe', url: 'https://news.example/author/jane/' },
    published: '2025-01-29T04:00:00.000Z',
    modified: '2025-01-29T06:30:00.000Z',
    site: { name: 'Example News', url: 'https://news.example/', iconUrl: 'https://news.example/icon.png' },
    url: 'https://news.example/2025/01/deepseek/',
    categories: ['Tech'],
    tags: ['AI'],
    lang: 'en-US',
    dir: 'ltr',
    contentHtml: '<p>Readers in many countries welcome the arrival of <a href="https://deepseek.example/">DeepSeek</a>.</p>',
    links: [{ text: 'DeepSeek', href: 'https://deepseek.example/' }],
    wordCount: 900,
    readingMinutes: 4,
    origin: 'rest',
    notes: [],
    ...overrides,
  };
}
