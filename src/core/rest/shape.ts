/** Shape checks for what comes back: every byte is from the site, so nothing is trusted by its type. */
import type { WpPost } from '../types';

export interface WpErrorBody {
  code: string;
  message?: string;
  status?: number;
}

/** WordPress's own site-local `date` shape, `YYYY-MM-DDTHH:MM:SS` (docs/wordpress.md §3). */
export const SITE_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** A WordPress object ID: a positive safe integer. */
export function isPostId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A WordPress error object `{code, message, data: {status}}` (docs/wordpress.md §2.6), or the
 * WordPress.com v1.1 form `{error, message}` (§2.9).
 */
export function asErrorBody(value: unknown): WpErrorBody | undefined {
  if (!isObject(value)) return undefined;
  const code = typeof value.code === 'string' ? value.code : typeof value.error === 'string' ? value.error : undefined;
  if (code === undefined || code === '' || 'content' in value) return undefined;
  const out: WpErrorBody = { code };
  if (typeof value.message === 'string') out.message = value.message;
  const data = value.data;
  if (isObject(data) && typeof data.status === 'number') out.status = data.status;
  return out;
}

export type PostCheck = { ok: true; post: WpPost } | { ok: false; why: 'protected' | 'shape' };

/** A post must have `title` and `content.rendered` (a string), or be a password-protected post. */
export function checkPost(value: unknown): PostCheck {
  if (!isObject(value) || asErrorBody(value) !== undefined) return { ok: false, why: 'shape' };
  const content = value.content;
  const title = value.title;
  if (!isObject(content) || !isObject(title)) return { ok: false, why: 'shape' };
  const rendered = content.rendered;
  if (content.protected === true && (typeof rendered !== 'string' || rendered.trim() === '')) {
    return { ok: false, why: 'protected' };
  }
  if (typeof rendered !== 'string') return { ok: false, why: 'shape' };
  if (title.rendered !== undefined && typeof title.rendered !== 'string') return { ok: false, why: 'shape' };
  return { ok: true, post: value as WpPost };
}

/** A collection answer (`?slug=`, `search`): an array of objects; anything else is the wrong shape. */
export function asObjectArray(value: unknown): Record<string, unknown>[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObject);
}

/**
 * WordPress's own `posts_per_page` default: what the site's archive shows, and what a list request asks for.
 * Here, not in ./post-list.ts, because the reader frame reads it too and must not load the REST client with it.
 */
export const LIST_PER_PAGE = 10;
