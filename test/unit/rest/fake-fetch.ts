/**
 * A tiny in-test router standing in for `fetch`: answers by exact URL (or a predicate), records every
 * request with its init, and answers an HTML 404 for anything it does not know (like a real theme).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Detection } from '../../../src/core/types';
import { readSeedPost } from '../../support/corpus';

export interface Reply {
  status?: number;
  json?: unknown;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Pretend the request was redirected here (sets `redirected` and `url`): a fetch that followed on its own. */
  redirectedTo?: string;
  /** Answer a redirect (status 302 unless given) to this Location; what the client sees depends on `redirect`. */
  location?: string;
}

/**
 * How `redirect: 'manual'` answers a `location` reply: 'opaque' as Chromium and Firefox do, extensions included
 * (type 'opaqueredirect', status 0, no headers; src/core/rest/redirects.ts), or 'readable' as Node's fetch does.
 * `redirect: 'follow'` (or none) follows it like any fetch, recording each hop; 'error' rejects.
 */
export type RedirectMode = 'opaque' | 'readable';

export type Handler = Reply | ((url: string, init: RequestInit | undefined) => Reply | Promise<Reply>);

export interface Recorded {
  url: string;
  init: RequestInit | undefined;
}

export const fixture = (name: string): string => readFileSync(resolve(__dirname, '../../fixtures/rest', name), 'utf8');
export const fixtureJson = <T = unknown>(name: string): T => JSON.parse(fixture(name)) as T;
export const seedPost = (): Record<string, unknown> => readSeedPost();

export const HTML_404: Reply = { status: 404, body: fixture('html-404.html'), contentType: 'text/html; charset=UTF-8' };

export function toResponse(reply: Reply): Response {
  const status = reply.status ?? 200;
  const isJson = reply.json !== undefined;
  const body = isJson ? JSON.stringify(reply.json) : (reply.body ?? '');
  const headers = new Headers(reply.headers);
  if (!headers.has('content-type')) {
    headers.set('content-type', reply.contentType ?? (isJson ? 'application/json; charset=UTF-8' : 'text/html; charset=UTF-8'));
  }
  const response = new Response(status === 204 ? null : body, { status, headers });
  if (reply.redirectedTo !== undefined) {
    Object.defineProperty(response, 'redirected', { value: true });
    Object.defineProperty(response, 'url', { value: reply.redirectedTo });
  }
  return response;
}

function opaqueRedirect(url: string): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

export function fakeFetch(routes: Record<string, Handler>, fallback: Handler = HTML_404, redirects: RedirectMode = 'opaque') {
  const calls: Recorded[] = [];
  const answer = async (url: string, init: RequestInit | undefined, hops: number): Promise<Response> => {
    calls.push({ url, init });
    const handler = routes[url] ?? fallback;
    const reply = typeof handler === 'function' ? await handler(url, init) : handler;
    if (reply.location === undefined) return toResponse(reply);
    const mode = init?.redirect ?? 'follow';
    if (mode === 'error') throw new TypeError('Failed to fetch');
    if (mode === 'manual') {
      const status = reply.status ?? 302;
      return redirects === 'opaque' ? opaqueRedirect(url) : new Response(null, { status, headers: { location: reply.location } });
    }
    if (hops >= 20) throw new TypeError('Failed to fetch');
    const target = new URL(reply.location, url).href;
    const followed = await answer(target, init, hops + 1);
    if (!followed.redirected) {
      Object.defineProperty(followed, 'redirected', { value: true });
      Object.defineProperty(followed, 'url', { value: target });
    }
    return followed;
  };
  const impl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    answer(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init, 0);
  return { fetch: impl as typeof fetch, calls, urls: () => calls.map((c) => c.url) };
}

/** A fetch that never answers (and ignores its signal), to prove the client's own timeout. */
export function stuckFetch() {
  const calls: Recorded[] = [];
  const impl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init });
    return new Promise<Response>(() => undefined);
  };
  return { fetch: impl as typeof fetch, calls };
}

/** Query parts every post / site-info request carries (asserted in the recorded URLs). */
export const EMBED = '_embed=author,wp:featuredmedia,wp:term';
export const SITE = '_fields=name,description,url,home,site_icon_url';

/** A singular-page detection on https://ex.com, overridden per test. */
export function det(extra: Partial<Detection>): Detection {
  return { isWordPress: true, pageUrl: 'https://ex.com/2024/05/hello-world/', pageKind: 'singular', signals: [], ...extra };
}

/** Post 5 on https://ex.com, its REST root known: the post request is the first and only rung asked. */
export const POST_5 = {
  root: 'https://ex.com/wp-json/',
  postUrl: `https://ex.com/wp-json/wp/v2/posts/5?${EMBED}`,
  det: det({ pageUrl: 'https://ex.com/?p=5', restRoot: 'https://ex.com/wp-json/', postId: 5, postType: 'post' }),
} as const;

/** A minimal valid post object. */
export function post(id: number, link: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, type: 'post', link, title: { rendered: `Post ${id}` }, content: { rendered: `<p>Body ${id}</p>`, protected: false }, ...extra };
}

export const site: Reply = {
  json: { name: 'Example', description: 'Just another site', url: 'https://ex.com', home: 'https://ex.com', site_icon_url: '' },
};
