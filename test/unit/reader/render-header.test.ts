import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderHeader } = await import('../../../src/reader/render-header');
const { makeArticle } = await import('./support/article');

describe('renderHeader', () => {
  it('renders a hostile title as text, never as markup', () => {
    const header = renderHeader(makeArticle({ title: '<img src=x onerror=alert(1)>' }), 'en-US');
    const h1 = header.querySelector('h1');
    expect(h1?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(header.querySelector('img[src="x"]')).toBeNull();
    expect(h1?.children).toHaveLength(0);
  });

  it('links the byline only for http(s) URLs', () => {
    const hostile = renderHeader(makeArticle({ byline: { name: 'Mallory', url: 'javascript:alert(1)' } }), 'en-US');
    const byline = hostile.querySelector('.cp-byline');
    expect(byline?.textContent).toBe('By Mallory');
    expect(byline?.querySelector('a')).toBeNull();
    expect(hostile.innerHTML).not.toContain('javascript:');

    const safe = renderHeader(makeArticle(), 'en-US').querySelector<HTMLAnchorElement>('.cp-byline a');
    expect(safe?.href).toBe('https://news.example/author/jane/');
    expect(safe?.rel.split(' ')).toEqual(expect.arrayContaining(['author', 'noopener', 'noreferrer']));
    expect(safe?.target).toBe('_blank');
  });

  it('loads the site icon only from http(s), never data: or javascript:', () => {
    for (const iconUrl of ['data:image/svg+xml,<svg onload=alert(1)>', 'javascript:alert(1)', 'chrome://favicon/x']) {
      const header = renderHeader(makeArticle({ site: { name: 'S', url: 'https://s.example/', iconUrl } }), 'en-US');
      expect(header.querySelector('img')).toBeNull();
      expect(header.querySelector('.cp-site-name')?.textContent).toBe('S');
    }
    const ok = renderHeader(makeArticle(), 'en-US').querySelector('img.cp-site-icon');
    expect(ok?.getAttribute('src')).toBe('https://news.example/icon.png');
    expect(ok?.getAttribute('alt')).toBe('');
  });

  it('shows the attribution line with a link for a syndicated article', () => {
    const article = makeArticle({ source: { name: 'cnn.com', url: 'https://www.cnn.com/2025/01/29/china/deepseek', via: 'footer' } });
    const line = renderHeader(article, 'en-US').querySelector('.cp-attribution');
    expect(line?.textContent).toBe('Originally from cnn.com');
    const link = line?.querySelector('a');
    expect(link?.textContent).toBe('cnn.com');
    expect(link?.getAttribute('href')).toBe('https://www.cnn.com/2025/01/29/china/deepseek');
    // The republisher's permalink is not called "the original" when the publisher is credited.
    expect(renderHeader(article, 'en-US').querySelector('a.cp-canonical')?.textContent).toBe('View on news.example');
  });

  it('shows the attribution as text when the source URL is unusable, and nothing without a source', () => {
    const line = renderHeader(makeArticle({ source: { name: 'Wire', url: 'javascript:x', via: 'meta' } }), 'en-US').querySelector('.cp-attribution');
    expect(line?.textContent).toBe('Originally from Wire');
    expect(line?.querySelector('a')).toBeNull();
    expect(renderHeader(makeArticle(), 'en-US').querySelector('.cp-attribution')).toBeNull();
  });

  it('marks dates up with <time datetime> and shows "Updated" only for a later day', () => {
    const sameDay = renderHeader(makeArticle(), 'en-US');
    const times = sameDay.querySelectorAll('.cp-dates time');
    expect(times).toHaveLength(1);
    expect(times[0]?.getAttribute('datetime')).toBe('2025-01-29T04:00:00.000Z');
    expect(times[0]?.textContent).toBe('January 29, 2025');

    const later = renderHeader(makeArticle({ modified: '2025-02-03T10:00:00Z' }), 'en-US');
    expect(later.querySelector('.cp-updated')?.getAttribute('datetime')).toBe('2025-02-03T10:00:00.000Z');
    expect(later.querySelector('.cp-updated-line')?.textContent).toBe('Updated February 3, 2025');

    const none = renderHeader(makeArticle({ published: 'not a date', modified: undefined }), 'en-US');
    expect(none.querySelector('.cp-dates')).toBeNull();
  });

  it('shows reading time, the canonical link and the site link', () => {
    const header = renderHeader(makeArticle({ canonicalUrl: 'https://original.example/story' }), 'en-US');
    expect(header.querySelector('.cp-reading-time')?.textContent).toBe('4 min read');
    const canonical = header.querySelector<HTMLAnchorElement>('a.cp-canonical');
    expect(canonical?.getAttribute('href')).toBe('https://original.example/story');
    expect(canonical?.textContent).toBe('View original on original.example');
    expect(header.querySelector('.cp-site-link')?.getAttribute('href')).toBe('https://news.example/');
  });

  it('falls back to the permalink when there is no canonical URL, and to "Untitled"', () => {
    const header = renderHeader(makeArticle({ title: '   ' }), 'en-US');
    expect(header.querySelector('a.cp-canonical')?.getAttribute('href')).toBe('https://news.example/2025/01/deepseek/');
    expect(header.querySelector('h1')?.textContent).toBe('Untitled');
  });
});
