/**
 * Redirects, one hop at a time. With `redirect: 'follow'` the browser sends the request on to wherever the
 * site points (an intranet host, a router) before the client could refuse the body, so every request goes
 * out with `redirect: 'manual'` and each hop is checked by the OriginGuard before it is requested.
 *
 * Browsers never say where a redirect goes. For `redirect: 'manual'` fetch returns an opaque-redirect
 * filtered response (type 'opaqueredirect', status 0, no headers), in extension contexts with host permissions
 * too: measured in Chromium 156's service worker and Firefox ESR 153's event page with the test build's
 * http://127.0.0.1/* permission. The Fetch standard keeps redirects atomic on purpose
 * (https://fetch.spec.whatwg.org/#atomic-http-redirect-handling; an opt-in is only proposed,
 * https://github.com/whatwg/fetch/issues/601). So:
 * - where the Location is readable (Node's fetch: the unit tests, the e2e oracle) it is followed when the guard
 *   allows it, refused when it leaves the allowed URLs, and a hop to wp-login.php is a login wall;
 * - where it is not (the extension), the redirects WordPress sites really send for REST URLs are retried at
 *   their known targets: the same URL over https (same host, for an http page: the guard allows it) and with a
 *   trailing slash (`/wp-json` → `/wp-json/`; WordPress ignores a trailing slash on routes). Any other redirect
 *   (www ↔ bare domain, another host, a login wall, a language prefix) is reported as one: the session then
 *   tries `?rest_route=` and the reader falls back to the page itself.
 * Trade-off: an API that only answers behind another kind of redirect is not read over REST, and a login wall
 * is reported as an unfollowed redirect rather than by name; in exchange no request ever leaves the allowed URLs.
 */
import { ReaderError } from '../errors';
import type { OriginGuard } from './origin-guard';

/** Hops after the first request, whichever way they are found. */
export const MAX_REDIRECTS = 5;

/** True for a redirect answer: opaque (browsers) or a readable 3xx (Node). */
export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304);
}

/**
 * The next URL to request after a redirect from `current`, or undefined when none may be tried. `tried` holds
 * every URL requested so far, the first being the one the caller asked for. Throws for a readable redirect
 * that leaves the allowed URLs or goes to the login page, and for too many hops.
 */
export function nextHop(response: Response, current: string, tried: readonly string[], guard: OriginGuard): string | undefined {
  const original = tried[0] ?? current;
  const status = response.type === 'opaqueredirect' ? undefined : response.status;
  if (tried.length > MAX_REDIRECTS) {
    throw new ReaderError('bad-response', { detail: 'redirect-too-many', status, url: original });
  }
  const location = response.type === 'opaqueredirect' ? null : response.headers.get('location');
  if (location === null) return knownTargets(original).find((u) => guard.allows(u) && !tried.includes(u));
  let target: URL;
  try {
    target = new URL(location, current);
  } catch {
    return undefined;
  }
  const refusal = refusedRedirect(target.href, guard, status, original);
  if (refusal) throw refusal;
  if (tried.includes(target.href)) {
    throw new ReaderError('bad-response', { detail: 'redirect-loop', status, url: original });
  }
  return target.href;
}

/** Why a redirect to `target` is not followed: it leaves the allowed URLs, or it is the login page (a login wall). */
export function refusedRedirect(target: string, guard: OriginGuard, status: number | undefined, url: string): ReaderError | undefined {
  if (!guard.allows(target)) {
    return new ReaderError('bad-response', { detail: 'redirect-other-site', status, url });
  }
  if (/\/wp-login\.php$/i.test(new URL(target).pathname)) {
    return new ReaderError('bad-response', { detail: 'login-page', status, url });
  }
  return undefined;
}

/** Where WordPress sites send a REST URL, in the order worth trying: https, trailing slash, both. */
function knownTargets(href: string): string[] {
  const url = new URL(href);
  const variants = [url];
  if (url.protocol === 'http:') {
    const https = new URL(url);
    https.protocol = 'https:';
    variants.push(https);
  }
  const slashed = url.pathname.endsWith('/')
    ? []
    : variants.map((v) => {
        const s = new URL(v);
        s.pathname = `${s.pathname}/`;
        return s;
      });
  return [...variants.slice(1), ...slashed].map((u) => u.href);
}
