/**
 * Short confirmations on the toolbar icon (no notifications permission needed): "✓" after a copy,
 * "!" on a failure, "WP" from the opt-in detector. Per tab, so other tabs are untouched.
 */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

export type BadgeKind = 'ok' | 'error' | 'restricted' | 'wordpress';

const STYLE: Record<BadgeKind, { text: string; color: string }> = {
  ok: { text: '✓', color: '#1a7f37' },
  error: { text: '!', color: '#b3261e' },
  restricted: { text: '–', color: '#5f6368' },
  wordpress: { text: 'WP', color: '#3858e9' },
};

/** How long a flashed badge stays (a confirmation, not a state). */
const FLASH_MS = 2500;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

export async function setBadge(tabId: number, kind: BadgeKind | undefined, title?: string): Promise<void> {
  const pending = timers.get(tabId);
  if (pending !== undefined) clearTimeout(pending);
  timers.delete(tabId);
  try {
    if (kind === undefined) {
      await browser.action.setBadgeText({ tabId, text: '' });
      // The default tooltip again (Firefox accepts null for that, Chromium only a string).
      await browser.action.setTitle({ tabId, title: t('actionTitle') });
      return;
    }
    const { text, color } = STYLE[kind];
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeText({ tabId, text });
    if (title) await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab may have closed meanwhile: nothing to show it on.
  }
}

/** Shows `kind` for a moment, then restores what was there before (e.g. the detector's "WP"). */
export async function flashBadge(tabId: number, kind: BadgeKind, title?: string): Promise<void> {
  let previous = '';
  try {
    previous = await browser.action.getBadgeText({ tabId });
  } catch {
    return;
  }
  await setBadge(tabId, kind, title);
  timers.set(
    tabId,
    setTimeout(() => {
      timers.delete(tabId);
      if (previous === STYLE.wordpress.text) void setBadge(tabId, 'wordpress');
      else void setBadge(tabId, undefined);
    }, FLASH_MS),
  );
}
