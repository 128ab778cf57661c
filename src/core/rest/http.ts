/**
 * One GET to a REST URL: origin check, timeout + cancel, size cap, JSON parse. HTTP statuses are not
 * errors here: the caller decides (a 404 HTML page means "try `?rest_route=`" to the probe, "not found"
 * to the ladder). Only transport failures throw, as ReaderError.
 */
import { readBodyCapped } from '../capped-body';
import { ReaderError } from '../errors';
import { deadline, raceDeadline } from './abort';
import { capJsonDepth } from './json-depth';
import type { OriginGuard } from './origin-guard';
import { isRedirect, nextHop, refusedRedirect } from './redirects';

export interface RestOptions {
  fetch?: typeof fetch;
  /** Per request; default 10000. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** The biggest real post bodies are a few MB (inline base64 images); beyond this it is not a post. */
export const MAX_BODY_BYTES = 15 * 1024 * 1024;
/** The whole request, however steadily the body arrives: the timeout times this (60 s by default). */
export const CEILING_FACTOR = 6;

export type Outcome =
  /** `totalPages`: a collection's `X-WP-TotalPages` header, when it is a sane count (lists of posts page with it). */
  | { json: true; status: number; data: unknown; url: string; totalPages?: number }
  /** `redirect`: a redirect that was not followed (status 0 when the browser hid it: redirects.ts). */
  | { json: false; status: number; contentType: string; url: string; kind: 'html' | 'invalid-json' | 'other' | 'redirect' };

export interface RequestContext {
  opts: RestOptions;
  guard: OriginGuard;
  /** Every URL requested, in order (diagnostics and tests). */
  log?: string[];
}

export async function getJson(url: string, ctx: RequestContext): Promise<Outcome> {
  ctx.guard.check(url);
  const fetchImpl = ctx.opts.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = ctx.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const d = deadline(timeoutMs, ctx.opts.signal, timeoutMs * CEILING_FACTOR);
  const tried: string[] = [];
  try {
    // Redirects are followed here, hop by hop, each one checked before it is requested (redirects.ts).
    let current = url;
    for (;;) {
      tried.push(current);
      ctx.log?.push(current);
      let response: Response;
      try {
        response = await raceDeadline(fetchImpl(current, requestInit(d.signal)), d, current);
      } catch (error) {
        throw transportError(error, d.reason(), current);
      }
      if (!isRedirect(response)) {
        checkFinalUrl(response, url, ctx.guard);
        const text = await raceDeadline(readCapped(response, url, d.extend), d, url).catch((error: unknown) => {
          throw transportError(error, d.reason(), url);
        });
        return parse(text, response, current);
      }
      void response.body?.cancel().catch(() => undefined);
      const next = nextHop(response, current, tried, ctx.guard);
      if (next === undefined) return { json: false, status: response.status, contentType: '', url: current, kind: 'redirect' };
      current = next;
    }
  } finally {
    d.dispose();
  }
}

/**
 * Anonymous on purpose. `credentials: 'omit'`: WordPress treats a cookie request without a nonce as
 * anonymous anyway (docs/wordpress.md §5.3), and cookies only change the answer in ways we do not want
 * to depend on: plugins that check `is_user_logged_in()` before core (§2.7) would let a logged-in reader
 * through and block everyone else, and public-api.wordpress.com must never see WordPress.com cookies.
 * Trade-off: a password-protected post the reader already unlocked (`wp-postpass_*` cookie, §2.5) is still
 * reported as password-protected; the reader then uses the page itself. No nonce header or parameter is
 * ever set, and `Accept` is the only header (CORS-safelisted: no preflight).
 */
function requestInit(signal: AbortSignal): RequestInit {
  return {
    method: 'GET',
    credentials: 'omit',
    headers: { Accept: 'application/json' },
    redirect: 'manual',
    referrerPolicy: 'no-referrer',
    signal,
  };
}

function transportError(error: unknown, reason: 'cancelled' | 'timeout' | undefined, url: string): ReaderError {
  if (error instanceof ReaderError) return error;
  if (reason !== undefined) return new ReaderError(reason, { url });
  if (error instanceof DOMException && error.name === 'AbortError') return new ReaderError('cancelled', { url });
  if (error instanceof DOMException && error.name === 'TimeoutError') return new ReaderError('timeout', { url });
  // fetch rejects with TypeError for DNS, TLS, refused connections, CORS and blocked requests.
  return new ReaderError('network', { url });
}

/**
 * Defence in depth for an injected `fetch` that follows redirects whatever `redirect` says: a body is only
 * read from an allowed URL, and a redirect to wp-login.php is a login wall, not a post.
 */
function checkFinalUrl(response: Response, url: string, guard: OriginGuard): void {
  if (!response.redirected || response.url === '') return;
  const refusal = refusedRedirect(response.url, guard, response.status, url);
  if (refusal) throw refusal;
}

function tooLarge(url: string, status: number): ReaderError {
  return new ReaderError('bad-response', { detail: 'too-large', status, url });
}

/**
 * Read the body as text, refusing anything over MAX_BODY_BYTES without holding all of it in memory.
 * `progress` is called for every chunk (it re-arms the silence timeout).
 */
async function readCapped(response: Response, url: string, progress: () => void): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  const whole = await readBodyCapped(response, MAX_BODY_BYTES, (chunk) => {
    progress();
    text += decoder.decode(chunk, { stream: true });
  });
  if (!whole) throw tooLarge(url, response.status);
  return text + decoder.decode();
}

/**
 * JSON is decided by the body, not only the header: caching plugins serve stored REST answers as
 * `text/html`, and WAFs serve HTML as anything. A body that parses as JSON is JSON; otherwise it is not.
 */
function parse(text: string, response: Response, url: string): Outcome {
  const contentType = response.headers.get('content-type') ?? '';
  const body = text.replace(/^\uFEFF/, '').trim();
  const looksJson = /json/i.test(contentType) || body.startsWith('{') || body.startsWith('[');
  if (looksJson && !/^\s*</.test(body)) {
    try {
      const data = JSON.parse(body) as unknown;
      capJsonDepth(data);
      const pages = response.headers.get('x-wp-totalpages');
      const totalPages = pages !== null && /^\d{1,7}$/.test(pages.trim()) ? Number(pages.trim()) : undefined;
      return totalPages !== undefined
        ? { json: true, status: response.status, data, url, totalPages }
        : { json: true, status: response.status, data, url };
    } catch {
      // falls through: invalid JSON is reported like any other non-JSON answer
    }
  }
  const kind = /^<|^<!doctype/i.test(body) || /html/i.test(contentType) ? 'html' : looksJson ? 'invalid-json' : 'other';
  return { json: false, status: response.status, contentType, url, kind };
}
