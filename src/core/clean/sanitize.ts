/**
 * THE one DOMPurify configuration of Clearpost. Every HTML string that reaches a reader, a clipboard or
 * an export goes through `sanitizeHtml` (or `cleanContent`, which uses the same `sanitizeInert`).
 * Nobody else configures DOMPurify.
 *
 * Pipeline: parse into an inert document → generic preparation (lazy images, iframes → click-to-load
 * placeholders, `<!--nextpage-->` → `<hr>`), which needs markup DOMPurify would drop → DOMPurify with
 * an allow-list and the attribute-policy hook (./policy.ts) → structural enforcement (unsafe links
 * unwrapped, media without a usable source and tracking pixels removed, ids kept only as link targets).
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { inertDocument, isElement, parseInert } from './dom';
import { replaceIframes } from './embeds';
import { mathToTex } from './math';
import { promoteLazyImages } from './lazy-images';
import { applyPolicy } from './policy';
import { isTrackingPixel } from './pixels';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'audio',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'track',
  'u',
  'ul',
  'var',
  'video',
  'wbr',
];

const ALLOWED_ATTR = [
  'abbr',
  'alt',
  'aria-label',
  'cite',
  'class',
  'colspan',
  'controls',
  'datetime',
  'dir',
  'headers',
  'height',
  'href',
  'id',
  'kind',
  'label',
  'lang',
  'loop',
  'muted',
  'open',
  'playsinline',
  'poster',
  'reversed',
  'rowspan',
  'scope',
  'sizes',
  'span',
  'src',
  'srclang',
  'srcset',
  'start',
  'title',
  'type',
  'value',
  'width',
  // The click-to-load embed placeholder (./embeds.ts): the only data-* Clearpost keeps.
  'data-embed-src',
  'data-embed-provider',
];

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Removed WITH their content (DOMPurify's default list already covers script, style, svg, math,
  // iframe, noscript, template...). Other unknown wrappers (section, font, center...) keep their text.
  ADD_FORBID_CONTENTS: [
    'button',
    'select',
    'textarea',
    'option',
    'optgroup',
    'datalist',
    'form',
    'canvas',
    'object',
    'embed',
    'applet',
    'frameset',
    'frame',
    'dialog',
    'map',
  ],
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

/** The base URL of the sanitize call in progress (DOMPurify is synchronous; hooks read it). */
let currentBase: string | undefined;

/** One DOMPurify instance per window, created lazily, with Clearpost's hook (never the shared default). */
const purifiers = new WeakMap<object, Purifier>();

function purifier(): Purifier {
  const win = globalThis.window;
  let instance = purifiers.get(win);
  if (!instance) {
    instance = DOMPurify(win);
    instance.addHook('afterSanitizeAttributes', (node) => {
      if (isElement(node) && currentBase !== undefined) applyPolicy(node, currentBase);
    });
    purifiers.set(win, instance);
  }
  return instance;
}

/** `<!--nextpage-->` separates the pages of a multi-page post (REST returns them all): make it visible. */
function pageBreaks(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const breaks: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim().toLowerCase() === 'nextpage') breaks.push(node);
  }
  for (const node of breaks) node.parentNode?.replaceChild(root.ownerDocument.createElement('hr'), node);
}

/** Old-style anchors `<a name="x">` become `id` targets (DOMPurify keeps id, not name). */
function namedAnchors(root: Element): void {
  for (const a of root.querySelectorAll('a[name]:not([id])')) a.setAttribute('id', a.getAttribute('name') ?? '');
}

/** The preparation every HTML input needs before DOMPurify; runs on the raw inert parse. */
export function prepareInert(root: Element, baseUrl: string): void {
  pageBreaks(root);
  promoteLazyImages(root);
  replaceIframes(root, baseUrl);
  mathToTex(root);
  namedAnchors(root);
}

/** DOMPurify with THE configuration and the policy hook; markup or (./sanitize-groups.ts) parsed nodes. */
export function purify(dirty: string | DocumentFragment, baseUrl: string): DocumentFragment {
  currentBase = baseUrl;
  try {
    return purifier().sanitize(dirty, CONFIG);
  } finally {
    currentBase = undefined;
  }
}

/**
 * Sanitises a prepared inert element: DOMPurify + policy, then structural enforcement. Returns a new
 * detached <div> in a fresh inert document. (Long posts: ./sanitize-groups.ts, same result in slices.)
 */
export function sanitizeInert(root: Element, baseUrl: string): HTMLElement {
  const fragment = purify(root.innerHTML, baseUrl);
  const out = inertDocument().createElement('div');
  out.append(out.ownerDocument.adoptNode(fragment));
  enforce(out, baseUrl);
  return out;
}

/** Sanitises any HTML with the one configuration. Returns a detached element in an inert document. */
export function sanitizeHtml(html: string, baseUrl: string): HTMLElement {
  const root = parseInert(html);
  prepareInert(root, baseUrl);
  return sanitizeInert(root, baseUrl);
}

/** Structural rules DOMPurify hooks cannot apply (they see one node at a time). */
function enforce(root: HTMLElement, baseUrl: string): void {
  enforceLocal(root, baseUrl);
  keepLinkedIds(root);
}

/**
 * The rules that look only at an element and its descendants, so running them on each top-level group
 * of a long post gives what one run on the whole body gives (keepLinkedIds, which needs every link, is not one).
 */
export function enforceLocal(root: HTMLElement, baseUrl: string): void {
  for (const el of [...root.querySelectorAll('*')]) applyPolicy(el, baseUrl); // idempotent second check
  for (const img of [...root.querySelectorAll('img')]) {
    if (!img.hasAttribute('src')) {
      const first = img.getAttribute('srcset')?.split(/\s+/)[0];
      if (first) img.setAttribute('src', first);
    }
    if (!img.hasAttribute('src') || isTrackingPixel(img)) img.remove();
  }
  for (const source of [...root.querySelectorAll('source')]) {
    if (!source.hasAttribute('src') && !source.hasAttribute('srcset')) source.remove();
  }
  for (const picture of [...root.querySelectorAll('picture')]) if (!picture.querySelector('img')) picture.remove();
  for (const media of [...root.querySelectorAll('video, audio')]) {
    if (!media.hasAttribute('src') && !media.querySelector('source')) media.remove();
  }
  for (const track of [...root.querySelectorAll('track')]) if (!track.hasAttribute('src')) track.remove();
  // A link whose target was refused keeps its text; an <a> that is only a named target becomes a span.
  for (const a of [...root.querySelectorAll('a:not([href])')]) {
    if (a.hasAttribute('id')) {
      const span = a.ownerDocument.createElement('span');
      span.setAttribute('id', a.getAttribute('id') ?? '');
      span.append(...a.childNodes);
      a.replaceWith(span);
    } else a.replaceWith(...a.childNodes);
  }
}

/** An id survives only when some in-page link points at it (footnotes, back-links, linked headings). */
export function keepLinkedIds(root: Element): void {
  const targets = new Set<string>();
  for (const a of root.querySelectorAll('a[href^="#"]')) {
    const raw = (a.getAttribute('href') ?? '').slice(1);
    targets.add(raw);
    try {
      targets.add(decodeURIComponent(raw));
    } catch {
      // a malformed escape: only the raw form can match
    }
  }
  for (const el of [...root.querySelectorAll('[id]')]) {
    if (!targets.has(el.getAttribute('id') ?? '')) el.removeAttribute('id');
  }
}
