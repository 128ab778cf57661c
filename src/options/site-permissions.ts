/**
 * Opt-in auto-detect: one site at a time, as an optional host permission (the webext-permission-toggle
 * model, docs/style.md §1): nothing is granted at install, and the user can take it back here.
 */

/** What the user typed ("example.com", "https://example.com/blog/") → "https://example.com". */
export function siteOrigin(input: string): string | undefined {
  const value = input.trim();
  if (!value) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password) return undefined;
    // A bare word ("wordpress") is a typo, not a site; localhost is allowed for local WordPress installs.
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** Match pattern for a whole origin. Ports are not part of match patterns, so they are dropped. */
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
