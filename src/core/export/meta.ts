/** What every export says about the article besides its body: the meta line and the attribution. */
import type { Article } from '../types';
import type { ExportWording } from './wording';

export interface ExportOptions {
  /** Locale for the date in the meta line (the UI's); fixed by default so exports are deterministic. */
  locale?: string;
  /** The attribution sentences, worded by the caller from _locales (./wording.ts). */
  wording: ExportWording;
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
  site: { text: string; url: string };
}

export function metaParts(article: Article, locale?: string): MetaParts {
  const parts: MetaParts = { site: { text: article.site.name, url: article.site.url } };
  if (article.byline?.name) parts.byline = { text: article.byline.name, ...(article.byline.url ? { url: article.byline.url } : {}) };
  const date = formatDate(article.published, locale);
  if (date && article.published) parts.date = { text: date, iso: article.published };
  return parts;
}

export const META_SEPARATOR = ' · ';
