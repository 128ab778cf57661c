/**
 * A fixture WordPress on 127.0.0.1 (node:http only). Each site mode is its own server on an ephemeral port,
 * so each is its own origin: a blind probe of `/wp-json/` on one site never reaches another. All sites share
 * one request log, so tests can assert what the extension asked for (and what it did not send).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { assetPng, closeServers, findPost, posts, THEME_CSS, THEME_JS, type Permalinks } from './wp-data';
import { handleRest, restRoot, restUrl, type RestContext } from './wp-rest';
import { archivePage, homePage, notFoundPage, notWordPressPage, singlePage, type HeadLinks, type RenderedPage } from './wp-pages';

export type SiteMode =
  | 'pretty' // pretty permalinks, api.w.org + alternate JSON links and Link headers
  | 'api-only' // only <link rel="https://api.w.org/"> (no alternate, no Link header, no RSD/oEmbed)
  | 'plain' // plain permalinks (?p=N), REST only at ?rest_route= (the api link says so); /wp-json/ is the theme's 404
  | 'plain-hidden' // plain permalinks and no REST links at all: only a blind probe finds ?rest_route=
  | 'rest-disabled' // "Disable WP REST API": no links, every route 401 rest_login_required
  | 'rest-disabled-dra' // "Disable REST API" (DRA): no links, every route 401 rest_cannot_access
  | 'strict-csp' // like pretty, every HTML page sent with a strict Content-Security-Policy
  | 'slow-rest' // like pretty, but REST answers wait until the test opens the gate (WpSites.restGate): slow or hung
  | 'not-wp'; // a static (Hugo) news site

export const ALL_MODES: SiteMode[] = [
  'pretty',
  'api-only',
  'plain',
  'plain-hidden',
  'rest-disabled',
  'rest-disabled-dra',
  'strict-csp',
  'slow-rest',
  'not-wp',
];

export const STRICT_CSP = "default-src 'none'; img-src 'self'; style-src 'self'";

interface ModeSpec {
  permalinks: Permalinks;
  headLinks: HeadLinks;
  restAuth?: RestContext['restAuth'];
  csp?: string;
  wordpress: boolean;
  /** REST replies wait for the gate (WpSites.restGate). */
  gatedRest?: boolean;
}

const SPECS: Record<SiteMode, ModeSpec> = {
  pretty: { permalinks: 'pretty', headLinks: 'all', wordpress: true },
  'api-only': { permalinks: 'pretty', headLinks: 'api-only', wordpress: true },
  plain: { permalinks: 'plain', headLinks: 'api-only', wordpress: true },
  'plain-hidden': { permalinks: 'plain', headLinks: 'none', wordpress: true },
  'rest-disabled': { permalinks: 'pretty', headLinks: 'none', restAuth: 'rest_login_required', wordpress: true },
  'rest-disabled-dra': { permalinks: 'pretty', headLinks: 'none', restAuth: 'rest_cannot_access', wordpress: true },
  'strict-csp': { permalinks: 'pretty', headLinks: 'all', csp: STRICT_CSP, wordpress: true },
  'slow-rest': { permalinks: 'pretty', headLinks: 'all', wordpress: true, gatedRest: true },
  'not-wp': { permalinks: 'pretty', headLinks: 'none', wordpress: false },
};

export interface RequestRecord {
  site: SiteMode;
  origin: string;
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: http.IncomingHttpHeaders;
  status: number;
  at: number;
}

/** The pages tests open. */
export type PageName = 'seed' | 'rich' | 'protected' | 'page' | 'archive' | 'home' | 'missing';

export interface WpSite {
  mode: SiteMode;
  origin: string;
  restRoot: string;
  /** URL of a themed page (for 'not-wp': the article for seed/rich, else the home page). */
  url(page: PageName): string;
  /** URL of a REST route in this site's style (`/wp-json/…` or `?rest_route=…`). */
  rest(route: string): string;
}

export interface WpSites {
  site(mode: SiteMode): WpSite;
  sites: WpSite[];
  log: RequestRecord[];
  clearLog(): void;
  /**
   * The 'slow-rest' site's REST replies: held while the gate is closed (a REST API that has not answered yet,
   * or never does), sent at once when it opens. Closed at start; a closed gate holds a request at most 60 s.
   */
  restGate: { close(): void; open(): void };
  close(): Promise<void>;
}

