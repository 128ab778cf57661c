/**
 * Opt-in auto-detect: for each site the user granted (optional_host_permissions, from the options
 * page), a tiny detector content script is registered; on a WordPress post it asks for a "WP" badge.
 * Registrations are re-synced from the granted origins on every permission change and on startup
 * (registerContentScripts with persistAcrossSessions would survive, but a re-sync also heals a
 * registration that went stale while the extension was updated).
 */
import browser from 'webextension-polyfill';
import detectorScript from '../content/detector.ts?script&iife';

export const DETECTOR_ID = 'clearpost-detector';

/** The granted web origins, as match patterns. */
export function grantedWebOrigins(origins: readonly string[] | undefined): string[] {
  return (origins ?? []).filter((o) => /^(https?|\*):\/\//.test(o));
}

export async function syncDetector(): Promise<void> {
  const { origins } = await browser.permissions.getAll();
  const matches = grantedWebOrigins(origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DETECTOR_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [DETECTOR_ID] });
    return;
  }
  const script = { id: DETECTOR_ID, js: [detectorScript], matches, runAt: 'document_idle' as const };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
}
