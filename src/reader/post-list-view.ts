/**
 * The list of posts an archive, home or search page is (issue 11, item 3), shown in place of "not an article":
 * a heading naming the list, each post's title (a link), date, author and excerpt (all text: core/article/post-list.ts),
 * Previous page / Next page, and "Extract from page anyway". A plain click on a post opens it in the reader (the
 * caller's stay-in-the-reader path, ./navigation.ts); a modified click, or a post on another site, opens a tab.
 * Every site string reaches the DOM as text (./dom.ts).
 */
import type { PostList } from '../core/article/post-list';
import { linkedTarget } from '../core/rest/linked-target';
import { t } from '../shared/i18n';
import { el, externalLink } from './dom';
import { formatDate, parseDate } from './format';

export interface ListViewOptions {
  locale: string;
  /** The archive page's URL: only links to its own site open in the reader. */
  pageUrl: string | undefined;
  onOpen(href: string): void;
  onPage(page: number): void;
  onExtract?(): void;
}

function monthYear(year: number, month: number | undefined, day: number | undefined, locale: string): string {
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const parts: Intl.DateTimeFormatOptions =
    day !== undefined ? { dateStyle: 'long' } : month !== undefined ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, day !== undefined ? 10 : month !== undefined ? 7 : 4);
  }
}

/** "Category: News", "Search results for “x”", "Latest posts"…: the words from _locales, the site's name as text. */
export function listHeading(list: PostList, locale: string): string {
  const { target, name } = list;
  switch (target.kind) {
    case 'latest':
      return t('reader_listLatest');
    case 'search':
      return t('reader_listSearch', target.search);
    case 'date':
      return t('reader_listDate', monthYear(target.year, target.month, target.day, locale));
    case 'category':
      return name !== undefined ? t('reader_listCategory', name) : t('reader_listPosts');
    case 'tag':
      return name !== undefined ? t('reader_listTag', name) : t('reader_listPosts');
    case 'author':
      return name !== undefined ? t('reader_listAuthor', name) : t('reader_listPosts');
  }
}

function itemNode(item: PostList['items'][number], opts: ListViewOptions): HTMLElement {
  const title = item.title || t('reader_listUntitled');
  const heading = el('h2', { class: 'cp-list-title' }, item.link ? externalLink(item.link, { 'data-post-id': String(item.id) }, title) : title);
  const date = parseDate(item.date);
  const meta: Node[] = [];
  if (date) meta.push(el('time', { datetime: date.toISOString() }, formatDate(date, opts.locale)));
  if (item.author) meta.push(el('span', { class: 'cp-list-author' }, item.author));
  const metaLine = meta.length > 0 ? el('p', { class: 'cp-list-meta' }) : undefined;
  for (const [i, node] of meta.entries()) metaLine?.append(...(i > 0 ? [' · ', node] : [node]));
  return el(
    'li',
    { class: 'cp-list-item' },
    el('article', {}, heading, metaLine, item.excerpt ? el('p', { class: 'cp-list-excerpt' }, item.excerpt) : undefined),
  );
}

export function renderPostList(list: PostList, opts: ListViewOptions): HTMLElement {
  const section = el('section', { class: 'cp-list', 'aria-labelledby': 'cp-list-heading' });
  const heading = el('h1', { id: 'cp-list-heading', tabindex: '-1' }, listHeading(list, opts.locale));
  section.append(heading);
  if (list.totalPages !== undefined && list.totalPages > 1) {
    section.append(el('p', { class: 'cp-list-page' }, t('reader_listPageOf', list.page, list.totalPages)));
  }
  if (list.items.length === 0) section.append(el('p', { class: 'cp-list-empty' }, t('reader_listEmpty')));
  else section.append(el('ol', { class: 'cp-list-items' }, ...list.items.map((item) => itemNode(item, opts))));

  const buttons: HTMLButtonElement[] = [];
  const pageButton = (cls: string, label: string, page: number): void => {
    const button = el('button', { type: 'button', class: `${cls} cp-button` }, label);
    button.addEventListener('click', () => opts.onPage(page));
    buttons.push(button);
  };
  if (list.page > 1) pageButton('cp-list-previous', t('reader_listPrevious'), list.page - 1);
  if (list.hasNext) pageButton('cp-list-next', t('reader_listNext'), list.page + 1);
  if (buttons.length > 0) section.append(el('nav', { class: 'cp-list-pager', 'aria-label': t('reader_listPagerLabel') }, ...buttons));

  const { onExtract } = opts;
  if (onExtract) {
    const extract = el('button', { type: 'button', class: 'cp-extract cp-button' }, t('reader_extractAnyway'));
    extract.addEventListener('click', () => onExtract());
    section.append(el('div', { class: 'cp-list-extra' }, extract));
  }

  // A plain click on a post of the page's own site opens it here; anything else keeps the link's new tab.
  section.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[data-post-id]') : null;
    const href = link?.getAttribute('href') ?? '';
    if (!link || opts.pageUrl === undefined || !linkedTarget(href, opts.pageUrl)) return;
    event.preventDefault();
    opts.onOpen(href);
  });
  return section;
}
