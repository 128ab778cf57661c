/**
 * Lazy-load plugins swap `src` for a placeholder and keep the real URL in `data-*` attributes, often
 * with a `<noscript>` copy of the real image. Runs on the raw inert parse BEFORE DOMPurify, which drops
 * `<noscript>` and `data-*`. Patterns: docs/wordpress.md §4.4 (WP Rocket, Jetpack
 * Lazy Images, lazysizes-based plugins, Jetpack/WordPress.com `data-orig-file`).
 */
import { parseHtmlBody } from './dom';

/** Real-source attributes in order of trust (the first present wins over `src`). */
const SRC_ATTRS = ['data-lazy-src', 'data-src', 'data-lazy-original', 'data-original', 'data-cfsrc'];
const SRCSET_ATTRS = ['data-lazy-srcset', 'data-srcset'];
const SIZES_ATTRS = ['data-lazy-sizes', 'data-sizes'];
/** Used only when `src` is missing or a placeholder: on Jetpack images it sits next to a real `src`. */
const FALLBACK_SRC_ATTRS = ['data-orig-file', 'data-large-file'];

const MEDIA = 'img, source, video, audio';

/** A placeholder, not an image: data: URIs and the usual "blank"/"lazy" stand-in files. */
export function isPlaceholderSrc(value: string | null): boolean {
  if (value === null || value.trim() === '') return true;
  const v = value.trim().toLowerCase();
  return (
    v.startsWith('data:') ||
    /(lazy[_-]?placeholder|lazy[_-]?load\.(gif|png|svg)|preload\.png|blank\.gif|spacer\.gif|transparent\.(gif|png)|placeholder\.(gif|png|svg))(\?|$)/.test(
      v,
    )
  );
}

function first(el: Element, names: string[]): string | undefined {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

function hasLazyMarkers(el: Element): boolean {
  return (
    [...SRC_ATTRS, ...SRCSET_ATTRS].some((name) => el.hasAttribute(name)) ||
    /(^|\s)(lazy|lazyload|lazy-hidden|jetpack-lazy-image)(\s|$)/.test(el.getAttribute('class') ?? '') ||
    isPlaceholderSrc(el.getAttribute('src'))
  );
}

/** Jetpack marks a not-yet-loaded Photon URL with `is-pending-load=1`; the loaded image drops it. */
function dropPendingLoad(url: string): string {
  return url.replace(/([?&])is-pending-load=1(&|$)/, (_m, sep: string, end: string) => (end ? sep : '')).replace(/[?&]$/, '');
}

/** Promotes real sources on one element; removes placeholders. */
function promote(el: Element): void {
  const real = first(el, SRC_ATTRS);
  if (real) el.setAttribute('src', dropPendingLoad(real));
  else if (isPlaceholderSrc(el.getAttribute('src'))) {
    const fallback = first(el, FALLBACK_SRC_ATTRS);
    if (fallback) el.setAttribute('src', fallback);
    else el.removeAttribute('src');
  }
  const srcset = first(el, SRCSET_ATTRS);
  if (srcset) el.setAttribute('srcset', srcset);
  if (/^\s*data:/i.test(el.getAttribute('srcset') ?? '')) el.removeAttribute('srcset');
  const sizes = first(el, SIZES_ATTRS);
  // lazysizes' data-sizes="auto" is computed by its script; without it the attribute means nothing.
  if (sizes && sizes !== 'auto') el.setAttribute('sizes', sizes);
  else if (sizes === 'auto' || el.getAttribute('sizes') === 'auto') el.removeAttribute('sizes');
}

/** The markup inside a <noscript>: elements when the parser had scripting off, else its raw text. */
function noscriptContent(noscript: Element): DocumentFragment {
  const doc = noscript.ownerDocument;
  if (noscript.children.length > 0) {
    const fragment = doc.createDocumentFragment();
    fragment.append(...noscript.childNodes);
    return fragment;
  }
  // Parsed with scripting on: the content is text. Parse it in a fresh inert document (nothing runs or
  // loads there) and bring the nodes into this one.
  const fragment = doc.createDocumentFragment();
  fragment.append(...parseHtmlBody(noscript.textContent ?? '').childNodes); // append adopts them
  return fragment;
}

function previousElement(node: Node): Element | undefined {
  let prev = node.previousSibling;
  while (prev && prev.nodeType === 3 && (prev.textContent ?? '').trim() === '') prev = prev.previousSibling;
  return prev && prev.nodeType === 1 ? (prev as Element) : undefined;
}

/** True when `el` is (or only wraps) a lazy placeholder image. */
function isPlaceholderTwin(el: Element): boolean {
  const img = el.matches('img, picture')
    ? el
    : el.querySelectorAll('img').length === 1 && (el.textContent ?? '').trim() === ''
      ? el.querySelector('img')
      : null;
  if (!img) return false;
  const target = img.matches('picture') ? img.querySelector('img') : img;
  return target !== null && hasLazyMarkers(target);
}

export function promoteLazyImages(root: Element): void {
  for (const noscript of [...root.querySelectorAll('noscript')]) {
    const content = noscriptContent(noscript);
    if (!content.querySelector('img, picture, video')) {
      noscript.remove();
      continue;
    }
    // Prefer the <noscript> copy (it carries the real src) and delete the placeholder twin before it.
    const twin = previousElement(noscript);
    if (twin && isPlaceholderTwin(twin)) twin.remove();
    noscript.replaceWith(content);
  }
  for (const el of [...root.querySelectorAll(MEDIA)]) promote(el);
}
