/**
 * Fixture WordPress sites that misbehave, for the hostile tier (issue 5, "Faulty servers" and "The page fights
 * back"). Each site is its own origin (one node:http server per site on an ephemeral 127.0.0.1 port) serving the
 * seed post's themed page from the e2e building blocks (wp-pages, wp-rest); what differs is a `rest` fault that
 * answers the REST routes (`/wp-json/…` and `?rest_route=`) instead of the normal fixture API, and an optional
 * `page` transform (hostile page scripts). Every request is logged with how its connection ended, so a test can
 * prove that cancelling the reader really closed a hanging request.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServers, findPost, THEME_CSS, THEME_JS } from '../../e2e/support/wp-data';
import { singlePage, type HeadLinks } from '../../e2e/support/wp-pages';
import { handleRest, type RestResponse } from '../../e2e/support/wp-rest';

export interface FaultReply {
  status: number;
  /** Content-Type header; omitted when undefined. */
  type?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Announce the whole body's Content-Length, send this many bytes, then drop the connection. */
  cutAfter?: number;
}

/** `hang`: never answer (the connection stays open until the client gives up); `reset`: destroy the socket. */
export type FaultAnswer = FaultReply | 'hang' | 'reset';

export interface RestCall {
  route: string;
  params: URLSearchParams;
  origin: string;
  /** What the normal fixture API would answer. */
  normal(): RestResponse;
}

export type RestFault = (call: RestCall) => FaultAnswer;

export interface SiteSpec {
  /** Which REST discovery links the page prints (default 'all'). "Disable REST" plugins leave 'none'. */
  headLinks?: HeadLinks;
  /** Answers every REST request; default: the normal fixture API. */
  rest?: RestFault;
  /** Rewrites the article page's HTML (e.g. to put hostile scripts first in <head>). */
  page?: (html: string, origin: string) => string;
  /** Extra paths served as-is (e.g. a page script file). */
  files?: Record<string, FaultReply>;
}

export interface LoggedRequest {
  url: string;
  rest: boolean;
  at: number;
  /** Set when the connection closed; `aborted` when that happened before the whole answer was written. */
  closedAt?: number;
  aborted?: boolean;
}

export interface FaultSite {
  name: string;
  origin: string;
  /** The seed post's permalink on this site. */
  articleUrl: string;
  log: LoggedRequest[];
  restRequests(): LoggedRequest[];
}

export interface FaultSites {
  site(name: string): FaultSite;
  close(): Promise<void>;
}

const SEED = findPost(12483)!;
export const SEED_TITLE_HTML = (SEED.raw.title as { rendered: string }).rendered;

// 1×1 transparent PNG: the theme's images must load (a 404 would be console noise), their pixels do not matter.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Log In ‹ Newsroom — WordPress</title></head><body class="login"><form name="loginform" id="loginform" action="/wp-login.php" method="post"><input name="log"><input type="password" name="pwd"></form></body></html>';

/** The normal fixture API's answer as a reply, as WordPress sends it. */
export function asReply(r: RestResponse, type = 'application/json; charset=UTF-8'): FaultReply {
  return { status: r.status, type, body: JSON.stringify(r.body), headers: r.headers };
}

function restCall(url: URL, origin: string): RestCall | undefined {
  const params = new URLSearchParams(url.searchParams);
  const ctx = { origin, permalinks: 'pretty' as const };
  const routeParam = params.get('rest_route');
  let route: string | undefined;
  if (routeParam !== null && (url.pathname === '/' || url.pathname === '/index.php')) {
    params.delete('rest_route');
    route = routeParam;
  } else if (url.pathname.startsWith('/wp-json')) {
    route = url.pathname.slice('/wp-json'.length) || '/';
  }
  if (route === undefined) return undefined;
  const r = route;
  return { route: r, params, origin, normal: () => handleRest(ctx, r, params) };
}

function serve(spec: SiteSpec, origin: string, url: URL): FaultAnswer & object {
  const p = url.pathname;
  const file = spec.files?.[p];
  if (file) return file;
  if (/\.(png|ico)$/.test(p)) return { status: 200, type: 'image/png', body: PNG, headers: { 'Cache-Control': 'max-age=3600' } };
  if (p.endsWith('.css')) return { status: 200, type: 'text/css', body: p.includes('newsroom') ? THEME_CSS : '/* wp */' };
  if (p.endsWith('.js') && p.startsWith('/wp-'))
    return { status: 200, type: 'application/javascript', body: p.includes('newsroom') ? THEME_JS : '/* wp */' };
  if (p === '/wp-login.php') return { status: 200, type: 'text/html; charset=UTF-8', body: LOGIN_PAGE };
  if (p === SEED.prettyPath || p === '/') {
    const page = singlePage({ origin, permalinks: 'pretty', headLinks: spec.headLinks ?? 'all', nonceBait: true }, SEED);
    const html = spec.page ? spec.page(page.html, origin) : page.html;
    const headers: Record<string, string> = {};
    if (page.linkHeaders.length) headers.Link = page.linkHeaders.join(', ');
    return { status: 200, type: 'text/html; charset=UTF-8', body: html, headers };
  }
  return { status: 404, type: 'text/html; charset=UTF-8', body: '<!DOCTYPE html><title>Page not found</title><h1>Not found</h1>' };
}

/** One server per named site, each on its own ephemeral port. */
export async function startFaultSites(specs: Record<string, SiteSpec>): Promise<FaultSites> {
  const servers: http.Server[] = [];
  const sites = new Map<string, FaultSite>();
  for (const [name, spec] of Object.entries(specs)) {
    let origin = '';
    const log: LoggedRequest[] = [];
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', origin);
      const call = restCall(url, origin);
      const entry: LoggedRequest = { url: req.url ?? '/', rest: call !== undefined, at: Date.now() };
      log.push(entry);
      res.on('close', () => {
        entry.closedAt = Date.now();
        entry.aborted = !res.writableFinished;
      });
      let answer: FaultAnswer;
      try {
        answer = call ? (spec.rest ?? ((c) => asReply(c.normal())))(call) : serve(spec, origin, url);
      } catch (e) {
        answer = { status: 500, type: 'text/plain', body: `fault server error: ${String(e)}` };
      }
      if (answer === 'hang') return;
      if (answer === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, { ...(answer.type ? { 'Content-Type': answer.type } : {}), ...answer.headers });
      if (answer.cutAfter !== undefined) {
        res.flushHeaders();
        const body = Buffer.from(answer.body);
        res.write(body.subarray(0, answer.cutAfter), () => setTimeout(() => req.socket.destroy(), 50));
        return;
      }
      res.end(req.method === 'HEAD' ? undefined : answer.body);
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    servers.push(server);
    sites.set(name, { name, origin, articleUrl: origin + SEED.prettyPath, log, restRequests: () => log.filter((r) => r.rest) });
  }
  return {
    site(name) {
      const s = sites.get(name);
      if (!s) throw new Error(`fault site "${name}" was not started`);
      return s;
    },
    close: () => closeServers(servers),
  };
}
