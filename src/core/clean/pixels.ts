/**
 * Tracking pixels: images that exist to report a view, not to be seen. Removed so that opening the
 * reader does not ping the site's (or feed service's) analytics.
 */
import { parseUrl } from '../url';

/** Hosts (and path prefixes) that only serve beacons. */
const TRACKERS: { host: RegExp; path?: RegExp }[] = [
  { host: /^(pixel|stats)\.wp\.com$/ },
  { host: /^feeds\.feedburner\.com$/, path: /^\/~(r|ff)\// },
  { host: /^feedproxy\.google\.com$/, path: /^\/~r\// },
  { host: /^feeds\.feedblitz\.com$/ },
  { host: /(^|\.)google-analytics\.com$/ },
  { host: /^(www\.)?facebook\.com$/, path: /^\/tr/ },
  { host: /^(sb|b)\.scorecardresearch\.com$/ },
  { host: /^pixel\.quantserve\.com$/ },
  { host: /(^|\.)doubleclick\.net$/ },
  { host: /^certify\.alexametrics\.com$/ },
];

function tiny(value: string | null): boolean {
  if (value === null || value.trim() === '') return false;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n <= 2;
}

export function isTrackingPixel(img: Element): boolean {
  if (tiny(img.getAttribute('width')) || tiny(img.getAttribute('height'))) return true;
  const url = parseUrl(img.getAttribute('src'));
  if (!url) return false;
  return TRACKERS.some((t) => t.host.test(url.hostname) && (!t.path || t.path.test(url.pathname)));
}
