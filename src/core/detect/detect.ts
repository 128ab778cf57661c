/**
 * WordPress detection for a page (or a tab showing raw REST JSON). Signals are read in the order of trust
 * of docs/wordpress.md §0: per-post alternate JSON link, REST root link/header, oEmbed, RSD, then the IDs
 * the theme prints (body class, shortlink, post class, comment form). Every match is reported in
 * `signals`; the REST client resolves whatever is left unknown (root by probing, type by search).
 */
import type { Detection, PostTypeHint, Signal } from '../types';
import { pickCanonical } from './canonical';
import { emptyLinkFacts, readDocumentLinks, readLinkHeader, type LinkFacts } from './head-links';
import { assetFacts, blockMarker, bodyClasses, bodyClassId, commentPostId, postClassIds, wordpressGenerators } from './markers';
import { pageKindFromClasses } from './page-kind';
import { listTarget } from '../list/target';
import { detectRawJson, jsonViewerText, postTypeHint, restLocationOfUrl } from './raw-json';
import { joinRest, normaliseRoot, ROUTE_PARAM, splitRestUrl } from '../rest/route';
import { isNonPostItemRoute, postRoute } from './rest-url';
import { decideWordPress } from './verdict';
import { parseHttpUrl, sameSite } from '../url';
import { documentBase } from './url';
import { wpcomAssetMatters, wpcomFacts } from './wpcom';

export interface DetectOptions {
  /** The page response's `Link` header, when the caller has it (e.g. from a HEAD request). */
  linkHeader?: string;
}

export function detect(doc: Document, pageUrl: string, opts: DetectOptions = {}): Detection {
  const page = parseHttpUrl(pageUrl, pageUrl);
  if (!page) return { isWordPress: false, pageUrl, pageKind: 'unknown', signals: [] };
  const jsonText = jsonViewerText(doc);
  if (jsonText !== undefined) {
    const fromJson = detectJsonTab(page, jsonText);
    if (fromJson) return fromJson;
  }
  return detectHtml(doc, page, opts);
}

/** The tab is a JSON document under a REST root: the URL gives the root, the body the post. */
function detectJsonTab(page: URL, text: string): Detection | undefined {
  const raw = detectRawJson(page.href, text);
  if (!raw) return undefined;
  const loc = restLocationOfUrl(page.href);
  const det: Detection = {
    isWordPress: true,
    pageUrl: page.href,
    pageKind: 'unknown',
    rawJson: raw,
    signals: [{ kind: 'raw-json', value: raw.kind }],
  };
  if (loc) det.restRoot = loc.root;
  if (raw.kind === 'post' && typeof raw.data === 'object' && raw.data !== null) {
    const post = raw.data as { id?: unknown; type?: unknown };
    if (typeof post.id === 'number' && Number.isSafeInteger(post.id) && post.id > 0) det.postId = post.id;
    det.postType = postTypeHint(post.type);
    det.pageKind = 'singular';
    const route = loc ? postRoute(loc.route) : undefined;
    // Rebuilt from root + route: the tab's own query (`_embed`, `_wpnonce`...) is never carried over.
    if (loc && route && route.id === det.postId) det.postJsonUrl = joinRest(loc.root, loc.route);
  }
  return det;
}

interface IdCandidate {
  id: number;
  type: PostTypeHint;
}

