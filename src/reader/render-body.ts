/**
 * The article body: featured image and the cleaned content. `article.contentHtml` is the ONLY HTML the
 * reader ever parses, and the core sanitised it in this same extension page (src/core). It is parsed
 * into an inert document first (DOMParser: no browsing context), so nothing loads or runs while the
 * reader adjusts it (lazy images, in-page footnote links, scrollable tables) with DOM APIs only.
 */
import { inertDocument, parseHtmlBody } from '../core/clean/dom';
import type { Article, FeaturedImage } from '../core/types';
import { t } from '../shared/i18n';
import type { ImageLoading } from '../shared/settings';
import { el } from './dom';
import { httpUrl, sameDocument } from '../core/url';
import { deferOtherSiteImages } from './other-site-images';

/** How the reader treats the post's images (settings `otherSiteImages`), and the page they are judged against. */
export interface ImageOptions {
  otherSiteImages?: ImageLoading;
  /** The page the reader was opened on (default: the post's URL). */
  pageUrl?: string;
}

/** The page whose site images are judged against, when other sites' images wait for a click; else undefined. */
export function deferAgainst(article: Article, options: ImageOptions): string | undefined {
  return options.otherSiteImages === 'click' ? (options.pageUrl ?? article.url) : undefined;
}

export function renderFeaturedImage(image: FeaturedImage | undefined, article?: Article, options: ImageOptions = {}): HTMLElement | undefined {
  const src = httpUrl(image?.src);
  if (!image || !src) return undefined;
  const against = article ? deferAgainst(article, options) : undefined;
  // An image made in the reader's document starts loading at once: one that may wait for a click is made in an
  // inert document first (no browsing context, no request) and only adopted when it does not wait.
  const doc = against ? inertDocument() : document;
  const img = build(doc, 'img', {
    class: 'cp-featured-image',
    src,
    srcset: safeSrcset(image.srcset),
    sizes: image.srcset ? '(max-width: 900px) 100vw, 900px' : undefined,
    alt: image.alt,
    width: positive(image.width),
    height: positive(image.height),
    decoding: 'async',
  });
  const caption = image.caption?.trim();
  const figure = build(doc, 'figure', { class: 'cp-featured' });
  figure.append(img);
  if (against) deferOtherSiteImages(figure, against);
  const live = document.adoptNode(figure);
  if (caption) live.append(el('figcaption', {}, caption));
  return live;
}

function build(doc: Document, tag: string, attrs: Record<string, string | undefined>): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  return node;
}

/** Keeps only http(s) candidates of a srcset ("url 300w, url 600w"); undefined when none is left. */
export function safeSrcset(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  const kept = srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([url, descriptor]) => httpUrl(url) !== undefined && (descriptor === undefined || /^\d+(\.\d+)?[wx]$/.test(descriptor)))
    .map((parts) => parts.slice(0, 2).join(' '));
  return kept.length > 0 ? kept.join(', ') : undefined;
}

function positive(value: number | undefined): string | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? String(Math.round(value)) : undefined;
}

export function renderContent(article: Article, options: ImageOptions = {}): HTMLElement {
  // Core-sanitised HTML (see the file comment), parsed in an inert DOMParser document and adjusted there.
  const body = parseHtmlBody(article.contentHtml);
  const parsed = body.ownerDocument.createDocumentFragment();
  parsed.append(...body.childNodes);
  enhanceContent(parsed, article);
  const against = deferAgainst(article, options);
  if (against) deferOtherSiteImages(parsed, against); // still inert: nothing has been requested
  const content = el('div', { class: 'cp-content' });
  content.append(document.adoptNode(parsed));
  return content;
}

/** Elements that never belong in the reader even if a sanitiser let them through (defence in depth). */
const FORBIDDEN = 'script, iframe, frame, frameset, object, embed, base, meta, link, style, form';

export function enhanceContent(root: DocumentFragment, article: Article): void {
  for (const node of root.querySelectorAll(FORBIDDEN)) node.remove();
  demoteHeadings(root);
  fixLinks(root, article);
  for (const img of root.querySelectorAll('img')) {
    if (!img.hasAttribute('loading')) img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
  for (const table of root.querySelectorAll('table')) wrapTable(table);
  // Wide code scrolls sideways; tabindex lets keyboard users scroll it (WCAG 2.1.1).
  for (const pre of root.querySelectorAll('pre')) pre.setAttribute('tabindex', '0');
}

/** The title is the page's only h1; a body h1 would break the outline (WCAG 1.3.1), so shift levels. */
function demoteHeadings(root: DocumentFragment): void {
  if (!root.querySelector('h1')) return;
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5')) {
    const level = Number(heading.tagName.slice(1));
    const next = document.createElement(`h${level + 1}`);
    for (const attr of heading.attributes) next.setAttribute(attr.name, attr.value);
    next.append(...heading.childNodes);
    heading.replaceWith(next);
  }
}

function fixLinks(root: DocumentFragment, article: Article): void {
  for (const a of root.querySelectorAll('a[href]')) {
    const raw = a.getAttribute('href') ?? '';
    const inPage = inPageTarget(root, raw, article);
    if (inPage !== undefined) {
      // Footnotes and tables of contents stay inside the reader instead of reloading the site.
      a.setAttribute('href', `#${inPage}`);
      a.removeAttribute('target');
      continue;
    }
    const href = httpUrl(raw, article.url);
    if (!href) {
      a.removeAttribute('href'); // javascript:, data:, mailto-less junk: keep the text, drop the link
      continue;
    }
    a.setAttribute('href', href);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
}

function inPageTarget(root: DocumentFragment, raw: string, article: Article): string | undefined {
  let hash: string;
  if (raw.startsWith('#')) hash = raw;
  else if (sameDocument(raw, article.url) || (article.canonicalUrl !== undefined && sameDocument(raw, article.canonicalUrl))) {
    hash = new URL(raw).hash;
  } else return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return undefined; // malformed escape: treat as an ordinary link
  }
  return id && root.getElementById(id) ? id : undefined;
}

function wrapTable(table: HTMLTableElement): void {
  if (table.parentElement?.classList.contains('cp-table-scroll')) return;
  // A focusable, labelled region so wide tables can be scrolled with the keyboard.
  const wrapper = el('div', { class: 'cp-table-scroll', tabindex: '0', role: 'region', 'aria-label': t('reader_table') });
  table.replaceWith(wrapper);
  wrapper.append(table);
}
