/** What every export says about the article besides its body: the meta line and the attribution. */
import type { Article } from '../types';
import type { MediaKind } from './media';

/** The export's own words in the user's language (_locales, src/shared/export-words.ts): media line labels, "Updated". */
export type ExportWords = Partial<Record<MediaKind | 'updated', string>>;

export interface ExportOptions {
  /** Locale for the date in the meta line; fixed by default so exports are deterministic. */
  locale?: string;
  /** Label words for media lines ("Video", "Audio", "File"), from _locales; see ./media.ts. */
  words?: ExportWords;
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

export function metaParts(article: Article, locale?: string, words: ExportWords = {}): MetaParts {
  const parts: MetaParts = { site: { text: article.site.name, url: article.site.url } };
  if (article.byline?.name) parts.byline = { text: article.byline.name, ...(article.byline.url ? { url: article.byline.url } : {}) };
  const date = formatDate(article.published, locale);
  if (date && article.published) parts.date = { text: date, iso: article.published };
  const updated = formatDate(article.modified, locale);
  if (updated && article.modified && updated !== date && (!article.published || article.modified > article.published)) {
    // "Updated 3 March 2025": the word from _locales (export_updated); without it, the date in parentheses.
    const word = (words.updated ?? '').trim();
    parts.updated = { text: word ? `${word} ${updated}` : `(${updated})`, iso: article.modified };
  }
  return parts;
}

export const META_SEPARATOR = ' · ';
