/**
 * What every export says about the article besides its body: the meta line and the attribution, and the
 * export's own words. The core builds no sentence: every word is the caller's, from _locales in the UI
 * language (src/shared/export-words.ts; the background words them for Chromium's offscreen document,
 * which has no i18n API).
 */
import type { Article } from '../types';

/**
 * The export's words. Templates hold `{slot}` markers where the site's values go (see fillWording); the
 * values are inserted as text or links, never parsed, and a template is split on its markers first.
 */
export interface ExportWords {
  /** E.g. "Originally published by {source}." ({source}: the original publisher). */
  originallyPublishedBy: string;
  /** E.g. "Published on {site}: {url}" ({site}: the site's name, {url}: the post's address). */
  publishedOn: string;
  /** The title of a post that has none (the core leaves it empty). */
  untitled: string;
  /** Media line labels ("Video: title — url", ./media.ts). */
  video: string;
  audio: string;
  file: string;
  /** E.g. "Updated {date}" ({date}: the last update, written by Intl): a template, as word order differs ("{date}更新"). */
  updated: string;
  /** A quote's citation line (./quote.ts): the title in the language's quotation marks, e.g. "“{title}”". */
  quoteTitle: string;
  /** Between the citation line's parts (author, title, site, date, address), e.g. ", " ("、" in Japanese). */
  quoteSeparator: string;
}

/** Markdown for notes apps (issue 10 §4), from the reader settings (src/shared/settings.ts `md*`). */
export interface MarkdownOptions {
  /** YAML front matter (./front-matter.ts) before the title; `accessed` is its access date. */
  frontMatter?: { accessed: Date };
  /** `inline`: `[text](url)`; `reference`: `[text][1]` with `[1]: url` at the end of the body. */
  links?: 'inline' | 'reference';
  /** `keep`: `![alt](src)`; `alt`: the alt text only (as text); `none`: no images. */
  images?: 'keep' | 'alt' | 'none';
}

export interface ExportOptions {
  /** Locale for the dates in the meta line (the UI's); fixed by default so exports are deterministic. */
  locale?: string;
  /** The export's words, from _locales. */
  words: ExportWords;
  /** Markdown only; the defaults (no front matter, inline links, images kept) are the clipboard's Markdown. */
  markdown?: MarkdownOptions;
}

export const WORDING_SLOTS = { source: '{source}', site: '{site}', url: '{url}', date: '{date}', title: '{title}' } as const;

type Slot = keyof typeof WORDING_SLOTS;

/** The template in order: literal text, then the value for each slot (a slot missing from it is added at the end). */
export function fillWording<T>(template: string, values: Partial<Record<Slot, T>>, text: (s: string) => T): T[] {
  const out: T[] = [];
  const pattern = /\{(source|site|url|date|title)\}/g;
  const used = new Set<Slot>();
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    const slot = match[1] as Slot;
    const value = values[slot];
    if (match.index > last) out.push(text(template.slice(last, match.index)));
    if (value !== undefined) out.push(value);
    used.add(slot);
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(text(template.slice(last)));
  // A broken translation (no marker) still credits the publisher: the value is never dropped.
  for (const [slot, value] of Object.entries(values) as Array<[Slot, T]>) {
    if (!used.has(slot)) out.push(text(' '), value);
  }
  return out;
}

/** "28 January 2025" (en-GB, in UTC: WordPress's `date_gmt` is the moment; the day is the UTC day). */
export function formatDate(iso: string | undefined, locale = 'en-GB'): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

/** The parts of the "byline · date · site" line that exist, in that order. */
export interface MetaParts {
  byline?: { text: string; url?: string };
  date?: { text: string; iso: string };
  /** The last update, only when it falls on another day than `date` (same-day edits add nothing to a citation). */
  updated?: { text: string; iso: string };
  site: { text: string; url: string };
}

export function metaParts(article: Article, options: ExportOptions): MetaParts {
  const { locale, words } = options;
  const parts: MetaParts = { site: { text: article.site.name, url: article.site.url } };
  if (article.byline?.name) parts.byline = { text: article.byline.name, ...(article.byline.url ? { url: article.byline.url } : {}) };
  const date = formatDate(article.published, locale);
  if (date && article.published) parts.date = { text: date, iso: article.published };
  const updated = formatDate(article.modified, locale);
  if (updated && article.modified && updated !== date && (!article.published || article.modified > article.published)) {
    // "Updated 3 March 2025" from export_updated; a blank translation leaves the date in parentheses.
    const text = words.updated.trim() ? fillWording(words.updated, { date: updated }, (s) => s).join('') : `(${updated})`;
    parts.updated = { text, iso: article.modified };
  }
  return parts;
}

export const META_SEPARATOR = ' · ';
