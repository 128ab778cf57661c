/** The links of a cleaned body, in document order (used for plain-text references and the link list). */
import type { ArticleLink } from '../types';

export function collectLinks(root: HTMLElement): ArticleLink[] {
  const links: ArticleLink[] = [];
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    // In-page anchors (footnotes) and click-to-load placeholders are not references to other pages...
    // but a placeholder's href is the video's page, which a text copy should still name.
    if (href === '' || href.startsWith('#')) continue;
    const label = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.querySelector('img')?.getAttribute('alt')?.trim() || '';
    links.push({ text: label, href });
  }
  return links;
}
