/**
 * Page metadata for an extracted article, merged from (in order of trust) the WordPress theme's own
 * markup, JSON-LD, OpenGraph (https://ogp.me/#type_article) and plain meta tags. Everything read here is
 * site text: it leaves this file only as one-line plain text (entities decoded, tags dropped) or as an
 * absolute http(s) URL.
 */
import { lineText } from '../article/text';
import { httpUrl } from '../url';
import { normaliseLang } from '../article/direction';
import type { Person } from '../types';
import { readJsonLd } from './jsonld';

export interface PageMeta {
  title?: string;
  byline?: Person;
  published?: string;
  modified?: string;
  siteName?: string;
  iconUrl?: string;
  canonical?: string;
  image?: { src: string; alt: string };
  description?: string;
  categories: string[];
  tags: string[];
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

function metaContent(doc: Document, key: string): string | undefined {
  // OpenGraph uses `property`, everything else `name`; sites mix them up, so both are read.
  for (const el of doc.getElementsByTagName('meta')) {
    const k = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim();
    if (k.toLowerCase() === key) {
      const v = el.getAttribute('content');
      if (v?.trim()) return v.trim();
    }
  }
  return undefined;
}

function metaAll(doc: Document, key: string): string[] {
  const out: string[] = [];
  for (const el of doc.getElementsByTagName('meta')) {
    const k = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    const v = el.getAttribute('content')?.trim();
    if (k === key && v) out.push(v);
  }
  return out;
}

/** A date string → ISO 8601 UTC, or undefined when it is not a real date. */
export function isoDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  // Only machine dates (ISO-like): "3 days ago" or "Nov 5" would be parsed in the runtime's zone.
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return undefined;
  const d = new Date(/T\d{2}:\d{2}/.test(v) || v.length === 10 ? v : v.replace(' ', 'T'));
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1990) return undefined;
  return d.toISOString();
}

/**
 * The post header's `<time datetime>`: themes print `time.entry-date.published` and `time.updated`
 * (Underscores' posted_on()). Element loops instead of long selector lists: jsdom's selector engine is
 * slow on those, and this also runs in the benchmark and tests.
 */
function headerTime(scope: ParentNode & Node, kind: 'published' | 'updated'): string | undefined {
  const times = [...elementsByTag(scope, 'time')].filter((t) => t.hasAttribute('datetime'));
  const has = (t: Element, c: string): boolean => t.classList.contains(c);
  const pick =
    kind === 'published'
      ? (times.find((t) => has(t, 'published')) ??
        times.find((t) => has(t, 'entry-date') && !has(t, 'updated')) ??
        times.find((t) => t.closest('header, .entry-meta, .post-meta')))
      : times.find((t) => has(t, 'updated') || has(t, 'modified'));
  return isoDate(pick?.getAttribute('datetime'));
}

function elementsByTag(scope: ParentNode & Node, tag: string): Iterable<Element> {
  return (scope as Document | Element).getElementsByTagName(tag);
}

function text(value: string | undefined): string | undefined {
  const t = lineText(value);
  return t || undefined;
}

const TITLE_CLASSES = ['entry-title', 'post-title', 'wp-block-post-title', 'single-post-title', 'td-post-title', 'article-title', 'headline'];

/** `<h1 class="entry-title">` and friends: what the theme shows as the post title. */
function themeTitle(scope: ParentNode & Node): string | undefined {
  for (const h of elementsByTag(scope, 'h1')) {
    if (TITLE_CLASSES.some((c) => h.classList.contains(c)) || h.closest('.entry-header, .td-post-title')) {
      const t = text(h.textContent ?? undefined);
      if (t) return t;
    }
  }
  return undefined;
}

/** Author link the theme prints in the post header (`rel="author"`, an HTML link type; or hCard `.author.vcard`). */
function themeAuthor(scope: ParentNode & Node, base: string): Person | undefined {
  let a: Element | undefined;
  for (const link of elementsByTag(scope, 'a')) {
    if (/(^|\s)author(\s|$)/i.test(link.getAttribute('rel') ?? '')) {
      a = link;
      break;
    }
  }
  if (!a) {
    const vcard = [...(scope as Document | Element).getElementsByClassName('vcard')].find((v) => v.classList.contains('author'));
    a = vcard?.getElementsByTagName('a')[0];
  }
  const name = text(a?.textContent ?? undefined);
  if (!a || !name || name.length > 100) return undefined;
  const url = httpUrl(a.getAttribute('href'), base);
  return url ? { name, url } : { name };
}

