/**
 * Which list of posts an archive, home or search page is (issue 11, item 3), from what WordPress itself puts in
 * the page: the body classes of get_body_class() (`category category-{slug} category-{id}`, `tag-{slug}`,
 * `author author-{nicename} author-{id}`, `search`, `date`, `home blog`; docs/wordpress.md §1.5), the alternate
 * JSON link WP ≥ 5.5 prints on term and author archives (`…/wp/v2/categories/12`, §1.2), and the URL shapes of
 * both permalink forms (`/category/x/`, `?cat=12`, `?s=q`, `/2024/05/`, `?m=202405`). Body classes and the
 * alternate link win over the URL: a site may rename its bases (`/topics/x/`), never the classes.
 * Pure: the REST route is built from this by core/rest/post-list.ts.
 */
import type { ListTarget } from '../types';
import { parseHttpUrl } from '../url';

/** A search longer than this is not a reader's query (WordPress itself does not cap it; this bounds the request). */
export const MAX_SEARCH_CHARS = 200;
/** A term slug or author nicename: WordPress sanitises both to this (sanitize_title: lowercase, %-encoded UTF-8). */
const SLUG = /^[a-z0-9%_-]{1,200}$/i;
const ID = /^[1-9]\d{0,15}$/;

type TermKind = 'category' | 'tag' | 'author';
const ROUTE_KIND: Record<string, TermKind> = { categories: 'category', tags: 'tag', users: 'author' };
const URL_BASE: Record<string, TermKind> = { category: 'category', tag: 'tag', author: 'author' };

export interface ListFacts {
  /** The page's body classes. */
  classes: readonly string[];
  /** REST routes of the page's alternate JSON links that name a term or user (`/wp/v2/categories/12`). */
  alternateRoutes: readonly string[];
  pageUrl: string;
  pageKind: 'archive' | 'home' | 'search';
}

function idOf(text: string | null | undefined): number | undefined {
  if (text == null || !ID.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

function slugOf(text: string | null | undefined): string | undefined {
  return text != null && SLUG.test(text) ? text.toLowerCase() : undefined;
}

/** `category-news` and `category-12` → slug "news", id 12. A numeric slug is taken as the ID (WordPress prints both). */
function fromClasses(kind: TermKind, classes: readonly string[]): { id?: number; slug?: string } {
  const out: { id?: number; slug?: string } = {};
  const prefix = `${kind}-`;
  for (const c of classes) {
    if (!c.startsWith(prefix)) continue;
    const rest = c.slice(prefix.length);
    const id = idOf(rest);
    if (id !== undefined) out.id ??= id;
    else if (kind !== 'category' || !/^(?:template|paged)/.test(rest)) out.slug ??= slugOf(rest);
  }
  return out;
}

/** `/wp/v2/categories/12` → category 12. */
function fromRoutes(routes: readonly string[]): { kind: TermKind; id: number } | undefined {
  for (const route of routes) {
    const m = /^\/wp\/v2\/(categories|tags|users)\/([1-9]\d{0,15})\/?$/.exec(route);
    const kind = m ? ROUTE_KIND[m[1]!] : undefined;
    const id = idOf(m?.[2]);
    if (kind && id !== undefined) return { kind, id };
  }
  return undefined;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** What the URL says, in either permalink form. The path's `page/N` (a later page of the list) is ignored. */
function fromUrl(url: URL): ListTarget | undefined {
  const q = url.searchParams;
  const s = q.get('s');
  if (s !== null) return searchTarget(s);
  const cat = q.get('cat');
  if (cat !== null) return idOf(cat) !== undefined ? { kind: 'category', id: idOf(cat)! } : undefined;
  const tag = slugOf(q.get('tag'));
  if (tag !== undefined) return { kind: 'tag', slug: tag };
  const author = idOf(q.get('author'));
  if (author !== undefined) return { kind: 'author', id: author };
  const authorName = slugOf(q.get('author_name'));
  if (authorName !== undefined) return { kind: 'author', slug: authorName };
  const m = q.get('m');
  if (m !== null) return dateTarget(m.slice(0, 4), m.slice(4, 6) || undefined, m.slice(6, 8) || undefined);
  const year = q.get('year');
  if (year !== null) return dateTarget(year, q.get('monthnum') ?? undefined, q.get('day') ?? undefined);
  const segments = url.pathname.split('/').filter((x) => x !== '');
  const pageAt = segments.findIndex((x, i) => x === 'page' && ID.test(segments[i + 1] ?? ''));
  const path = pageAt >= 0 ? segments.slice(0, pageAt) : segments;
  const base = URL_BASE[path[0] ?? ''];
  // `/category/parent/child/`: the last segment is the category shown.
  if (base !== undefined && path.length >= 2) {
    const slug = slugOf(path[path.length - 1]);
    return slug !== undefined ? { kind: base, slug } : undefined;
  }
  if (path[0] === 'search' && path.length === 2) {
    const query = decodeSegment(path[1]!);
    return query !== undefined ? searchTarget(query) : undefined;
  }
  if (path.length >= 1 && path.length <= 3 && /^\d{4}$/.test(path[0]!)) return dateTarget(path[0]!, path[1], path[2]);
  return undefined;
}

function searchTarget(raw: string): ListTarget | undefined {
  const search = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_CHARS);
  return search === '' ? undefined : { kind: 'search', search };
}

/** A calendar date that exists: year, then month, then day, each only with the one before it. */
function dateTarget(y: string, m: string | undefined, d: string | undefined): ListTarget | undefined {
  if (!/^\d{4}$/.test(y) || (m !== undefined && !/^\d{2}$/.test(m)) || (d !== undefined && !/^\d{2}$/.test(d))) return undefined;
  const year = Number(y);
  if (year < 1970 || year > 9998) return undefined;
  if (m === undefined) return { kind: 'date', year };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { kind: 'date', year, month };
  const day = Number(d);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? { kind: 'date', year, month, day } : undefined;
}

/** The list the page is, or undefined when it cannot be told (a custom taxonomy, a post-type archive). */
export function listTarget(facts: ListFacts): ListTarget | undefined {
  const { classes, pageKind } = facts;
  const has = (c: string): boolean => classes.includes(c);
  const url = parseHttpUrl(facts.pageUrl);
  const byUrl = url ? fromUrl(url) : undefined;
  if (pageKind === 'search') return byUrl?.kind === 'search' ? byUrl : undefined;
  const route = fromRoutes(facts.alternateRoutes);
  for (const kind of ['category', 'tag', 'author'] as const) {
    if (!has(kind) && route?.kind !== kind) continue;
    const found = fromClasses(kind, classes);
    const id = route?.kind === kind ? route.id : (found.id ?? (byUrl?.kind === kind ? byUrl.id : undefined));
    const slug = found.slug ?? (byUrl?.kind === kind ? byUrl.slug : undefined);
    if (id === undefined && slug === undefined) return undefined;
    return { kind, ...(id !== undefined ? { id } : {}), ...(slug !== undefined ? { slug } : {}) };
  }
  if (has('date')) return byUrl?.kind === 'date' ? byUrl : undefined;
  if (pageKind === 'home') return has('home') || has('blog') ? { kind: 'latest' } : undefined;
  // No class names the list (a theme that prints only `archive`): the URL may still say which one.
  return byUrl !== undefined && byUrl.kind !== 'search' ? byUrl : undefined;
}
