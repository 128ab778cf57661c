/**
 * Article → HTML for the rich clipboard. Built with DOM calls in an inert document: every site string
 * goes in through textContent or setAttribute, never by concatenating HTML; the result then passes
 * through the sanitiser once more before it leaves.
 */
import { sanitizeHtml } from '../clean';
import type { Article } from '../types';
import { attributionParts } from './attribution';
import { inertDocument, parseBody } from './dom';
import { type ExportOptions, fillWording, META_SEPARATOR, metaParts } from './meta';

const SAFE_HREF = /^(https?:|mailto:)/i;

export function toHtml(article: Article, options: ExportOptions): string {
  const doc = inertDocument();
  const el = (tag: string, text?: string): HTMLElement => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const link = (text: string, href: string | undefined): Node => {
    if (!href || !SAFE_HREF.test(href)) return doc.createTextNode(text);
    const a = el('a', text);
    a.setAttribute('href', href);
    return a;
  };

  const root = el('div');
  root.append(el('h1', article.title.trim() || options.words.untitled));

  const meta = metaParts(article, options);
  const metaP = el('p');
  const metaNodes: Node[] = [];
  if (meta.byline) metaNodes.push(link(meta.byline.text, meta.byline.url));
  if (meta.date) {
    const time = el('time', meta.date.text);
    time.setAttribute('datetime', meta.date.iso);
    metaNodes.push(time);
  }
  if (meta.updated) {
    const time = el('time', meta.updated.text);
    time.setAttribute('datetime', meta.updated.iso);
    metaNodes.push(time);
  }
  metaNodes.push(link(meta.site.text, meta.site.url));
  metaNodes.forEach((node, i) => {
    if (i > 0) metaP.append(META_SEPARATOR);
    metaP.append(node);
  });
  root.append(metaP);

  const image = article.featuredImage;
  if (image && /^https?:/i.test(image.src)) {
    const figure = el('figure');
    const img = el('img');
    img.setAttribute('src', image.src);
    if (image.srcset) img.setAttribute('srcset', image.srcset);
    img.setAttribute('alt', image.alt);
    if (image.width && image.height) {
      img.setAttribute('width', String(image.width));
      img.setAttribute('height', String(image.height));
    }
    figure.append(img);
    if (image.caption) figure.append(el('figcaption', image.caption));
    root.append(figure);
  }

  const body = parseBody(article.contentHtml, doc);
  root.append(...body.childNodes);

  const attribution = attributionParts(article);
  const footer = el('p');
  const text = (s: string): Node => doc.createTextNode(s);
  if (attribution.source) {
    footer.append(...fillWording(options.words.originallyPublishedBy, { source: link(attribution.source.name, attribution.source.url) }, text), ' ');
  }
  const site = link(attribution.site.name, attribution.site.url);
  footer.append(...fillWording(options.words.publishedOn, { site, url: link(attribution.postUrl, attribution.postUrl) }, text));
  root.append(footer);

  // Everything from the site goes through the shared sanitiser. The <article> wrapper (which that
  // configuration does not keep) is added afterwards and carries only values checked here.
  const clean = sanitizeHtml(root.innerHTML, article.url);
  const wrapper = el('article');
  if (article.lang && LANG_TAG.test(article.lang)) wrapper.setAttribute('lang', article.lang);
  wrapper.setAttribute('dir', article.dir === 'rtl' ? 'rtl' : 'ltr');
  wrapper.append(...clean.childNodes);
  return wrapper.outerHTML;
}

const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
