/**
 * Singular vs. archive/home/search, from `get_body_class()` (docs/wordpress.md §1.5). Only singular pages are
 * articles; the REST client refuses the rest with a clear "not an article" error.
 */
import type { Detection } from '../types';

export type PageKind = Detection['pageKind'];

const SINGULAR = new Set(['single', 'page', 'attachment', 'wp-singular']);
const ARCHIVE = new Set(['archive', 'category', 'tag', 'author', 'date', 'post-type-archive', 'tax']);

export function pageKindFromClasses(classes: string[]): PageKind {
  const has = (c: string): boolean => classes.includes(c);
  const singular = classes.some((c) => SINGULAR.has(c)) || classes.some((c) => /^(?:postid|page-id|attachmentid)-\d+$/.test(c));
  if (singular) return 'singular';
  if (has('search') || has('search-results') || has('search-no-results')) return 'search';
  if (classes.some((c) => ARCHIVE.has(c)) || classes.some((c) => /^(?:tax|term)-/.test(c))) return 'archive';
  if (has('home') || has('blog')) return 'home';
  return 'unknown';
}
