/**
 * What follows the <article> (outside it, so copies, print and the article's own landmarks stay the post):
 * previous / next post (./adjacent.ts) and the comments section (./comments.ts). Each part renders nothing until the reader asks for it.
 */
import type { RawComments } from '../core/rest/comments';
import type { Article } from '../core/types';
import type { Outcome } from '../shared/messages';
import { type GoAdjacent, renderAdjacentNav } from './adjacent';
import { renderCommentsSection } from './comments';
import type { ImageOptions } from './render-body';

export interface ArticleEndOptions extends ImageOptions {
  locale: string;
  loadComments?(postId: number): Promise<Outcome<RawComments>>;
  adjacent?: GoAdjacent;
}

export function renderArticleEnd(article: Article, options: ArticleEndOptions): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const { loadComments, adjacent, ...rest } = options;
  // Previous / next first: it ends the article; the comments follow (collapsed).
  const nav = adjacent ? renderAdjacentNav(article, adjacent) : undefined;
  if (nav) parts.push(nav);
  const comments = loadComments ? renderCommentsSection(article, { ...rest, load: loadComments }) : undefined;
  if (comments) parts.push(comments);
  if (parts.length === 0) return [];
  const end = document.createElement('div');
  end.className = 'cp-article-end';
  end.append(...parts);
  return [end];
}
