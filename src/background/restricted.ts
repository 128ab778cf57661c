/**
 * Pages no extension may script: browser-internal schemes, other extensions, local files (without the
 * user's "allow file URLs" switch) and the add-on stores, where Chromium and Firefox refuse
 * scripting.executeScript. Checking first lets the toolbar button say so clearly instead of failing.
 * - Chromium: https://developer.chrome.com/docs/extensions/develop/concepts/content-scripts (restricted
 *   origins: chrome://, the Chrome Web Store, other extensions).
 * - Firefox: https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Content_scripts
 *   (restricted domains: addons.mozilla.org and friends, about:, moz-extension: of other add-ons).
 */

/** Only web pages can hold a WordPress post; everything else is refused up front. */
const SCRIPTABLE_SCHEMES = new Set(['http:', 'https:']);

/** Hosts where the browsers block content scripts (extensions.webextensions.restrictedDomains etc.). */
const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'addons.allizom.org',
  'addons-dev.allizom.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/**
 * True when Clearpost cannot (or must not) run on `url`: non-web schemes (chrome:, about:, edge:,
 * view-source:, file:, data:, blob:, javascript:, chrome-extension:, moz-extension:, ...), the add-on
 * stores, and a missing or unparsable URL (without activeTab on a page we do not see its URL).
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!SCRIPTABLE_SCHEMES.has(parsed.protocol)) return true;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (STORE_HOSTS.has(host)) return true;
  // The old Chrome Web Store lives under a path of a host that is otherwise scriptable.
  if (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return true;
  return false;
}
