/**
 * "Images from other sites: on click" (settings `otherSiteImages`, README "Privacy"). An image of the post whose
 * URL (src, srcset, or a <picture> source) is on another site than the post — by registrable domain, so the
 * site's own subdomains (media.example.org for www.example.org) are its own and a CDN or another domain is not —
 * is replaced, while the body is still in its inert document (nothing loads there), by a button saying the host
 * and the alt text. The image is put in only when the button is clicked: nothing is requested before.
 */
import { t } from '../shared/i18n';
import { el } from './dom';
import { httpUrl, registrableDomain } from '../core/url';

/** The registrable domain ("site") of an http(s) URL, or undefined. */
function siteOf(href: string | null | undefined, base?: string): string | undefined {
  const url = httpUrl(href, base);
  return url ? registrableDomain(new URL(url).hostname) : undefined;
}

function srcsetUrls(value: string | null): string[] {
  return (value ?? '')
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** True when `href` is an http(s) URL on another site (registrable domain) than `pageUrl`. */
export function isOtherSite(href: string | null | undefined, pageUrl: string): boolean {
  const site = siteOf(pageUrl);
  const other = siteOf(href, pageUrl);
  return site !== undefined && other !== undefined && other !== site;
}

/** The first URL of `node` (an img or a picture) on a site other than `site`, if any. */
function otherSiteUrl(node: Element, site: string, base: string): string | undefined {
  const parts = node.tagName === 'PICTURE' ? [...node.querySelectorAll('img, source')] : [node];
  for (const part of parts) {
    for (const href of [part.getAttribute('src'), ...srcsetUrls(part.getAttribute('srcset'))]) {
      const other = href ? siteOf(href, base) : undefined;
      if (other !== undefined && other !== site) return httpUrl(href, base);
    }
  }
  return undefined;
}

/**
 * A button in place of `node` (which stays in its inert document, so nothing loads); clicking it adopts the image
 * into the reader. Event listeners survive the button's own moves between documents (it goes in with the body).
 */
function placeholder(node: Element, href: string, alt: string): HTMLButtonElement {
  const host = new URL(href).host;
  const button = el(
    'button',
    { type: 'button', class: 'cp-image-load', 'data-host': host },
    el('span', {}, t('reader_imageLoad', host)),
    el('span', { class: 'cp-image-alt' }, alt || t('reader_imageNoAlt')),
  );
  button.addEventListener('click', () => {
    const image = button.ownerDocument.adoptNode(node);
    button.replaceWith(image);
    image.querySelector<HTMLImageElement>('img')?.focus();
  });
  return button;
}

/**
 * Replaces every image of `root` hosted on another site than `pageUrl`'s by a click-to-load button; drops a media
 * poster on another site (a poster loads with the page). Returns how many images wait for a click.
 */
export function deferOtherSiteImages(root: ParentNode & Node, pageUrl: string): number {
  const site = siteOf(pageUrl);
  if (site === undefined) return 0;
  let deferred = 0;
  for (const img of [...root.querySelectorAll('img')]) {
    const node = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img;
    if (!root.contains(node)) continue; // gone already with its <picture>
    const href = otherSiteUrl(node, site, pageUrl);
    if (!href) continue;
    const button = placeholder(node, href, (img.getAttribute('alt') ?? '').trim());
    node.replaceWith(button);
    deferred++;
  }
  for (const media of root.querySelectorAll('video[poster]')) {
    if (isOtherSite(media.getAttribute('poster'), pageUrl)) media.removeAttribute('poster');
  }
  return deferred;
}

/** "Always" chosen while an article is open: every waiting image loads now. */
export function loadDeferredImages(root: ParentNode): void {
  for (const button of [...root.querySelectorAll<HTMLButtonElement>('button.cp-image-load')]) button.click();
}