function detectHtml(doc: Document, page: URL, opts: DetectOptions): Detection {
  const signals: Signal[] = [];
  const det: Detection = { isWordPress: false, pageUrl: page.href, pageKind: 'unknown', signals };
  const base = documentBase(doc, page.href);
  const links = readDocumentLinks(doc, base);
  const header: LinkFacts = opts.linkHeader ? readLinkHeader(opts.linkHeader, page.href) : emptyLinkFacts();
  const classes = bodyClasses(doc);
  det.pageKind = pageKindFromClasses(classes);
  const canonical = pickCanonical([...links.canonical, ...header.canonical]);
  if (canonical !== undefined) det.canonicalUrl = canonical;

  // REST root: the api.w.org link, then the Link header (§1.1, §1.3).
  for (const url of links.api) {
    signals.push({ kind: 'api-link', value: url.href });
    det.restRoot ??= normaliseRoot(url);
  }
  for (const url of header.api) {
    signals.push({ kind: 'link-header', value: `api: ${url.href}` });
    det.restRoot ??= normaliseRoot(url);
  }

  // The per-post alternate JSON link (§1.2): the best source of the post's JSON URL.
  const alternates = [
    ...links.alternateJson.map((url) => ({ url, kind: 'alternate-json' as const })),
    ...header.alternateJson.map((url) => ({ url, kind: 'link-header' as const })),
  ];
  const archiveRoutes: string[] = [];
  for (const { url, kind } of alternates) {
    const loc = splitRestUrl(url, det.restRoot);
    if (!loc) continue;
    const route = postRoute(loc.route);
    const archivePage = det.pageKind === 'archive' || det.pageKind === 'home' || det.pageKind === 'search';
    // Custom taxonomies share the CPT route shape; on an archive page such a link names a term.
    if (route && (route.core || !archivePage)) {
      signals.push({ kind, value: kind === 'link-header' ? `alternate: ${url.href}` : url.href });
      det.restRoot ??= loc.root;
      if (det.postJsonUrl === undefined) {
        det.postJsonUrl = joinRest(loc.root, loc.route);
        det.postId = route.id;
        det.postType = route.type;
        det.pageKind = 'singular';
      }
    } else if (isNonPostItemRoute(loc.route) || route) {
      // A term or user link still proves a WP REST API, and that this is an archive page.
      signals.push({ kind, value: `archive: ${url.href}` });
      archiveRoutes.push(loc.route);
      det.restRoot ??= loc.root;
      if (det.pageKind === 'unknown') det.pageKind = 'archive';
    }
  }

  // oEmbed discovery (§1.8): its href starts with the REST root. WordPress.com points it elsewhere.
  for (const url of links.oembed) {
    if (url.hostname === 'public-api.wordpress.com') continue; // handled as a wpcom marker
    if (!sameSite(url, page)) continue;
    const root = oembedRoot(url);
    if (root === undefined) continue;
    signals.push({ kind: 'oembed', value: url.href });
    det.restRoot ??= root;
  }

  // RSD (§1.7): `xmlrpc.php?rsd` is WordPress's; other blog engines name other endpoints.
  for (const url of links.editUri) {
    if (/\/xmlrpc\.php$/i.test(url.pathname) && url.searchParams.has('rsd')) {
      signals.push({ kind: 'rsd', value: url.href });
    }
  }

  const ids = collectIds(doc, classes, det.pageKind, links, header, signals);
  if (det.postId === undefined && ids[0] !== undefined) {
    det.postId = ids[0].id;
    det.postType = ids[0].type;
  }

  const generators = wordpressGenerators(doc);
  for (const g of generators) signals.push({ kind: 'generator', value: g });
  const assets = assetFacts(doc, base, page, { wpcom: wpcomAssetMatters({ page, links, generators }) });
  if (assets.wpAsset !== undefined) signals.push({ kind: 'wp-content', value: assets.wpAsset });
  const block = blockMarker(doc);
  if (block !== undefined) signals.push({ kind: 'wp-block', value: block });

  const wpcom = wpcomFacts({ page, links, generators, wpcomAsset: assets.wpcomAsset });
  for (const value of wpcom.markers) signals.push({ kind: 'wpcom', value });
  det.isWordPress = decideWordPress(signals);
  if (det.isWordPress && wpcom.site !== undefined) det.wpcomSite = wpcom.site;
  if (det.isWordPress && det.pageKind === 'unknown' && det.postId !== undefined) det.pageKind = 'singular';
  const listKind = det.pageKind;
  if (det.isWordPress && (listKind === 'archive' || listKind === 'home' || listKind === 'search')) {
    const list = listTarget({ classes, alternateRoutes: archiveRoutes, pageUrl: page.href, pageKind: listKind });
    if (list) det.list = list;
  }
  return det;
}

/** Cut an oEmbed discovery href before `oembed/1.0/embed` to get the REST root, in either URL form. */
function oembedRoot(url: URL): string | undefined {
  const route = url.searchParams.get(ROUTE_PARAM);
  if (route !== null) return route.startsWith('/oembed/1.0/embed') ? normaliseRoot(url) : undefined;
  const at = url.pathname.indexOf('/oembed/1.0/embed');
  if (at < 0) return undefined;
  return `${url.origin}${url.pathname.slice(0, at + 1)}`;
}

/**
 * Post IDs the theme prints, in order of trust (§0 step 3): body class, shortlink, post class (only when
 * the page is singular, or lists exactly one post), comment form. Each one found becomes a signal.
 */
function collectIds(
  doc: Document,
  classes: string[],
  pageKind: Detection['pageKind'],
  links: LinkFacts,
  header: LinkFacts,
  signals: Signal[],
): IdCandidate[] {
  const ids: IdCandidate[] = [];
  const body = bodyClassId(classes);
  if (body) {
    signals.push({ kind: 'body-class', value: body.cls });
    ids.push({ id: body.id, type: body.type });
  }
  for (const url of [...links.shortlink, ...header.shortlink]) {
    // Jetpack/WordPress.com shortlinks (wp.me) encode the ID in base62: not readable here (§1.4).
    const p = url.searchParams.get('p');
    if (url.hostname === 'wp.me' || p === null || !/^[1-9]\d{0,15}$/.test(p)) continue;
    const id = Number(p);
    if (!Number.isSafeInteger(id)) continue;
    signals.push({ kind: 'shortlink', value: url.href });
    ids.push({ id, type: 'unknown' });
    break;
  }
  if (pageKind === 'singular' || pageKind === 'unknown') {
    // On a singular page the article comes first; with no body classes, many IDs mean a list of posts
    // (two are enough to know that).
    const postIds = postClassIds(doc, pageKind === 'singular' ? 1 : 2);
    const first = postIds[0];
    if (first !== undefined && (pageKind === 'singular' || postIds.length === 1)) {
      signals.push({ kind: 'post-class', value: `post-${first}` });
      ids.push({ id: first, type: 'unknown' });
    }
  }
  const comment = commentPostId(doc);
  if (comment !== undefined) {
    signals.push({ kind: 'comment-post-id', value: String(comment) });
    ids.push({ id: comment, type: 'unknown' });
  }
  // Keep the most trusted ID, but take a known type from any source that agrees with it.
  const best = ids[0];
  if (best && best.type === 'unknown') {
    const typed = ids.find((c) => c.id === best.id && c.type !== 'unknown');
    if (typed) best.type = typed.type;
  }
  return ids;
}
