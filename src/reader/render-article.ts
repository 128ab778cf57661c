/** Assembles the one <article>: header, origin note, contents, featured image, notes, content, tags, references. */
import type { Article } from '../core/types';
import { t } from '../shared/i18n';
import { renderContents } from './contents';
import { el } from './dom';
import { enableClickToLoad } from './embeds';
import { keepInPageLinksLocal } from './in-page-links';
import { renderReferences } from './references';
import { renderContent, renderFeaturedImage, type ImageOptions } from './render-body';
import { renderHeader } from './render-header';
import { safeLang } from './lang';
import { splitOriginNote } from './render-origin';

export { safeLang } from './lang';

export function renderArticle(article: Article, locale: string, images: ImageOptions = {}): HTMLElement {
  const node = el('article', {
    class: 'cp-article',
    lang: safeLang(article.lang),
    dir: article.dir === 'rtl' ? 'rtl' : 'ltr',
    'aria-labelledby': 'cp-article-title',
  });
  const header = renderHeader(article, locale, images);
  header.querySelector('h1')?.setAttribute('id', 'cp-article-title');
  node.append(header);
  const { origin, notes } = splitOriginNote(article);
  if (origin) node.append(origin);

  const featured = renderFeaturedImage(article.featuredImage, article, images);
  if (featured) node.append(featured);

  if (notes.length > 0) {
    // The cleaner's remarks (e.g. leftover page-builder shortcodes) explain odd-looking text.
    const list = el('ul', {});
    for (const note of notes) list.append(el('li', {}, note));
    node.append(el('aside', { class: 'cp-notes', 'aria-label': t('reader_notes') }, list));
  }

  const content = renderContent(article, images);
  enableClickToLoad(content);
  node.append(content);

  const terms = [...article.categories, ...article.tags].map((term) => term.trim()).filter(Boolean);
  if (terms.length > 0) {
    node.append(
      el('p', { class: 'cp-terms' }, el('span', { class: 'cp-terms-label' }, t('reader_filedUnder')), ' ', [...new Set(terms)].join(' · ')),
    );
  }

  // Long posts (issue 11, item 5): contents under the header when the body has enough section headings.
  const contents = renderContents(node);
  if (contents) (origin ?? header).after(contents);

  const references = renderReferences(article.links);
  if (references) node.append(references);
  keepInPageLinksLocal(node);
  return node;
}
