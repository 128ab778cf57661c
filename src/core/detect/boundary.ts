/**
 * The Detection as it crosses into the background (issue 13, security 1). The content script runs in the
 * page's renderer: a compromised renderer can send any message our content script could, so its Detection is
 * data to check, not a fact. Two checks:
 * - shape (parseDetection): the right types, bounded strings, http(s) URLs only, no unknown fields; anything
 *   else is refused with a DetectionRefused naming the field, never a crash further on;
 * - binding (bindDetection): the page URL must be on the origin the BROWSER reports for the sender (the tab's
 *   top frame), because the REST client builds its origin guard from it (core/rest/origin-guard.ts). The URL
 *   fields the REST client may request (`restRoot`, `postJsonUrl`) are kept only where that guard allows them;
 *   `canonicalUrl` is never requested (a link shown in the reader), so any http(s) URL stays. `wpcomSite` only
 *   ever names a path on public-api.wordpress.com (core/rest/wpcom.ts checks its form).
 */
import { ReaderError } from '../errors';
import { OriginGuard } from '../rest/origin-guard';
import { MAX_SEARCH_CHARS } from '../list/target';
import type { Detection, ErrorDetail, ListTarget, PostTypeHint, RawJsonDetection, SignalKind } from '../types';
import { parseHttpUrl } from '../url';

/** Far above any real page (a browser caps URLs at 2 MB, pages use a few hundred characters). */
export const MAX_DETECTION_URL = 16_384;
/** detect() reports a handful of signals; a page full of REST links still stays far below this. */
export const MAX_SIGNALS = 500;

export type DetectionProblem = 'shape' | 'sender' | 'origin';

const DETAILS: Record<DetectionProblem, ErrorDetail> = {
  shape: 'detection-shape',
  sender: 'detection-sender',
  origin: 'detection-origin',
};

/** A Detection the background will not act on; `field` says which part was wrong (diagnostics and tests). */
export class DetectionRefused extends ReaderError {
  constructor(
    readonly problem: DetectionProblem,
    readonly field: string,
  ) {
    super('bad-response', { detail: DETAILS[problem] });
  }
}

// Records rather than lists: tsc fails when a kind is added to the types and not here.
const SIGNAL_KINDS: Record<SignalKind, true> = {
  'alternate-json': true,
  'link-header': true,
  'api-link': true,
  oembed: true,
  rsd: true,
  shortlink: true,
  'body-class': true,
  'post-class': true,
  'comment-post-id': true,
  generator: true,
  'wp-content': true,
  'wp-block': true,
  wpcom: true,
  'raw-json': true,
};
const POST_TYPES: Record<PostTypeHint, true> = { post: true, page: true, attachment: true, unknown: true };
const PAGE_KINDS: Record<Detection['pageKind'], true> = { singular: true, archive: true, home: true, search: true, unknown: true };
const RAW_KINDS: Record<RawJsonDetection['kind'], true> = { post: true, collection: true, error: true, other: true };

const oneOf =
  (table: object) =>
  (v: unknown): boolean =>
    typeof v === 'string' && Object.hasOwn(table, v);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function boundedString(value: unknown, max = MAX_DETECTION_URL): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** An absolute http(s) URL without credentials, as detect() produces (the one rule: core/url.ts). */
function httpUrl(value: unknown): URL | undefined {
  return boundedString(value) && value.trim() === value ? parseHttpUrl(value) : undefined;
}

