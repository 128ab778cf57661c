/**
 * What follows the <article> (outside it, so copies, print and the article's own landmarks stay the post):
 * the comments section (./comments.ts). Each part renders nothing until the reader asks for it.
 */
import type { RawComments } from '../core/rest/comments';
import type { Article } from '../core/types';
import type { Outcome } from '../shared/messages';
import { renderCommentsSection } from './comments';
import type { ImageOptions } from './render-body';

export interface ArticleEndOptions extends ImageOptions {
  locale: string;
  loadComments?(postId: number): Promise<Outcome<RawComments>>;
}

export function renderArticleEnd(article: Article, options: ArticleEndOptions): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const { loadComments, ...rest } = options;
  const comments = loadComments ? renderCommentsSection(article, { ...rest, load: loadComments }) : undefined;
  if (comments) parts.push(comments);
  if (parts.length === 0) return [];
  const end = document.createElement('div');
  end.className = 'cp-article-end';
  end.append(...parts);
  return [end];
}
