/**
 * A post's comments, on the reader's click only (issue 11, item 4): `GET wp/v2/comments?post=ID`, oldest
 * first, 100 a page (the route's maximum, docs/wordpress.md §2.2), at most MAX_COMMENT_PAGES pages. Only the
 * fields the reader shows are asked for. Items are returned as the site sent them: the reader normalises
 * and sanitises them (src/core/article/comments.ts), in its own extension page, like a post.
 */
import { ReaderError } from '../errors';
import { failureFor, isSuccess } from './failures';
import type { RestOptions } from './http';
import { isPostId } from './shape';
import { siteSession, type PostSource } from './site-api';

export const COMMENTS_PER_PAGE = 100;
/** 500 comments: a long discussion's worth; beyond that the reader points at the original page. */
export const MAX_COMMENT_PAGES = 5;
const COMMENT_FIELDS = 'id,parent,author_name,author_url,date,date_gmt,content,link,type';

export interface RawComments {
  /** The site's comment objects, unchecked (at most MAX_COMMENT_PAGES × COMMENTS_PER_PAGE). */
  items: unknown[];
  /** More pages were left unread. */
  truncated: boolean;
}

export async function fetchComments(source: PostSource, postId: number, opts: RestOptions = {}): Promise<RawComments> {
  if (!isPostId(postId)) throw new ReaderError('bad-response', { url: source.jsonUrl });
  const session = siteSession(source, opts);
  const items: unknown[] = [];
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const outcome = await session.get('comments', { post: postId, per_page: COMMENTS_PER_PAGE, page, order: 'asc', _fields: COMMENT_FIELDS });
    // After a full page, the next one may not exist: core answers 400 `rest_comment_invalid_page_number`
    // (exactly 100 comments) rather than an empty list. That is the end, not a failure.
    if (page > 1 && outcome.status === 400) return { items, truncated: false };
    if (!isSuccess(outcome)) throw failureFor(outcome);
    if (!Array.isArray(outcome.data)) throw new ReaderError('bad-response', { detail: 'not-post-list', url: outcome.url });
    items.push(...outcome.data.slice(0, COMMENTS_PER_PAGE));
    if (outcome.data.length < COMMENTS_PER_PAGE) return { items, truncated: false };
  }
  return { items, truncated: true };
}