const isUrl = (v: unknown): boolean => httpUrl(v) !== undefined;
const optional =
  (check: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    v === undefined || check(v);

const positiveInt = (v: unknown, max = Number.MAX_SAFE_INTEGER): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= max;
const LIST_KEYS: Record<ListTarget['kind'], readonly string[]> = {
  category: ['kind', 'id', 'slug'],
  tag: ['kind', 'id', 'slug'],
  author: ['kind', 'id', 'slug'],
  search: ['kind', 'search'],
  date: ['kind', 'year', 'month', 'day'],
  latest: ['kind'],
};

/** The list an archive page is (core/list/target.ts): its kind's fields only, each in the range detect() gives. */
function isListTarget(v: unknown): boolean {
  if (!isRecord(v) || !oneOf(LIST_KEYS)(v.kind)) return false;
  const allowed = LIST_KEYS[v.kind as ListTarget['kind']];
  if (!Object.keys(v).every((k) => allowed.includes(k))) return false;
  switch (v.kind) {
    case 'search':
      return typeof v.search === 'string' && v.search.trim() !== '' && v.search.length <= MAX_SEARCH_CHARS;
    case 'date':
      return positiveInt(v.year, 9998) && optional((m) => positiveInt(m, 12))(v.month) && optional((d) => positiveInt(d, 31))(v.day);
    case 'latest':
      return true;
    default:
      return (
        optional((id) => positiveInt(id))(v.id) &&
        optional((s) => typeof s === 'string' && /^[a-z0-9%_-]{1,200}$/.test(s))(v.slug) &&
        (v.id !== undefined || v.slug !== undefined)
      );
  }
}

/** One check per field: tsc keeps this table complete when Detection grows. */
const FIELDS: { [K in keyof Detection]-?: (value: unknown) => boolean } = {
  isWordPress: (v) => typeof v === 'boolean',
  pageUrl: isUrl,
  restRoot: optional(isUrl),
  postJsonUrl: optional(isUrl),
  postId: optional((v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0),
  postType: optional(oneOf(POST_TYPES)),
  pageKind: oneOf(PAGE_KINDS),
  wpcomSite: optional((v) => boundedString(v, 253)),
  // The parsed body of a JSON tab: data the REST client validates like any answer (core/rest/ladder.ts).
  rawJson: optional((v) => isRecord(v) && oneOf(RAW_KINDS)(v.kind) && Object.keys(v).every((k) => k === 'kind' || k === 'data')),
  canonicalUrl: optional(isUrl),
  list: optional(isListTarget),
  signals: (v) =>
    Array.isArray(v) &&
    v.length <= MAX_SIGNALS &&
    v.every((s) => isRecord(s) && oneOf(SIGNAL_KINDS)(s.kind) && boundedString(s.value) && Object.keys(s).length === 2),
};

/** The message's Detection, checked field by field; throws DetectionRefused('shape', field). */
export function parseDetection(value: unknown): Detection {
  if (!isRecord(value)) throw new DetectionRefused('shape', 'detection');
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(FIELDS, key)) throw new DetectionRefused('shape', key.slice(0, 64));
  }
  for (const [key, check] of Object.entries(FIELDS)) {
    if (!check(value[key])) throw new DetectionRefused('shape', key);
  }
  // Only the known fields, and no `undefined` ones: a copy the caller can change without touching the message.
  return Object.fromEntries(
    Object.keys(FIELDS)
      .filter((k) => value[k] !== undefined)
      .map((k) => [k, value[k]]),
  ) as unknown as Detection;
}

/**
 * parseDetection, then bound to `browserPageUrl`: the sender's page URL as the browser reports it
 * (runtime.MessageSender.url of the top frame, or tabs.get().url), which the renderer cannot forge.
 */
export function bindDetection(value: unknown, browserPageUrl: string): Detection {
  const detection = parseDetection(value);
  const page = httpUrl(browserPageUrl);
  if (!page) throw new DetectionRefused('sender', 'url');
  if (new URL(detection.pageUrl).origin !== page.origin) throw new DetectionRefused('origin', 'pageUrl');
  const guard = new OriginGuard(page.href);
  if (detection.restRoot !== undefined && !guard.allows(detection.restRoot)) delete detection.restRoot;
  if (detection.postJsonUrl !== undefined && !guard.allows(detection.postJsonUrl)) delete detection.postJsonUrl;
  return detection;
}
