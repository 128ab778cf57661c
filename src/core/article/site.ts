/** The publishing site: from the REST root index when the client had it, else from the post's host. */
import type { Article, WpSiteInfo } from '../types';
import { lineText } from './text';
import { displayHost, httpUrl } from '../url';

export function readSite(site: WpSiteInfo | undefined, postUrl: string): Article['site'] {
  const origin = new URL(postUrl).origin;
  // `home` is the public front end; `url` can be the WordPress install in a subfolder.
  const url = httpUrl(site?.home) ?? httpUrl(site?.url) ?? `${origin}/`;
  // The blog name is stored HTML-escaped by WordPress ("Tom &amp; Jerry"), so decode it as HTML.
  const name = lineText(site?.name) || displayHost(url);
  const iconUrl = httpUrl(site?.iconUrl, url);
  return iconUrl ? { name, url, iconUrl } : { name, url };
}
