/**
 * From an HTTP answer to a typed failure (docs/wordpress.md §2.5–§2.7). Codes come from core, the
 * "disable REST" plugins, Solid Security, Wordfence and common snippets; unknown 401/403 JSON is treated
 * the same way, since the outcome for the reader is the same.
 */
import { ReaderError } from '../errors';
import type { Outcome } from './http';
import { asErrorBody } from './shape';

/** 401/403 codes that mean "this API does not serve anonymous visitors" (§2.7). */
export const REST_DISABLED_CODES = new Set([
  'rest_login_required', // Disable WP REST API (Jeff Starr)
  'rest_cannot_access', // Disable REST API (Dave McHale, DRA)
  'rest_forbidden', // core, non-public post; also generic snippets
  'rest_not_logged_in',
  'rest_unauthorized',
  'itsec_rest_api_access_restricted', // Solid Security "Restricted Access"
  'rest_user_cannot_view', // Wordfence user-enumeration guard
  'rest_cookie_invalid_nonce', // never caused by us (no nonce is sent), but a site can force it
]);

export const NOT_FOUND_CODES = new Set(['rest_post_invalid_id', 'rest_no_route', 'rest_post_invalid_page_number', 'unknown_post']);

export const PASSWORD_CODES = new Set(['rest_post_incorrect_password']);

/** The typed failure for an answer that is not a usable 2xx JSON body. */
export function failureFor(outcome: Outcome): ReaderError {
  const { status, url } = outcome;
  const err = outcome.json ? asErrorBody(outcome.data) : undefined;
  const code = err?.code;
  // Status 0: a redirect the browser hid (redirects.ts); there is no status to show.
  const extra = { ...(status !== 0 ? { status } : {}), url, ...(code !== undefined ? { code } : {}) };
  if (code !== undefined && PASSWORD_CODES.has(code)) return new ReaderError('password-protected', extra);
  if (status === 401 || status === 403) return new ReaderError('rest-disabled', extra);
  if (code !== undefined && REST_DISABLED_CODES.has(code)) return new ReaderError('rest-disabled', extra);
  if (status === 404 || status === 410 || (code !== undefined && NOT_FOUND_CODES.has(code))) {
    return new ReaderError('not-found', extra);
  }
  if (status >= 500 || status === 429) return new ReaderError('server-error', extra);
  if (!outcome.json) {
    const detail =
      outcome.kind === 'html'
        ? 'html-not-json'
        : outcome.kind === 'invalid-json'
          ? 'invalid-json'
          : outcome.kind === 'redirect'
            ? 'redirect-not-followed'
            : undefined;
    return new ReaderError('bad-response', { ...extra, detail });
  }
  return new ReaderError('bad-response', extra);
}

/** True when the answer is a usable 2xx JSON body that is not an error object. */
export function isSuccess(outcome: Outcome): outcome is Extract<Outcome, { json: true }> {
  return outcome.json && outcome.status >= 200 && outcome.status < 300 && asErrorBody(outcome.data) === undefined;
}

/** Kinds that end the search at once: trying other routes on the same site cannot help. */
export function isFatal(error: ReaderError): boolean {
  return error.kind !== 'not-found';
}
