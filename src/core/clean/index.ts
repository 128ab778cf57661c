// TEMPORARY scaffold written by the lead so the article model can be built in parallel.
// The cleaning helper replaces this file's bodies (keeping these signatures).
import DOMPurify from 'dompurify';
import type { ArticleLink, OriginalSource } from '../types';

export interface CleanResult {
  /** Detached element (in an inert document) holding the cleaned body. */
  root: HTMLElement;
  /** Things noticed while cleaning (e.g. "Leftover page-builder shortcodes"). */
  notes: string[];
}

/** Sanitise (the one DOMPurify configuration) then run the WordPress-specific pass. */
export function cleanContent(html: string, baseUrl: string): CleanResult {
  const doc = document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  root.innerHTML = DOMPurify.sanitize(html);
  void baseUrl;
  return { root, notes: [] };
}

export interface SourceContext {
  postUrl: string;
  canonicalUrl?: string;
  siteUrl?: string;
}

/** Finds the original publisher of a syndicated post and removes its footer from `root`. */
export function findOriginalSource(root: HTMLElement, ctx: SourceContext): OriginalSource | undefined {
  void root;
  void ctx;
  return undefined;
}

/** Every link of the cleaned body, in document order. */
export function collectLinks(root: HTMLElement): ArticleLink[] {
  return [...root.querySelectorAll('a[href]')].map((a) => ({ text: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' }));
}