// Theme/WordPress assets: tiny real files so the page looks like a page and the markers resolve.
const PNGS: Record<string, [svg: string, width: number]> = {
  '/wp-content/uploads/2025/01/deepseek-featured.png': ['featured.svg', 1200],
  '/wp-content/uploads/2025/02/pipeline.png': ['pipeline.svg', 800],
  // The rich post's image "from another site" ({otherOrigin}: this server as localhost, see wp-data.ts localise).
  '/cdn/pipeline-wide.png': ['pipeline.svg', 800],
  '/wp-content/uploads/2025/01/cropped-icon-32x32.png': ['icon.svg', 32],
  '/wp-content/uploads/2025/01/cropped-icon-512x512.png': ['icon.svg', 512],
  '/wp-content/uploads/ads/mpu-300x250.png': ['ad.svg', 300],
  '/wp-content/uploads/avatar-24.png': ['avatar.svg', 24],
  '/wp-content/uploads/avatar-48.png': ['avatar.svg', 48],
  '/wp-content/uploads/avatar-96.png': ['avatar.svg', 96],
  '/favicon.ico': ['icon.svg', 32],
};

interface Reply {
  status: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string | string[]>;
}

function html(page: RenderedPage, spec: ModeSpec): Reply {
  const headers: Record<string, string | string[]> = {};
  if (page.linkHeaders.length) headers.Link = page.linkHeaders;
  if (spec.csp) headers['Content-Security-Policy'] = spec.csp;
  return { status: page.status, type: 'text/html; charset=UTF-8', body: page.html, headers };
}

