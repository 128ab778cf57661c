/**
 * A tab that *is* WP REST JSON (docs/wordpress.md §1.11): the URL sits under a REST root or uses
 * `rest_route=`, and the body is a post object, an array of them, or a WP error object.
 */
import type { PostTypeHint, RawJsonDetection } from '../types';
import { looksLikeRestUrl, splitRestUrl, type RestLocation } from '../rest/route';
import { postRoute } from './rest-url';
import { parseHttpUrl } from '../url';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasRendered(v: unknown): boolean {
  return isObject(v) && typeof v['rendered'] === 'string';
}

/** A post object: `id`, `content.rendered` or `title.rendered`, `type` and `link`. */
export function isWpPostObject(v: unknown): v is Json {
  return (
    isObject(v) &&
    typeof v['id'] === 'number' &&
    (hasRendered(v['content']) || hasRendered(v['title'])) &&
    typeof v['type'] === 'string' &&
    typeof v['link'] === 'string'
  );
}

/** `{code, message, data: {status}}` from `WP_REST_Server::error_to_response`. */
export function isWpErrorObject(v: unknown): v is Json {
  return (
    isObject(v) && typeof v['code'] === 'string' && typeof v['message'] === 'string' && isObject(v['data']) && typeof v['data']['status'] === 'number'
  );
}

/** Every REST response links its relations under the `https://api.w.org/` curie. */
function hasWpCurie(v: unknown): boolean {
  const links = isObject(v) ? v['_links'] : Array.isArray(v) && isObject(v[0]) ? v[0]['_links'] : undefined;
  if (!isObject(links) || !Array.isArray(links['curies'])) return false;
  return links['curies'].some((c) => isObject(c) && typeof c['href'] === 'string' && c['href'].startsWith('https://api.w.org/'));
}

/** The REST root and route of a URL that looks like a REST request, else undefined. */
export function restLocationOfUrl(pageUrl: string): RestLocation | undefined {
  const url = parseHttpUrl(pageUrl, pageUrl);
  if (!url) return undefined;
  return looksLikeRestUrl(url) ? splitRestUrl(url) : undefined;
}

export function classifyJson(data: unknown): RawJsonDetection['kind'] {
  if (isWpPostObject(data)) return 'post';
  if (Array.isArray(data) && data.length > 0 && data.every(isWpPostObject)) return 'collection';
  if (isWpErrorObject(data)) return 'error';
  return 'other';
}

/**
 * Is this tab raw WP REST JSON? Undefined when the body is not JSON, or when neither the URL nor the body
 * says WP REST (a JSON document elsewhere is not ours to read).
 */
export function detectRawJson(pageUrl: string, bodyText: string): RawJsonDetection | undefined {
  const text = bodyText.trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (restLocationOfUrl(pageUrl) === undefined && !hasWpCurie(data)) return undefined;
  return { kind: classifyJson(data), data };
}

export function postTypeHint(type: unknown): PostTypeHint {
  return type === 'post' || type === 'page' || type === 'attachment' ? type : 'unknown';
}

/** The post ID and route a raw-JSON URL names, when it is a single-item route. */
export function postRouteOfUrl(pageUrl: string): ReturnType<typeof postRoute> {
  const loc = restLocationOfUrl(pageUrl);
  return loc ? postRoute(loc.route) : undefined;
}

/**
 * The JSON text of a document a browser shows as raw JSON: Chrome wraps it in a lone `<pre>` (newer
 * versions add an empty formatter `<div>`); Firefox's viewer has `contentType` application/json.
 * Returns undefined for ordinary HTML pages.
 *
 * The tags of `<body>`'s children are checked before any text is read: an ordinary page has some other
 * child (a `<header>`, a `<script>`), and the text of a page-wide wrapper `<div>` is the whole page
 * (~15 ms on the bench's 2 MB news page, for a tab that is obviously not JSON).
 */
export function jsonViewerText(doc: Document): string | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const type = (doc.contentType || '').toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) return body.textContent ?? undefined;
  let pre: Element | undefined;
  const divs: Element[] = [];
  for (const el of Array.from(body.children)) {
    if (el.tagName === 'PRE' && pre === undefined) pre = el;
    else if (el.tagName === 'DIV') divs.push(el);
    else return undefined; // a second <pre>, or anything else: not the viewer's lone <pre>
  }
  if (pre === undefined) return undefined;
  const text = pre.textContent ?? '';
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  // The viewer's formatter <div> is empty; a <div> with text makes this a page that merely shows JSON.
  return divs.every((el) => (el.textContent ?? '').trim() === '') ? text : undefined;
}
