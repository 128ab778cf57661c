/**
 * Pages that must not be "extracted": password-protected posts (never get around a password) and lists
 * of posts (home, archives, search results). Read-only: only queries the document.
 */
import { pageKindFromClasses } from '../detect/page-kind';
import { ReaderError } from '../errors';
import type { Detection } from '../types';

function bodyClassList(doc: Document): string[] {
  return (doc.body?.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/**
 * WordPress prints `post_password_required()` pages with `get_the_password_form()`:
 * `<form class="post-password-form" action=".../wp-login.php?action=postpass">`, and themes add
 * `post-password-required` to the post / body classes (wp-includes/post-template.php).
 */
export function isPasswordProtected(doc: Document): boolean {
  if (doc.querySelector('form.post-password-form, form[action*="wp-login.php?action=postpass"]')) return true;
  if (bodyClassList(doc).includes('post-password-required')) return true;
  return doc.querySelector('article.post-password-required, .post-password-required .entry-content') !== null;
}

/** Distinct `post-N` ids of the post elements at the top of the loop (nested ones don't count). */
function loopPostIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('article[class*="post-"], article[id^="post-"], div[id^="post-"].post, div[id^="post-"].hentry')) {
    if (el.parentElement?.closest('article, [id^="post-"]')) continue;
    // Related-post and widget lists reuse post classes; they are not the page's loop.
    if (el.closest('aside, footer, nav, .related, .related-posts, .widget, [class*="related"], [id*="related"], .sidebar, #sidebar')) continue;
    const m = /(?:^|\s)post-(\d+)(?:\s|$)/.exec(el.getAttribute('class') ?? '') ?? /^post-(\d+)$/.exec(el.id);
    if (m?.[1]) ids.add(m[1]);
  }
  return ids;
}

export type ListKind = 'archive' | 'home' | 'search';

/**
 * The kind of list page this is, or undefined for a single article. Body classes (`get_body_class()`) are
 * authoritative when present; without them, a loop of three or more posts with no singular marker is
 * a list.
 */
export function listPageKind(doc: Document, detection?: Detection): ListKind | undefined {
  const kind = detection && detection.pageKind !== 'unknown' ? detection.pageKind : pageKindFromClasses(bodyClassList(doc));
  if (kind === 'archive' || kind === 'home' || kind === 'search') return kind;
  if (kind === 'singular') return undefined;
  if (detection?.postId !== undefined) return undefined;
  return loopPostIds(doc).size >= 3 ? 'archive' : undefined;
}

/** Throws the ReaderError the reader shows instead of an article; returns for article pages. */
export function assertArticlePage(doc: Document, pageUrl: string, detection?: Detection): void {
  if (isPasswordProtected(doc)) throw new ReaderError('password-protected', { url: pageUrl });
  const list = listPageKind(doc, detection);
  if (list) throw new ReaderError('not-an-article', { url: pageUrl });
}

/** Boolean form for callers that only want to know (e.g. to grey out the button). */
export function isArticlePage(doc: Document, detection?: Detection): boolean {
  return !isPasswordProtected(doc) && listPageKind(doc, detection) === undefined;
}
