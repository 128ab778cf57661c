/**
 * A post's comments (issue 11, item 4): the site's comment objects → a bounded thread of plain data, the
 * content of each through the one cleaning pipeline of posts (../clean: the one DOMPurify configuration),
 * then marked as what it is: other people's links (`rel="nofollow ugc"`, Google's and WordPress's own
 * attributes for user content, https://developers.google.com/search/docs/crawling-indexing/qualify-outbound-links).
 * Every field is hostile and optional; an object without a usable id is dropped.
 */
import { cleanContent, nextTask } from '../clean';
import { rename } from '../clean/dom';
import type { RawComments } from '../rest/comments';
import { isPostId } from '../rest/shape';
import { httpUrl } from '../url';
import { pickDate } from './dates';
import { collapse } from './text';

export interface ArticleComment {
  id: number;
  /** Plain text; empty when the site gave none (the UI words "Anonymous"). */
  author: string;
  /** The author's site: http(s) only. */
  authorUrl?: string;
  /** ISO 8601 UTC. */
  date?: string;
  /** Cleaned HTML, safe to insert; links are nofollow. */
  html: string;
  replies: ArticleComment[];
}

export interface CommentThread {
  comments: ArticleComment[];
  /** Comments kept, replies included. */
  count: number;
  /** The site has more than the reader asked for (src/core/rest/comments.ts MAX_COMMENT_PAGES). */
  truncated: boolean;
}

/** Replies deeper than this hang from their ancestor at this depth (WordPress's own maximum setting is 10). */
export const MAX_THREAD_DEPTH = 10;
const MAX_AUTHOR_CHARS = 100;
const USER_LINK_REL = 'nofollow ugc noopener noreferrer';

interface Item {
  id: number;
  parent: number;
  raw: Record<string, unknown>;
}

function readItems(values: unknown[]): Map<number, Item> {
  const items = new Map<number, Item>();
  for (const value of values) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const raw = value as Record<string, unknown>;
    // Pingbacks and trackbacks are notices from other sites, not comments.
    if (typeof raw.type === 'string' && raw.type !== 'comment' && raw.type !== '') continue;
    if (!isPostId(raw.id) || items.has(raw.id)) continue;
    items.set(raw.id, { id: raw.id, parent: isPostId(raw.parent) ? raw.parent : 0, raw });
  }
  return items;
}

/**
 * The chain of ancestors the reader will show, nearest first: stops at a parent the site did not send,
 * and a loop (a → b → a, which only a hostile site sends) makes the comment a top-level one.
 */
function ancestors(item: Item, items: Map<number, Item>): number[] | undefined {
  const chain: number[] = [];
  let parent = item.parent;
  while (parent !== 0) {
    const up = items.get(parent);
    if (up === undefined) break;
    if (up.id === item.id || chain.includes(up.id)) return undefined;
    chain.push(up.id);
    parent = up.parent;
  }
  return chain;
}

/** Comment HTML → cleaned HTML: the posts' pipeline, then user links and no outline of its own. */
export function cleanCommentHtml(html: unknown, baseUrl: string): string {
  if (typeof html !== 'string' || html.trim() === '') return '';
  const { root } = cleanContent(html, baseUrl);
  for (const link of root.querySelectorAll('a[href]')) link.setAttribute('rel', USER_LINK_REL);
  // A comment's headings would join the article's outline (and its contents list): they become paragraphs.
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) rename(heading, 'p', false);
  return root.innerHTML;
}

function toComment(item: Item, baseUrl: string): ArticleComment {
  const { raw } = item;
  const content = typeof raw.content === 'object' && raw.content !== null ? (raw.content as Record<string, unknown>).rendered : undefined;
  const comment: ArticleComment = {
    id: item.id,
    author: typeof raw.author_name === 'string' ? collapse(raw.author_name).slice(0, MAX_AUTHOR_CHARS) : '',
    html: cleanCommentHtml(content, baseUrl),
    replies: [],
  };
  const authorUrl = httpUrl(raw.author_url);
  if (authorUrl) comment.authorUrl = authorUrl;
  const date = pickDate(raw.date_gmt, raw.date);
  if (date) comment.date = date;
  return comment;
}

/** Comments cleaned between two pauses (normalizeCommentsSliced): a few ms each in a browser. */
const SLICE = 20;

/** The site's comments → a thread in the order sent (oldest first), replies under their parent. */
export function normalizeComments(raw: RawComments, baseUrl: string): CommentThread {
  const items = readItems(raw.items);
  const nodes = new Map<number, ArticleComment>();
  for (const item of items.values()) nodes.set(item.id, toComment(item, baseUrl));
  return thread(items, nodes, raw.truncated);
}

/** normalizeComments, handing the event loop back every SLICE comments (500 comments: no long task). */
export async function normalizeCommentsSliced(raw: RawComments, baseUrl: string, pause: () => Promise<void> = nextTask): Promise<CommentThread> {
  const items = readItems(raw.items);
  const nodes = new Map<number, ArticleComment>();
  for (const item of items.values()) {
    nodes.set(item.id, toComment(item, baseUrl));
    if (nodes.size % SLICE === 0) await pause();
  }
  return thread(items, nodes, raw.truncated);
}

function thread(items: Map<number, Item>, nodes: Map<number, ArticleComment>, truncated: boolean): CommentThread {
  const top: ArticleComment[] = [];
  for (const item of items.values()) {
    const node = nodes.get(item.id)!;
    const chain = ancestors(item, items);
    if (chain === undefined || chain.length === 0) {
      top.push(node);
      continue;
    }
    // Deeper than MAX_THREAD_DEPTH: hang it from the ancestor at that depth (chain is nearest first).
    const at = Math.max(0, chain.length - MAX_THREAD_DEPTH);
    nodes.get(chain[at]!)!.replies.push(node);
  }
  return { comments: top, count: nodes.size, truncated };
}
