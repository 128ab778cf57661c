/**
 * Page markers that survive when a site hides its REST links (docs/wordpress.md §1.5, §1.6, §1.9, §1.12):
 * body and post classes, the comment form's post ID, the generator, the site's own wp-content assets and
 * block markup.
 */
import { byTag, firstInDocument, matchesInOrder } from './elements';
import { parseHttpUrl, sameSite } from '../url';

export function bodyClasses(doc: Document): string[] {
  const cls = doc.body?.getAttribute('class') ?? '';
  return cls.split(/\s+/).filter((c) => c !== '');
}

export interface BodyId {
  id: number;
  cls: string;
  type: 'post' | 'page' | 'attachment' | 'unknown';
}

function toId(text: string | undefined): number | undefined {
  if (text === undefined || !/^[1-9]\d{0,15}$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** `postid-N` (posts and CPTs), `page-id-N`, `attachmentid-N` from `get_body_class()`. */
export function bodyClassId(classes: string[]): BodyId | undefined {
  for (const c of classes) {
    let m = /^postid-(\d+)$/.exec(c);
    if (m) {
      const id = toId(m[1]);
      if (id === undefined) continue;
      // `single-post` marks a plain post; `single-{cpt}` a custom type the REST client must resolve.
      const type = classes.includes('single-post')
        ? 'post'
        : classes.includes('attachment') || classes.includes(`attachmentid-${id}`)
          ? 'attachment'
          : 'unknown';
      return { id, cls: c, type };
    }
    m = /^page-id-(\d+)$/.exec(c);
    if (m) {
      const id = toId(m[1]);
      if (id !== undefined) return { id, cls: c, type: 'page' };
    }
    m = /^attachmentid-(\d+)$/.exec(c);
    if (m) {
      const id = toId(m[1]);
      if (id !== undefined) return { id, cls: c, type: 'attachment' };
    }
  }
  return undefined;
}

/**
 * Distinct post IDs from `post_class()` wrappers (`id="post-N"`, class `post-N`), in document order, at most
 * `limit` of them. Archive pages list many; the caller decides whether one of them names the page's post.
 */
export function postClassIds(doc: Document, limit = Infinity): number[] {
  const ids: number[] = [];
  const add = (id: number | undefined): void => {
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  };
  // The singular case wants the first ID only: found by a walk that stops there. Otherwise all of them.
  const selector = '[id^="post-"], [class*="post-"]';
  const elements = limit === 1 ? matchesInOrder(doc, selector) : doc.querySelectorAll(selector);
  for (const el of elements) {
    add(toId(/^post-(\d+)$/.exec(el.id)?.[1]));
    for (const c of Array.from(el.classList)) add(toId(/^post-(\d+)$/.exec(c)?.[1]));
    if (ids.length >= limit) return ids.slice(0, limit);
  }
  return ids;
}

/** The hidden `<input name="comment_post_ID">` of the comment form (`comment-template.php`). */
export function commentPostId(doc: Document): number | undefined {
  for (const el of byTag(doc, 'input')) {
    if (el.getAttribute('name') === 'comment_post_ID') return toId(el.getAttribute('value')?.trim());
  }
  return undefined;
}

/** `<meta name="generator">` contents that name WordPress or WordPress.com. */
export function wordpressGenerators(doc: Document): string[] {
  const out: string[] = [];
  for (const el of byTag(doc, 'meta')) {
    if (!el.hasAttribute('content') || (el.getAttribute('name') ?? '').trim().toLowerCase() !== 'generator') continue;
    const content = (el.getAttribute('content') ?? '').trim();
    if (/^WordPress(?:\.com)?(?:[\s/]|$)/i.test(content)) out.push(content);
  }
  return out;
}

/** The asset elements (`link[href], script[src], img[src], source[src], iframe[src]`), one tag at a time. */
const ASSET_TAGS = [
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
] as const;

const ASSET_TEXT = /wp-content|wp-includes|wp\.com/i;

export interface AssetFacts {
  /** First same-site `/wp-content/` or `/wp-includes/` asset URL, if any. */
  wpAsset?: string;
  /** First asset from WordPress.com's static host (s0.wp.com etc.), if any (only looked for on request). */
  wpcomAsset?: string;
}

/**
 * Asset URLs under `/wp-content/` or `/wp-includes/` that belong to this site. Other sites' uploads are not
 * evidence: the corpus hard negatives hotlink them (`MANIFEST.md`, "Hard negatives").
 *
 * Read one tag at a time from its lazy collection (elements.ts), each stopping at its first hit, then the
 * first of those in document order; on a WordPress page the first tag read (<link>) has its hit in <head>,
 * and the other tags are then only looked for in <head>.
 * The first WordPress.com asset is only looked for when `opts.wpcom` asks, because that usually means
 * reading every asset; the caller asks only when it can change its result (wpcom.ts). Pages repeat the
 * same few URLs (a news page's 1 400 comment avatars are one image), so each distinct value is resolved once.
 */
export function assetFacts(doc: Document, base: string, page: URL, opts: { wpcom: boolean } = { wpcom: true }): AssetFacts {
  const seen = new Map<string, AssetUrl | undefined>();
  const wp: Hit[] = [];
  const wpcom: Hit[] = [];
  // Once a hit sits in <head>, only <head> can hold an earlier one: the other tags are looked for there.
  let scope: Document | Element = doc;
  for (const [tag, required] of ASSET_TAGS) {
    let wpHit: Hit | undefined;
    let wpcomHit: Hit | undefined;
    for (const el of byTag(scope, tag)) {
      if (!el.hasAttribute(required)) continue;
      const raw = el.getAttribute('src') ?? el.getAttribute('href');
      if (raw === null) continue;
      let asset = seen.get(raw);
      if (asset === undefined && !seen.has(raw)) {
        asset = classify(raw, base, page);
        seen.set(raw, asset);
      }
      if (!asset) continue;
      if (opts.wpcom && wpcomHit === undefined && asset.wpcom) wpcomHit = { el, href: asset.url.href };
      if (wpHit === undefined && asset.wpPath && (asset.sameSite || isForeignThemeCode(el, asset.url))) {
        wpHit = { el, href: asset.url.href };
      }
      if (wpHit !== undefined && (!opts.wpcom || wpcomHit !== undefined)) break;
    }
    if (wpHit) wp.push(wpHit);
    if (wpcomHit) wpcom.push(wpcomHit);
    if (!opts.wpcom && wpHit && scope === doc && isInFirstHead(doc, wpHit.el)) scope = doc.head as HTMLHeadElement;
  }
  const facts: AssetFacts = {};
  const wpAsset = firstHit(wp);
  const wpcomAsset = firstHit(wpcom);
  if (wpAsset !== undefined) facts.wpAsset = wpAsset;
  if (wpcomAsset !== undefined) facts.wpcomAsset = wpcomAsset;
  return facts;
}

/**
 * `el` is inside a <head> that is the first element of the page, so every element before `el` in document
 * order is <html>, that <head>, or inside it.
 */
function isInFirstHead(doc: Document, el: Element): boolean {
  const head = doc.head;
  return head !== null && doc.documentElement?.firstElementChild === head && head.contains(el);
}

interface Hit {
  el: Element;
  href: string;
}

function firstHit(hits: Hit[]): string | undefined {
  const first = firstInDocument(hits.map((h) => h.el));
  return hits.find((h) => h.el === first)?.href;
}

interface AssetUrl {
  url: URL;
  /** On WordPress.com's static host (s0.wp.com, s1, s2). */
  wpcom: boolean;
  /** Under /wp-content/ or /wp-includes/. */
  wpPath: boolean;
  sameSite: boolean;
}

function classify(raw: string, base: string, page: URL): AssetUrl | undefined {
  const url = ASSET_TEXT.test(raw) ? parseHttpUrl(raw, base) : undefined;
  if (!url) return undefined;
  return {
    url,
    wpcom: /^s[0-2]\.wp\.com$/i.test(url.hostname),
    wpPath: /\/wp-(?:content|includes)\//.test(url.pathname),
    sameSite: sameSite(url, page),
  };
}

/**
 * A stylesheet or script from a theme, plugin or wp-includes on another host (a CDN such as
 * cdn.arstechnica.net). Pages do not load another site's theme code, unlike images and links to uploads,
 * which the hard negatives do hotlink.
 */
function isForeignThemeCode(el: Element, url: URL): boolean {
  if (!/\/wp-(?:content\/(?:themes|plugins)|includes)\//.test(url.pathname)) return false;
  if (el.tagName === 'SCRIPT') return true;
  if (el.tagName !== 'LINK') return false;
  const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('stylesheet') || (rel.includes('preload') && /\.(?:css|js)$/.test(url.pathname));
}

/** Block-editor markup: the block library stylesheet, or a `wp-block-*` class in the content. */
export function blockMarker(doc: Document): string | undefined {
  // Printed in <head> by every block-editor site: querySelector stops there.
  const style = doc.querySelector('#wp-block-library-css, #wp-block-library-inline-css');
  if (style) return `#${style.id}`;
  // The first element whose class contains "wp-block-" nearly always has such a class token; otherwise
  // (a "has-wp-block-…" class first) every candidate is read.
  const first = doc.querySelector('[class*="wp-block-"]');
  if (first === null) return undefined;
  const candidates = blockClass(first) !== undefined ? [first] : doc.querySelectorAll('[class*="wp-block-"]');
  for (const el of candidates) {
    const cls = blockClass(el);
    if (cls !== undefined) return cls;
  }
  return undefined;
}

function blockClass(el: Element): string | undefined {
  return Array.from(el.classList).find((c) => c.startsWith('wp-block-'));
}
