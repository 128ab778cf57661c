/**
 * The bench's fixture WordPress on 127.0.0.1: the e2e building blocks (wp-pages.ts themed pages, wp-rest.ts
 * REST routes, wp-data.ts posts) behind one small server that adds what only the bench needs: the heavy
 * page (`/heavy/<post path>`), images at any width for the generated posts, and timestamps of every REST
 * request (arrival, last byte sent) on the same epoch clock as the browser's `timeOrigin + now()`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { assetPng, posts, THEME_CSS, THEME_JS } from '../../test/e2e/support/wp-data';
import { singlePage, type PageContext } from '../../test/e2e/support/wp-pages';
import { handleRest, type RestContext } from '../../test/e2e/support/wp-rest';
import { heavyPage } from './heavy-page';

export interface RestTiming {
  url: string;
  /** Epoch ms (performance.timeOrigin + performance.now()). */
  start: number;
  end: number;
  bytes: number;
}

export interface BenchServer {
  origin: string;
  rest: RestTiming[];
  /** Every request path (to prove pages and readers only asked this server). */
  requests: number;
  close(): Promise<void>;
}

export const now = (): number => performance.timeOrigin + performance.now();

function imageFor(p: string): Buffer {
  const width = Math.min(1200, Number(/-(\d+)x\d+\.png$/.exec(p)?.[1] ?? /-(\d+)\.png$/.exec(p)?.[1] ?? 800));
  const file = p.includes('avatar')
    ? 'avatar.svg'
    : p.includes('/ads/')
      ? 'ad.svg'
      : p.includes('icon') || p.endsWith('.ico')
        ? 'icon.svg'
        : p.includes('featured')
          ? 'featured.svg'
          : 'pipeline.svg';
  return assetPng(file, width);
}

interface Reply {
  status: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string | string[]>;
}

export interface BenchServerOptions {
  /** Never answer a REST request (the hung-REST row, ./hung-rest.ts): the connection stays open until closed. */
  hangRest?: boolean;
  /**
   * Every REST request answered 401 `rest_cannot_access`, as sites behind a "disable the REST API" plugin answer
   * (docs/wordpress.md §2): the reader reads the article from the page instead.
   */
  restDisabled?: boolean;
}

export async function startBenchServer(options: BenchServerOptions = {}): Promise<BenchServer> {
  const rest: RestTiming[] = [];
  const heavyCache = new Map<string, string>();
  let origin = '';
  let requests = 0;

  function route(req: http.IncomingMessage): Reply {
    const url = new URL(req.url ?? '/', origin);
    const p = url.pathname;
    if (p.endsWith('.png') || p.endsWith('.ico'))
      return { status: 200, type: 'image/png', body: imageFor(p), headers: { 'Cache-Control': 'max-age=3600' } };
    if (p.endsWith('.css')) return { status: 200, type: 'text/css', body: p.includes('newsroom') ? THEME_CSS : '/* wp */' };
    if (p.endsWith('.js')) return { status: 200, type: 'application/javascript', body: p.includes('newsroom') ? THEME_JS : '/* wp */' };
    const ctx: RestContext = { origin, permalinks: 'pretty' };
    if (p.startsWith('/wp-json')) {
      const r = options.restDisabled
        ? {
            status: 401,
            headers: {},
            body: { code: 'rest_cannot_access', message: 'Only authenticated users can access the REST API.', data: { status: 401 } },
          }
        : handleRest(ctx, p.slice('/wp-json'.length) || '/', url.searchParams);
      const headers: Record<string, string> = { ...r.headers, 'X-Content-Type-Options': 'nosniff', Allow: 'GET' };
      if (req.headers.origin)
        Object.assign(headers, { 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' });
      return { status: r.status, type: 'application/json; charset=UTF-8', body: JSON.stringify(r.body), headers };
    }
    const pageCtx: PageContext = { origin, permalinks: 'pretty', headLinks: 'all', nonceBait: true };
    const heavy = p.startsWith('/heavy/');
    const postPath = heavy ? p.slice('/heavy'.length) : p;
    const entry = posts.find((e) => e.prettyPath === postPath);
    if (!entry) return { status: 404, type: 'text/plain', body: 'not a bench page' };
    const page = singlePage(pageCtx, entry);
    let html = page.html;
    if (heavy) {
      html = heavyCache.get(p) ?? heavyPage(page.html, origin);
      heavyCache.set(p, html);
    }
    return { status: 200, type: 'text/html; charset=UTF-8', body: html, headers: page.linkHeaders.length ? { Link: page.linkHeaders } : {} };
  }

  const server = http.createServer((req, res) => {
    requests++;
    const start = now();
    let reply: Reply;
    try {
      reply = route(req);
    } catch (e) {
      reply = { status: 500, type: 'text/plain', body: `bench server error: ${String(e)}` };
    }
    if ((req.url ?? '').startsWith('/wp-json')) {
      const record: RestTiming = { url: req.url ?? '', start, end: start, bytes: Buffer.byteLength(reply.body) };
      rest.push(record);
      res.on('finish', () => void (record.end = now()));
      if (options.hangRest) return;
    }
    res.writeHead(reply.status, { 'Content-Type': reply.type, ...reply.headers });
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    rest,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
