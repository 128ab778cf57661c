/**
 * The attribute policy applied to every element DOMPurify keeps (its `afterSanitizeAttributes` hook),
 * and re-checked after sanitising. Site classes, ids and data-* would collide with the reader's own
 * styles and scripts, so almost nothing of them survives.
 */
import { videoEmbed } from './embeds';
import { httpUrl } from '../url';
import { safeHref, sanitizeSrcset } from './urls';

/** Classes Clearpost adds itself (`cp-*`); `language-*` only on code blocks (the language is content). */
export function filterClasses(tag: string, value: string): string {
  return value
    .split(/\s+/)
    .filter((c) => /^cp-[a-z0-9-]+$/.test(c) || ((tag === 'code' || tag === 'pre') && /^language-[\w+#.-]{1,40}$/.test(c)))
    .join(' ');
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