function restReply(ctx: RestContext, route: string, params: URLSearchParams, reqOrigin: string | undefined): Reply {
  const r = handleRest(ctx, route, params);
  const headers: Record<string, string> = {
    ...r.headers,
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
    'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
    Allow: 'GET',
  };
  // rest_send_cors_headers(): echoes any Origin, with credentials.
  if (reqOrigin) Object.assign(headers, { 'Access-Control-Allow-Origin': reqOrigin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' });
  return { status: r.status, type: 'application/json; charset=UTF-8', body: JSON.stringify(r.body), headers };
}

function route(mode: SiteMode, origin: string, req: http.IncomingMessage): Reply {
  const spec = SPECS[mode];
  const url = new URL(req.url ?? '/', origin);
  const p = url.pathname;
  const q = url.searchParams;
  const png1 = PNGS[p];
  // The "other site" image is never cached: the themed page shows it too, and a copy from the browser's cache would
  // hide whether the reader asked for it (test/e2e/privacy.test.ts).
  if (png1)
    return {
      status: 200,
      type: 'image/png',
      body: assetPng(...png1),
      headers: { 'Cache-Control': p.startsWith('/cdn/') ? 'no-store' : 'max-age=3600' },
    };
  if (!spec.wordpress) {
    if (p === '/news/harbour-cranes/') return html(notWordPressPage(origin), spec);
    if (p === '/assets/site.css') return { status: 200, type: 'text/css', body: 'a{color:#064}' };
    return { status: 404, type: 'text/html; charset=utf-8', body: '<!DOCTYPE html><title>404</title><h1>Not found</h1>' };
  }
  if (p.endsWith('.css') && p.startsWith('/wp-')) return { status: 200, type: 'text/css', body: p.includes('newsroom') ? THEME_CSS : '/* wp */' };
  if (p.endsWith('.js') && p.startsWith('/wp-'))
    return { status: 200, type: 'application/javascript', body: p.includes('newsroom') ? THEME_JS : '/* wp */' };
  const ctx: RestContext = { origin, permalinks: spec.permalinks, restAuth: spec.restAuth };
  const pageCtx = { origin, permalinks: spec.permalinks, headLinks: spec.headLinks, nonceBait: true };
  // ?rest_route= works on every WordPress, pretty permalinks or not (rest_api_loaded on parse_request).
  const restRoute = q.get('rest_route');
  if (restRoute !== null && (p === '/' || p === '/index.php')) {
    q.delete('rest_route');
    return restReply(ctx, restRoute, q, req.headers.origin);
  }
  if (p.startsWith('/wp-json')) {
    if (spec.permalinks === 'plain') return html(notFoundPage(pageCtx), spec); // no rewrite rules: the theme's 404
    return restReply(ctx, p.slice('/wp-json'.length) || '/', q, req.headers.origin);
  }
  if (spec.permalinks === 'plain' && (p === '/' || p === '/index.php')) {
    const id = Number(q.get('p') ?? q.get('page_id') ?? 0);
    const entry = id ? findPost(id) : undefined;
    if (entry) return html(singlePage(pageCtx, entry), spec);
    const cat = Number(q.get('cat') ?? 0);
    if (cat) return html(archivePage(pageCtx, cat) ?? notFoundPage(pageCtx), spec);
    if (!id) return html(homePage(pageCtx), spec);
    return html(notFoundPage(pageCtx), spec);
  }
  if (p === '/') return html(homePage(pageCtx), spec);
  const entry = posts.find((e) => e.prettyPath === p || e.prettyPath === `${p}/`);
  if (entry) return html(singlePage(pageCtx, entry), spec);
  const cat = /^\/category\/([\w-]+)\/?$/.exec(p);
  if (cat) {
    const id = cat[1] === 'technology' ? 31 : cat[1] === 'world-news' ? 23 : 0;
    const page = archivePage(pageCtx, id);
    if (page) return html(page, spec);
  }
  return html(notFoundPage(pageCtx), spec);
}

function siteApi(mode: SiteMode, origin: string): WpSite {
  const spec = SPECS[mode];
  const ctx = { origin, permalinks: spec.permalinks };
  return {
    mode,
    origin,
    restRoot: restRoot(ctx),
    rest: (r) => restUrl(ctx, r),
    url(page) {
      if (!spec.wordpress) return page === 'seed' || page === 'rich' ? `${origin}/news/harbour-cranes/` : `${origin}/`;
      const byName: Record<string, number> = { seed: 12483, rich: 12490, protected: 12500, page: 42 };
      const id = byName[page];
      const entry = id ? findPost(id) : undefined;
      if (entry) return spec.permalinks === 'pretty' ? origin + entry.prettyPath : `${origin}/?${entry.type === 'page' ? 'page_id' : 'p'}=${id}`;
      if (page === 'archive') return spec.permalinks === 'pretty' ? `${origin}/category/world-news/` : `${origin}/?cat=23`;
      if (page === 'missing') return `${origin}/no-such-page/`;
      return `${origin}/`;
    },
  };
}

/** Start one server per mode on 127.0.0.1 (ephemeral ports). */
export async function startWpSites(modes: SiteMode[] = ALL_MODES): Promise<WpSites> {
  const log: RequestRecord[] = [];
  const servers: http.Server[] = [];
  const sites: WpSite[] = [];
  let gateOpen = false;
  let held: Array<() => void> = [];
  const openGate = (): void => {
    gateOpen = true;
    for (const send of held.splice(0)) send();
  };
  for (const mode of modes) {
    let origin = '';
    const server = http.createServer((req, res) => {
      let reply: Reply;
      try {
        reply = route(mode, origin, req);
      } catch (e) {
        reply = { status: 500, type: 'text/plain', body: `fixture server error: ${String(e)}` };
      }
      log.push({ site: mode, origin, method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, status: reply.status, at: Date.now() });
      const send = (): void => {
        if (res.writableEnded || res.destroyed) return;
        res.writeHead(reply.status, { 'Content-Type': reply.type, ...reply.headers });
        res.end(req.method === 'HEAD' ? undefined : reply.body);
      };
      const rest = /^\/wp-json(\/|$)|[?&]rest_route=/.test(req.url ?? '');
      if (!SPECS[mode].gatedRest || !rest || gateOpen) return send();
      held.push(send);
      setTimeout(send, 60_000).unref();
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    servers.push(server);
    sites.push(siteApi(mode, origin));
  }
  return {
    sites,
    log,
    site(mode) {
      const s = sites.find((x) => x.mode === mode);
      if (!s) throw new Error(`fixture site "${mode}" was not started`);
      return s;
    },
    clearLog: () => void log.splice(0),
    restGate: {
      close: () => {
        gateOpen = false;
        held = [];
      },
      open: openGate,
    },
    close: () => closeServers(servers),
  };
}
