/**
 * The numbered list of the article's links ("References"), so a reader, a printout or a copy keeps
 * where the article points even when link text is vague ("here", "this study").
 */
import type { ArticleLink } from '../core/types';
import { t } from '../shared/i18n';
import { el, externalLink } from './dom';
import { httpUrl } from '../core/url';

/** Unique http(s) links in document order; the first non-empty text wins for a repeated URL. */
export function uniqueLinks(links: ArticleLink[]): ArticleLink[] {
  const byHref = new Map<string, ArticleLink>();
  for (const link of links) {
    const href = httpUrl(link.href);
    if (!href) continue;
    const text = link.text.replace(/\s+/g, ' ').trim();
    const known = byHref.get(href);
    if (!known) byHref.set(href, { href, text });
    else if (!known.text && text) known.text = text;
  }
  return [...byHref.values()];
}

export function renderReferences(links: ArticleLink[]): HTMLElement | undefined {
  const unique = uniqueLinks(links);
  if (unique.length === 0) return undefined; // no empty "References" heading
  const list = el('ol', { class: 'cp-references-list' });
  for (const link of unique) {
    const label = link.text && link.text !== link.href ? link.text : undefined;
    list.append(
      el(
        'li',
        {},
        externalLink(link.href, { class: 'cp-reference-link' }, label ?? link.href),
        label ? el('span', { class: 'cp-reference-url' }, link.href) : undefined,
      ),
    );
  }
  return el(
    'section',
    { class: 'cp-references', 'aria-labelledby': 'cp-references-title' },
    el('h2', { id: 'cp-references-title' }, t('reader_references')),
    list,
  );
}
