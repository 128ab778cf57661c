/**
 * The attribute policy applied to every element DOMPurify keeps (its `afterSanitizeAttributes` hook),
 * and re-checked after sanitising. Site classes, ids and data-* would collide with the reader's own
 * styles and scripts, so almost nothing of them survives.
 */
import { videoEmbed } from './embeds';
import { httpUrl } from '../url';
import { safeHref, sanitizeSrcset } from './urls';

/**
 * The only classes the cleaner sets itself (./embeds.ts placeholders, ./structure.ts footnotes). Any other
 * `cp-*` name belongs to the reader's chrome (toolbar, status toast, popover...): content wearing one could
 * pass for Clearpost's own UI, so site input loses every `cp-*` name first (stripReaderNames) and the policy
 * keeps exactly these.
 */
export const CLEANER_CLASSES: ReadonlySet<string> = new Set([
  'cp-embed',
  'cp-embed-load',
  'cp-footnotes',
  'cp-fn',
  'cp-file',
  'cp-math',
  'cp-math-block',
]);

/** Clearpost's own names: classes and ids with this prefix never come from a site. */
const READER_PREFIX = /^cp-/i;

/** The cleaner's own classes; `language-*` only on code blocks (the language is content). */
export function filterClasses(tag: string, value: string): string {
  return value
    .split(/\s+/)
    .filter((c) => CLEANER_CLASSES.has(c) || ((tag === 'code' || tag === 'pre') && /^language-[\w+#.-]{1,40}$/.test(c)))
    .join(' ');
}

/**
 * Site input, before the cleaner's own passes run (they look for `figure.cp-embed`, `a.cp-embed-load`): every
 * `cp-*` class token goes, so a post cannot wear the reader's classes nor pass for one of the cleaner's
 * placeholders. Elements without such a token are not touched (the output of normal content is unchanged).
 */
export function stripReaderNames(root: Element): void {
  for (const el of root.querySelectorAll('[class]')) {
    const tokens = (el.getAttribute('class') ?? '').split(/\s+/);
    if (tokens.some((c) => READER_PREFIX.test(c))) el.setAttribute('class', tokens.filter((c) => c && !READER_PREFIX.test(c)).join(' '));
  }
}

const NUMERIC = ['width', 'height', 'colspan', 'rowspan', 'span', 'start', 'value'];

function setOrRemove(el: Element, name: string, value: string | undefined): void {
  if (value === undefined || value === '') el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function applyLink(el: Element, base: string): void {
  const href = safeHref(el.getAttribute('href'), base);
  setOrRemove(el, 'href', href);
  if (href !== undefined && /^https?:/i.test(href)) {
    // External: open in a new tab without giving the site a handle on the reader (window.opener).
    el.setAttribute('rel', 'noopener noreferrer');
    el.setAttribute('target', '_blank');
  } else {
    el.removeAttribute('rel');
    el.removeAttribute('target');
  }
}

function applyEmbed(el: Element): void {
  const src = el.getAttribute('data-embed-src');
  const isLoader = el.tagName === 'A' && (el.getAttribute('class') ?? '').split(/\s+/).includes('cp-embed-load');
  const embed = isLoader ? videoEmbed(src) : undefined;
  if (!embed || embed.embedSrc !== src) {
    el.removeAttribute('data-embed-src');
    el.removeAttribute('data-embed-provider');
    return;
  }
  // The provider name comes from our table, never from the content.
  el.setAttribute('data-embed-provider', embed.provider);
}

/** Rewrites one element's attributes to the policy. `base` resolves relative URLs. */
export function applyPolicy(el: Element, base: string): void {
  const tag = el.tagName.toLowerCase();
  const cls = el.getAttribute('class');
  if (cls !== null) setOrRemove(el, 'class', filterClasses(tag, cls));
  // The reader's own ids (#cp-status, #cp-close...) are never the site's (an <a name> becomes an id later, too).
  if (READER_PREFIX.test(el.getAttribute('id') ?? '')) el.removeAttribute('id');
  el.removeAttribute('style');
  if (tag === 'a') applyLink(el, base);
  else {
    el.removeAttribute('target');
    el.removeAttribute('rel');
  }
  if (el.hasAttribute('data-embed-src') || el.hasAttribute('data-embed-provider')) applyEmbed(el);
  for (const name of ['src', 'poster']) {
    if (el.hasAttribute(name)) setOrRemove(el, name, httpUrl(el.getAttribute(name), base));
  }
  if (el.hasAttribute('srcset')) setOrRemove(el, 'srcset', sanitizeSrcset(el.getAttribute('srcset'), base));
  if (el.hasAttribute('cite')) setOrRemove(el, 'cite', httpUrl(el.getAttribute('cite'), base));
  for (const name of NUMERIC) {
    const value = el.getAttribute(name);
    if (value !== null && !/^\s*-?\d{1,6}\s*$/.test(value)) el.removeAttribute(name);
  }
  const dir = el.getAttribute('dir');
  if (dir !== null && !/^(ltr|rtl|auto)$/i.test(dir)) el.removeAttribute('dir');
  if (tag === 'video' || tag === 'audio') {
    // Readers start media themselves; nothing is fetched before they ask.
    el.setAttribute('controls', '');
    el.setAttribute('preload', 'none');
  }
  if (tag === 'img') el.setAttribute('loading', 'lazy');
  else el.removeAttribute('loading');
}