function iconUrl(doc: Document, base: string): string | undefined {
  const links = [...doc.getElementsByTagName('link')].filter((l) => l.hasAttribute('href'));
  const pick = (re: RegExp): string | undefined => {
    const el = links.find((l) => re.test(l.getAttribute('rel') ?? ''));
    return el ? httpUrl(el.getAttribute('href'), base) : undefined;
  };
  return pick(/(^|\s)apple-touch-icon(\s|$)/i) ?? pick(/(^|\s)icon(\s|$)/i);
}

/**
 * `scope` is the post's own element (e.g. `article.post-N`) when one was found, so a sidebar's
 * `<time>` or a related post's title is not read as this post's.
 */
export function readPageMeta(doc: Document, pageUrl: string, scope: ParentNode & Node = doc): PageMeta {
  const ld = readJsonLd(doc);
  // The page URL, or the page's own <base href> (what relative links in it are relative to).
  const base = httpUrl(doc.getElementsByTagName('base')[0]?.getAttribute('href'), pageUrl) ?? pageUrl;
  const meta: PageMeta = { categories: [], tags: [] };

  const title = themeTitle(scope) ?? text(ld.headline) ?? text(metaContent(doc, 'og:title')) ?? text(metaContent(doc, 'twitter:title'));
  if (title) meta.title = title;

  const ldAuthor = ld.authors.find((a) => text(a.name));
  if (ldAuthor) {
    const name = text(ldAuthor.name) as string;
    const url = httpUrl(ldAuthor.url, base);
    meta.byline = url ? { name, url } : { name };
  } else {
    const byline = themeAuthor(scope, base);
    const metaAuthor = text(metaContent(doc, 'author')) ?? text(metaContent(doc, 'article:author'));
    if (byline) meta.byline = byline;
    else if (metaAuthor && !/^https?:/i.test(metaAuthor) && metaAuthor.length <= 100) meta.byline = { name: metaAuthor };
  }

  const published = isoDate(ld.datePublished) ?? isoDate(metaContent(doc, 'article:published_time')) ?? headerTime(scope, 'published');
  if (published) meta.published = published;
  const modified =
    isoDate(ld.dateModified) ??
    isoDate(metaContent(doc, 'article:modified_time')) ??
    isoDate(metaContent(doc, 'og:updated_time')) ??
    headerTime(scope, 'updated');
  if (modified) meta.modified = modified;

  const siteName = text(metaContent(doc, 'og:site_name')) ?? text(ld.publisherName) ?? text(metaContent(doc, 'application-name'));
  if (siteName) meta.siteName = siteName;
  const icon = iconUrl(doc, base) ?? httpUrl(ld.publisherLogo, base);
  if (icon) meta.iconUrl = icon;

  const canonicalLink = [...doc.getElementsByTagName('link')].find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const canonical = httpUrl(canonicalLink?.getAttribute('href'), base) ?? httpUrl(metaContent(doc, 'og:url'), base);
  if (canonical) meta.canonical = canonical;

  const imageSrc = httpUrl(metaContent(doc, 'og:image:secure_url') ?? metaContent(doc, 'og:image'), base) ?? httpUrl(ld.image, base);
  if (imageSrc) meta.image = { src: imageSrc, alt: text(metaContent(doc, 'og:image:alt')) ?? '' };

  const description = text(metaContent(doc, 'og:description')) ?? text(ld.description) ?? text(metaContent(doc, 'description'));
  if (description) meta.description = description;

  const unique = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x && x.length <= 80))];
  meta.categories = unique([...metaAll(doc, 'article:section'), ...(ld.section ?? [])].map(text)).slice(0, 20);
  meta.tags = unique([...metaAll(doc, 'article:tag'), ...(ld.keywords ?? [])].map(text)).slice(0, 30);

  const html = doc.documentElement;
  const lang = normaliseLang(html?.getAttribute('lang')) ?? normaliseLang(ld.inLanguage) ?? normaliseLang(metaContent(doc, 'og:locale'));
  if (lang) meta.lang = lang;
  const dir = html?.getAttribute('dir')?.trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') meta.dir = dir;
  return meta;
}
