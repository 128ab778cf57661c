/**
 * WordPress.com simple sites (docs/wordpress.md §1.10): no `/wp-json/` on the site host and no api.w.org
 * link, so the REST client must go through public-api.wordpress.com with the site's host as `{site}`.
 */
import type { LinkFacts } from './head-links';

export interface WpcomFacts {
  /** Each marker found, for `signals`. */
  markers: string[];
  /** The `{site}` for public-api.wordpress.com, when the markers say this is a WordPress.com site. */
  site?: string;
}

const WPCOM_HOST = /^[a-z0-9-]+\.wordpress\.com$/i;
const WPCOM_GENERATOR = /^WordPress\.com\b/i;
const PUBLIC_API = 'public-api.wordpress.com';

/**
 * Whether a WordPress.com static asset (s0.wp.com) can change wpcomFacts' answer: only next to one of the
 * other markers. Alone, such an asset is not evidence (any site can load one) and is not even reported, so
 * the caller need not read every asset of the page to look for it.
 */
export function wpcomAssetMatters(input: { page: URL; links: LinkFacts; generators: string[] }): boolean {
  return (
    input.generators.some((g) => WPCOM_GENERATOR.test(g)) ||
    input.links.editUri.some((u) => WPCOM_HOST.test(u.hostname)) ||
    input.links.oembed.some((u) => u.hostname === PUBLIC_API) ||
    WPCOM_HOST.test(input.page.hostname)
  );
}

export function wpcomFacts(input: { page: URL; links: LinkFacts; generators: string[]; wpcomAsset: string | undefined }): WpcomFacts {
  const markers: string[] = [];
  let site: string | undefined;
  const generator = input.generators.find((g) => WPCOM_GENERATOR.test(g));
  if (generator !== undefined) markers.push(`generator: ${generator}`);
  // The EditURI host is the *.wordpress.com slug even on a custom domain.
  const editUri = input.links.editUri.find((u) => WPCOM_HOST.test(u.hostname));
  if (editUri) {
    markers.push(`EditURI: ${editUri.href}`);
    site = editUri.hostname.toLowerCase();
  }
  const oembed = input.links.oembed.find((u) => u.hostname === PUBLIC_API);
  if (oembed) markers.push(`oEmbed: ${oembed.href}`);
  if (input.wpcomAsset !== undefined) markers.push(`asset: ${input.wpcomAsset}`);
  const onWpcomHost = WPCOM_HOST.test(input.page.hostname);
  // Jetpack sites also load s0.wp.com assets and may use the public-api oEmbed; alone they do not make a
  // site "simple". The generator, the EditURI slug or the host itself do.
  if (generator !== undefined || editUri || onWpcomHost) site ??= input.page.hostname.toLowerCase();
  if (site !== undefined) return { markers, site };
  // Not simple, but a public-api oEmbed link is still WordPress (Jetpack): keep the markers as evidence.
  return { markers: oembed ? markers : [] };
}
