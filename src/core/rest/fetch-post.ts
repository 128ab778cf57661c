/**
 * fetchPost: from a Detection to the post JSON (+ site info), or a typed ReaderError.
 *   1. archive/home/search pages are not articles: nothing is fetched;
 *   2. a tab that already is post JSON needs no request for the post;
 *   3. the REST root: the detected one or the alternate link's (same origin only), else WordPress.com's
 *      public API for simple sites, else a probe of `/wp-json/` and `?rest_route=/`;
 *   4. the ladder (ladder.ts), with the site info requested in parallel.
 */
import { ReaderError } from '../errors';
import type { Detection, FetchedPost, WpSiteInfo } from '../types';
import { anySignal } from './abort';
import { failureFor } from './failures';
import type { RequestContext, RestOptions } from './http';
import { climb, expectPost, type Found } from './ladder';
import { guardForPage } from './origin-guard';
import { probeRestRoot } from './probe';
import { RestSession } from './session';
import { asObjectArray } from './shape';
import { loadSiteInfo, loadWpcomSiteInfo } from './site-info';
import { rootOfItemUrl } from './route';
import { wpcomRoot } from './wpcom';

export interface FetchPostOptions extends RestOptions {
  /** Receives every URL requested, in order (diagnostics). */
  log?: string[];
}

export async function fetchPost(detection: Detection, opts: FetchPostOptions = {}): Promise<FetchedPost> {
  const kind = detection.pageKind;
  if (kind === 'archive' || kind === 'home' || kind === 'search') {
    throw new ReaderError('not-an-article', { url: detection.pageUrl });
  }
  const { guard, wpcom } = guardForPage(detection);
  if (!guard.allows(detection.pageUrl)) throw new ReaderError('not-wordpress', { url: detection.pageUrl });
  if (opts.signal?.aborted) throw new ReaderError('cancelled', { url: detection.pageUrl });

  // Site info is a side request: it is cancelled when the main work ends first, and never fails it.
  const side = new AbortController();
  const sideSignal = opts.signal ? anySignal([opts.signal, side.signal]) : side.signal;
  const ctx: RequestContext = { opts, guard, ...(opts.log ? { log: opts.log } : {}) };
  const sideCtx: RequestContext = { ...ctx, opts: { ...opts, signal: sideSignal } };
  try {
    const fetched = detection.rawJson !== undefined ? await fromRawJson(detection, sideCtx) : await fromRest(detection, wpcom, ctx, sideCtx);
    // A cancel that lands while only the site info was pending still cancels the load.
    if (opts.signal?.aborted) throw new ReaderError('cancelled', { url: fetched.jsonUrl });
    return fetched;
  } finally {
    side.abort();
  }
}

/** The tab is the JSON: validate it, and only ask the root for the site info. */
async function fromRawJson(det: Detection, sideCtx: RequestContext): Promise<FetchedPost> {
  const raw = det.rawJson!;
  const jsonUrl = det.postJsonUrl ?? det.pageUrl;
  const outcome = { json: true as const, status: 200, data: raw.data, url: jsonUrl };
  let found: Found;
  if (raw.kind === 'error') {
    const status = statusOf(raw.data);
    throw failureFor({ ...outcome, status });
  } else if (raw.kind === 'collection') {
    // A one-item list (a `?slug=` answer) is that post; a longer list is an archive.
    const items = asObjectArray(raw.data) ?? [];
    if (items.length !== 1) throw new ReaderError('not-an-article', { url: det.pageUrl });
    found = expectPost({ ...outcome, data: items[0] });
  } else {
    found = expectPost(outcome);
  }
  const root = det.restRoot !== undefined && sideCtx.guard.allows(det.restRoot) ? det.restRoot : undefined;
  const site = root !== undefined ? await loadSiteInfo(root, sideCtx) : undefined;
  return result(found, site);
}

function statusOf(data: unknown): number {
  const status = (data as { data?: { status?: unknown } } | null)?.data?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 400;
}

async function fromRest(det: Detection, wpcom: string | undefined, ctx: RequestContext, sideCtx: RequestContext): Promise<FetchedPost> {
  const detected = [det.restRoot, det.postJsonUrl !== undefined ? rootOfItemUrl(det.postJsonUrl) : undefined].find(
    (root): root is string => root !== undefined && ctx.guard.allows(root),
  );
  let session: RestSession;
  let site: Promise<WpSiteInfo | undefined>;
  if (detected !== undefined) {
    session = new RestSession(detected, 'wp/v2/', ctx);
    site = loadSiteInfo(detected, sideCtx);
  } else if (wpcom !== undefined) {
    session = new RestSession(wpcomRoot(wpcom), '', ctx);
    site = loadWpcomSiteInfo(wpcom, sideCtx);
  } else {
    const probed = await probeRestRoot(det.pageUrl, det.isWordPress, ctx);
    session = new RestSession(probed.root, 'wp/v2/', ctx);
    site = probed.site !== undefined ? Promise.resolve(probed.site) : loadSiteInfo(probed.root, sideCtx);
  }
  const rootUsed = session.root;
  const found = await climb(det, session);
  let info = await site;
  // The pretty root turned out to be dead and the ladder moved to `?rest_route=`: ask there instead.
  if (info === undefined && session.root !== rootUsed) info = await loadSiteInfo(session.root, sideCtx);
  return result(found, info);
}

function result(found: Found, site: WpSiteInfo | undefined): FetchedPost {
  return site !== undefined ? { post: found.post, site, jsonUrl: found.jsonUrl } : { post: found.post, jsonUrl: found.jsonUrl };
}
