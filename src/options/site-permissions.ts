/**
 * Opt-in auto-detect: one site at a time, as an optional host permission (the webext-permission-toggle
 * model, docs/style.md §1): nothing is granted at install, and the user can take it back here.
 */
import { registrableDomain } from '../core/url';

/** Why an address cannot be allowed; each has its own message in the options page (_locales). */
export type SiteProblem = 'invalid' | 'wildcard' | 'suffix' | 'port';

export type SiteInput = { ok: true; origin: string } | { ok: false; problem: SiteProblem };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * What the user typed ("example.com", "https://example.com/blog/") → "https://example.com", or why not.
 * The origin becomes a host permission and the auto-detect script's match pattern, so only one exact host
 * gets through: a `*` would become a wildcard pattern (`*.com` → `https://*.com/*`: every .com site), a
 * bare suffix (`com`, `co.uk`) names no site, and a port is refused because match patterns have none (the
 * grant would silently cover every port). A path is fine: pasting a post's URL allows its whole site, and
 * the status line says which origin was allowed.
 */
export function siteOrigin(input: string): SiteInput {
  const value = input.trim();
  if (!value) return { ok: false, problem: 'invalid' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: /\*/.test(value) ? 'wildcard' : 'invalid' };
  }
  // The parser percent-decodes the host (`%2A.com` is `*.com`): look at what it made of it.
  if (url.hostname.includes('*') || /^\*|:\/\/\*/.test(value)) return { ok: false, problem: 'wildcard' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'invalid' };
  if (url.username || url.password) return { ok: false, problem: 'invalid' };
  if (url.port !== '') return { ok: false, problem: 'port' };
  const host = url.hostname;
  if (host === 'localhost' || host.startsWith('[')) return { ok: true, origin: url.origin };
  if (IPV4.test(host)) {
    // `1.2.3` or `0x7f.1` parse as IPv4 addresses the user never typed: only a dotted quad as typed.
    return value.toLowerCase().includes(host) ? { ok: true, origin: url.origin } : { ok: false, problem: 'invalid' };
  }
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return { ok: false, problem: 'invalid' };
  }
  // A public suffix is its own registrable domain's parent: one more label in front makes a site of its own.
  if (registrableDomain(`x.${host}`) === `x.${host}`) return { ok: false, problem: 'suffix' };
  return { ok: true, origin: url.origin };
}

/** Match pattern for a whole origin (siteOrigin refuses ports: match patterns have none). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** "https://example.com/*" → "https://example.com"; other patterns (wildcards) are shown as they are. */
export function patternLabel(pattern: string): string {
  return pattern.endsWith('/*') && !pattern.includes('*://') && !pattern.includes('://*') ? pattern.slice(0, -2) : pattern;
}

export interface PermissionsLike {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  getAll(): Promise<{ origins?: string[] }>;
}

export interface ManifestLike {
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
}

/**
 * The origins the user granted here: everything granted minus what the manifest itself requires (test
 * builds require http://127.0.0.1/*; Chromium also reports content-script matches as granted).
 */
export async function grantedSites(permissions: PermissionsLike, manifest: ManifestLike): Promise<string[]> {
  const required = new Set([...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? [])]);
  const { origins = [] } = await permissions.getAll();
  return origins.filter((origin) => !required.has(origin) && origin !== '<all_urls>').sort();
}
