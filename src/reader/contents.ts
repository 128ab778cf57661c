/**
 * A table of contents for long posts (issue 11, item 5): shown when the body has at least MIN_HEADINGS section
 * headings, as a collapsed disclosure under the header. Headings without an id get one that no element of the
 * article already uses (never a `cp-` one: those are the reader's own). Links are in-page: ./in-page-links.ts
 * scrolls to them without touching location.hash.
 */
import { t } from '../shared/i18n';
import { el } from './dom';

export const MIN_HEADINGS = 3;
/** Enough for any real post; a page of 500 headings gets the first ones, not a wall of links. */
const MAX_ENTRIES = 60;

export function renderContents(article: HTMLElement): HTMLElement | undefined {
  const content = article.querySelector('.cp-content');
  if (!content) return undefined;
  const headings = [...content.querySelectorAll<HTMLElement>('h2, h3')].filter((h) => (h.textContent ?? '').trim() !== '').slice(0, MAX_ENTRIES);
  if (headings.length < MIN_HEADINGS) return undefined;
  const used = new Set([...article.querySelectorAll('[id]')].map((n) => n.id));
  let next = 1;
  const list = el('ol', { class: 'cp-toc-list' });
  for (const heading of headings) {
    if (!heading.id) {
      while (used.has(`section-${next}`)) next++;
      heading.id = `section-${next}`;
      used.add(heading.id);
    }
    const item = el(
      'li',
      { class: heading.tagName === 'H3' ? 'cp-toc-sub' : undefined },
      el('a', { href: `#${heading.id}` }, heading.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
    list.append(item);
  }
  return el('nav', { class: 'cp-toc', 'aria-label': t('reader_contents') }, el('details', {}, el('summary', {}, t('reader_contents')), list));
}
