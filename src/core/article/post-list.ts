/**
 * A page of a list of posts (issue 11, item 3: archive, home and search pages) as the reader shows it: for each
 * post its title, date, author and excerpt as plain text (the site's HTML is only ever read for its text, through
 * the same inert parse as every site string: ./text.ts), and its link. Items that are not posts of a readable
 * shape are left out, never guessed at. Pure: the UI words the heading from the list's kind and name.
 */
import type { RawPostList } from '../rest/post-list';
import { isObject, isPostId, LIST_PER_PAGE } from '../rest/shape';
import type { ListTarget } from '../types';
import { httpUrl } from '../url';
import { pickDate } from './dates';
import { readByline } from './embedded';
import { lineText } from './text';

/** An excerpt longer than this is cut at a word (WordPress's own is 55 words; some themes send the whole post). */
export const MAX_EXCERPT_CHARS = 400;

export interface PostListItem {
  id: number;
  /** Plain text; empty when the post has no title. */
  title: string;
  /** The post's permalink (http(s)); undefined when the site sent none usable. */
  link?: string;
  /** ISO 8601 (UTC), for Intl. */
  date?: string;
  author?: string;
  /** Plain text, at most MAX_EXCERPT_CHARS (+ an ellipsis); empty for a password-protected post. */
  excerpt: string;
}

export interface PostList {
  target: ListTarget;
  /** The term's or author's name as text; for a term the site did not name, its slug from the page. */
  name?: string;
  items: PostListItem[];
  page: number;
  /** Known from `X-WP-TotalPages`; without it, a full page means there may be more. */
  totalPages?: number;
  hasNext: boolean;
}

function cut(text: string): string {
  if (text.length <= MAX_EXCERPT_CHARS) return text;
  const head = text.slice(0, MAX_EXCERPT_CHARS);
  const space = head.lastIndexOf(' ');
  return `${(space > MAX_EXCERPT_CHARS / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

function rendered(field: unknown): unknown {
  return isObject(field) ? field.rendered : undefined;
}

export function normalizeListItem(value: unknown): PostListItem | undefined {
  if (!isObject(value) || !isPostId(value.id)) return undefined;
  const item: PostListItem = { id: value.id, title: lineText(rendered(value.title)), excerpt: '' };
  const excerpt = value.excerpt;
  if (!(isObject(excerpt) && excerpt.protected === true)) item.excerpt = cut(lineText(rendered(excerpt)));
  const link = httpUrl(value.link);
  if (link !== undefined) item.link = link;
  const date = pickDate(value.date_gmt, value.date);
  if (date !== undefined) item.date = date;
  const byline = readByline(isObject(value._embedded) ? value._embedded : undefined);
  if (byline) item.author = byline.name;
  return item;
}

export function normalizePostList(raw: RawPostList, target: ListTarget): PostList {
  const rawItems = Array.isArray(raw.items) ? raw.items : [];
  const items = rawItems.map(normalizeListItem).filter((i): i is PostListItem => i !== undefined);
  const total = typeof raw.totalPages === 'number' && Number.isSafeInteger(raw.totalPages) && raw.totalPages >= 0 ? raw.totalPages : undefined;
  const list: PostList = {
    target,
    items,
    page: raw.page,
    hasNext: total !== undefined ? raw.page < total : rawItems.length >= LIST_PER_PAGE,
  };
  if (total !== undefined) list.totalPages = total;
  const name = lineText(raw.name) || ('slug' in target && target.slug !== undefined ? safeDecode(target.slug) : '');
  if (name !== '') list.name = name;
  return list;
}

/** A slug is %-encoded UTF-8 (sanitize_title): shown decoded, as the site's own text. */
function safeDecode(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
