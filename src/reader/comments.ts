/**
 * "Comments (N)" under the article (issue 11, item 4): collapsed, and nothing is requested until the reader
 * opens it. Then the background reads the post's comments from its own site (getComments), and they are
 * normalised and cleaned here, in the reader's extension page, by the core (the posts' one DOMPurify
 * configuration): src/core/article/comments.ts. Keyboard: the toggle is a real button in the heading
 * (the disclosure pattern, https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/); loading, results and
 * failures are announced in the section's own polite live region.
 */
import { type ArticleComment, type CommentThread, normalizeCommentsSliced } from '../core/article/comments';
import { isRetryable } from '../core/errors';
import { parseHtmlBody } from '../core/clean/dom';
import type { RawComments } from '../core/rest/comments';
import type { Article, ReaderErrorData } from '../core/types';
import { errorText } from '../shared/error-text';
import { t } from '../shared/i18n';
import type { Outcome } from '../shared/messages';
import { el } from './dom';
import { enableClickToLoad } from './embeds';
import { formatDate, parseDate } from './format';
import { deferOtherSiteImages } from './other-site-images';
import { deferAgainst, type ImageOptions } from './render-body';

export interface CommentsOptions extends ImageOptions {
  locale: string;
  load(postId: number): Promise<Outcome<RawComments>>;
}

/** Never in the reader, whatever a sanitiser let through (the same list as the article body's). */
const FORBIDDEN = 'script, iframe, frame, frameset, object, embed, base, meta, link, style, form';

/** The section for a REST post whose type takes comments; undefined otherwise (pages extracted from the page, attachments). */
export function renderCommentsSection(article: Article, options: CommentsOptions): HTMLElement | undefined {
  const rest = article.rest;
  if (article.origin !== 'rest' || rest === undefined || rest.comments === undefined) return undefined;
  const section = el('section', { class: 'cp-comments', 'aria-labelledby': 'cp-comments-title' });
  const toggle = el(
    'button',
    { type: 'button', class: 'cp-comments-toggle', 'aria-expanded': 'false', 'aria-controls': 'cp-comments-body' },
    t('reader_comments'),
  );
  const status = el('p', { class: 'cp-comments-status', role: 'status', 'aria-live': 'polite' });
  const body = el('div', { id: 'cp-comments-body', class: 'cp-comments-body', hidden: '' });
  section.append(el('h2', { id: 'cp-comments-title', class: 'cp-comments-title' }, toggle));
  if (rest.comments === 'closed') section.append(el('p', { class: 'cp-comments-closed' }, t('reader_commentsClosed')));
  section.append(status, body);

  let state: 'idle' | 'loading' | 'loaded' = 'idle';
  const say = (text: string, kind?: 'error'): void => {
    status.textContent = text;
    if (kind) status.dataset.kind = kind;
    else delete status.dataset.kind;
  };

  async function load(): Promise<void> {
    state = 'loading';
    body.replaceChildren();
    body.setAttribute('aria-busy', 'true');
    say(t('reader_commentsLoading'));
    let thread: CommentThread;
    try {
      const outcome = await options.load(rest!.id);
      if (!outcome.ok) return failed(outcome.error);
      thread = await normalizeCommentsSliced(outcome.value, article.url);
    } catch {
      return failed({ kind: 'internal' });
    } finally {
      body.removeAttribute('aria-busy');
    }
    state = 'loaded';
    toggle.textContent = t('reader_commentsCount', thread.count);
    say(thread.count === 0 ? t('reader_commentsNone') : t('reader_commentsLoaded', thread.count));
    if (thread.count > 0) body.append(renderList(thread.comments, options, article));
    if (thread.truncated) {
      body.append(el('p', { class: 'cp-comments-more' }, t('reader_commentsTruncated', thread.count), ' ', originalLink(article)));
    }
  }

  function failed(error: ReaderErrorData): void {
    state = 'idle'; // opening the section again asks again
    // No route (a comments-off plugin) or refused (a security plugin, docs/wordpress.md §2.7): the site does not share them.
    const disabled = error.kind === 'not-found' || error.kind === 'rest-disabled';
    say(disabled ? t('reader_commentsDisabled') : t('reader_commentsFailed', errorText(error).message), 'error');
    if (!disabled && isRetryable(error)) {
      const retry = el('button', { type: 'button', class: 'cp-comments-retry cp-button' }, t('reader_tryAgain'));
      retry.addEventListener('click', () => void load().then(() => toggle.focus()));
      body.append(retry);
    } else if (disabled) body.append(el('p', {}, originalLink(article)));
  }

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    if (open && state === 'idle') void load();
  });
  return section;
}

function originalLink(article: Article): HTMLElement {
  return el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, t('reader_commentsOnOriginal'));
}

function renderList(comments: ArticleComment[], options: CommentsOptions, article: Article): HTMLElement {
  const list = el('ol', { class: 'cp-comment-list' });
  for (const comment of comments) list.append(renderComment(comment, options, article));
  return list;
}

function renderComment(comment: ArticleComment, options: CommentsOptions, article: Article): HTMLElement {
  const name = comment.author || t('reader_commentAnonymous');
  const author = comment.authorUrl
    ? el('a', { class: 'cp-comment-author', href: comment.authorUrl, target: '_blank', rel: 'nofollow ugc noopener noreferrer' }, name)
    : el('span', { class: 'cp-comment-author' }, name);
  const meta = el('p', { class: 'cp-comment-meta' }, author);
  const date = parseDate(comment.date);
  if (date) meta.append(' · ', el('time', { datetime: date.toISOString() }, formatDate(date, options.locale)));
  const item = el('li', { class: 'cp-comment' }, el('div', { class: 'cp-comment-item' }, meta, renderBody(comment.html, options, article)));
  if (comment.replies.length > 0) {
    const replies = renderList(comment.replies, options, article);
    replies.className = 'cp-comment-list cp-comment-replies';
    item.append(replies);
  }
  return item;
}

/** Core-cleaned HTML, parsed inert and adjusted there (as the article body: render-body.ts) before it is adopted. */
function renderBody(html: string, options: ImageOptions, article: Article): HTMLElement {
  const parsed = parseHtmlBody(html);
  const fragment = parsed.ownerDocument.createDocumentFragment();
  fragment.append(...parsed.childNodes);
  for (const node of fragment.querySelectorAll(FORBIDDEN)) node.remove();
  for (const img of fragment.querySelectorAll('img')) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
  const against = deferAgainst(article, options);
  if (against) deferOtherSiteImages(fragment, against);
  const content = el('div', { class: 'cp-comment-content' });
  content.append(document.adoptNode(fragment));
  enableClickToLoad(content);
  return content;
}
