import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('./support/browser-mock'));

const { renderReferences, uniqueLinks } = await import('../../../src/reader/references');

describe('references', () => {
  const links = [
    { text: 'DeepSeek', href: 'https://deepseek.example/' },
    { text: '', href: 'https://weibo.example/tag' },
    { text: 'again', href: 'https://deepseek.example/' },
    { text: 'Weibo', href: 'https://weibo.example/tag' },
    { text: 'evil', href: 'javascript:alert(1)' },
    { text: 'mail', href: 'mailto:a@b.example' },
    { text: '  Reuters \n report ', href: 'https://reuters.example/x' },
  ];

  it('numbers unique http(s) links in document order', () => {
    const section = renderReferences(links);
    expect(section?.classList.contains('cp-references')).toBe(true);
    expect(section?.querySelector('h2')?.textContent).toBe('Links in this article');
    const list = section?.querySelector('ol');
    expect(list?.tagName).toBe('OL'); // the browser numbers the items 1, 2, 3
    const items = [...(list?.querySelectorAll('li') ?? [])];
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      'https://deepseek.example/',
      'https://weibo.example/tag',
      'https://reuters.example/x',
    ]);
    expect(items.map((li) => li.querySelector('a')?.textContent)).toEqual(['DeepSeek', 'Weibo', 'Reuters report']);
    expect(items[0]?.querySelector('.cp-reference-url')?.textContent).toBe('https://deepseek.example/');
    expect(section?.innerHTML).not.toContain('javascript:');
  });

  it('uses the URL as the text when a link has none', () => {
    const only = uniqueLinks([{ text: '', href: 'https://a.example/' }]);
    expect(only).toEqual([{ text: '', href: 'https://a.example/' }]);
    const li = renderReferences(only)?.querySelector('li');
    expect(li?.querySelector('a')?.textContent).toBe('https://a.example/');
    expect(li?.querySelector('.cp-reference-url')).toBeNull();
  });

  it('renders nothing when there are no usable links', () => {
    expect(renderReferences([])).toBeUndefined();
    expect(renderReferences([{ text: 'x', href: 'javascript:void 0' }])).toBeUndefined();
  });
});
