/** The attribution every export ends with: original source if any, the site, the post URL. */
import type { Article } from '../types';

export interface AttributionParts {
  source?: { name: string; url?: string };
  site: { name: string; url: string };
  postUrl: string;
}

export function attributionParts(article: Article): AttributionParts {
  const parts: AttributionParts = { site: { name: article.site.name, url: article.site.url }, postUrl: article.url };
  if (article.source) {
    const url = article.source.url && /^https?:/i.test(article.source.url) ? article.source.url : undefined;
    parts.source = url ? { name: article.source.name, url } : { name: article.source.name };
  }
  return parts;
}
