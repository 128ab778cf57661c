/**
 * The article header: site (name + icon), title, byline, dates, reading time, the attribution line for
 * syndicated posts and the link back to the original. Every value is site data: text nodes and checked
 * http(s) URLs only.
 */
import type { Article } from '../core/types';
import { t } from '../shared/i18n';
import { el, externalLink, fillMessage, MARKER } from './dom';
import { formatDate, formatMinutes, isMeaningfulUpdate, parseDate } from './format';
import { displayHost, httpUrl } from '../core/url';
import { isOtherSite } from './other-site-images';
import { deferAgainst, type ImageOptions } from './render-body';

export function renderHeader(article: Article, locale: string, options: ImageOptions = {}): HTMLElement {
  const header = el('header', { class: 'cp-header' });
  header.append(renderSite(article, options));

  // tabindex=-1: focus lands here when the article is ready, so screen readers start at the title.
  const title = el('h1', { class: 'cp-title', tabindex: '-1' }, article.title.trim() || t('reader_untitled'));
  header.append(title);

  const meta = el('p', { class: 'cp-meta' });
  const byline = renderByline(article);
  const dates = renderDates(article, locale);
  const readingTime =
    article.readingMinutes > 0
      ? el('span', { class: 'cp-reading-time' }, t('reader_readingTime', readingMinutes(article.readingMinutes, locale)))
      : undefined;
  for (const part of [byline, dates, readingTime]) {
    if (part) meta.append(part);
  }
  if (meta.childElementCount > 0) header.append(meta);

  const attribution = renderAttribution(article);
  if (attribution) header.append(attribution);
  const canonical = renderCanonical(article);
  if (canonical) header.append(canonical);
  return header;
}

function readingMinutes(minutes: number, locale: string): string {
  return formatMinutes(Math.max(1, Math.round(minutes)), locale, t('reader_readingTimeUnit'));
}

function renderSite(article: Article, options: ImageOptions): HTMLElement {
  const site = el('p', { class: 'cp-site' });
  const name = article.site.name.trim() || displayHost(article.site.url || article.url);
  const icon = httpUrl(article.site.iconUrl);
  // The icon is decoration: with other sites' images on click, one hosted elsewhere is left out (not a button).
  const against = deferAgainst(article, options);
  const iconElsewhere = against !== undefined && isOtherSite(icon, against);
  // Icon is decorative (the name is next to it): alt="" keeps screen readers from reading a file name.
  const iconEl =
    icon && !iconElsewhere
      ? el('img', { class: 'cp-site-icon', src: icon, alt: '', width: '20', height: '20', referrerpolicy: 'no-referrer' })
      : undefined;
  const siteUrl = httpUrl(article.site.url);
  if (siteUrl) site.append(externalLink(siteUrl, { class: 'cp-site-link' }, iconEl, el('span', { class: 'cp-site-name' }, name)));
  else site.append(...[iconEl, el('span', { class: 'cp-site-name' }, name)].filter((n): n is HTMLElement => n !== undefined));
  return site;
}

function renderByline(article: Article): HTMLElement | undefined {
  const name = article.byline?.name.trim();
  if (!name) return undefined;
  const href = httpUrl(article.byline?.url);
  const person = href ? externalLink(href, { rel: 'author' }, name) : el('span', {}, name);
  return el('span', { class: 'cp-byline' }, fillMessage(t('reader_byline', MARKER), MARKER, person));
}

function renderDates(article: Article, locale: string): HTMLElement | undefined {
  const published = parseDate(article.published);
  const modified = parseDate(article.modified);
  const showUpdate = isMeaningfulUpdate(published, modified);
  if (!published && !showUpdate) return undefined;
  const dates = el('span', { class: 'cp-dates' });
  if (published) {
    dates.append(el('time', { class: 'cp-published', datetime: published.toISOString() }, formatDate(published, locale)));
  }
  if (modified && showUpdate) {
    const time = el('time', { class: 'cp-updated', datetime: modified.toISOString() }, formatDate(modified, locale));
    dates.append(el('span', { class: 'cp-updated-line' }, fillMessage(t('reader_updated', MARKER), MARKER, time)));
  }
  return dates;
}

/** "Originally from cnn.com": the reason Clearpost exists is to credit the real publisher. */
export function renderAttribution(article: Article): HTMLElement | undefined {
  const source = article.source;
  const name = source?.name.trim();
  if (!source || !name) return undefined;
  const href = httpUrl(source.url);
  const nameNode = href ? externalLink(href, {}, name) : el('span', {}, name);
  return el('p', { class: 'cp-attribution' }, fillMessage(t('reader_attribution', MARKER), MARKER, nameNode));
}

function renderCanonical(article: Article): HTMLElement | undefined {
  const canonical = httpUrl(article.canonicalUrl);
  const href = canonical ?? httpUrl(article.url);
  if (!href) return undefined;
  // A republished post credits its publisher on the attribution line; its own permalink is then not
  // "the original", just where this copy lives.
  const key = !canonical && article.source ? 'reader_viewOnSite' : 'reader_viewOriginal';
  const link = externalLink(href, { class: 'cp-canonical' }, t(key, displayHost(href)));
  return el('p', { class: 'cp-canonical-line' }, link);
}
