/**
 * The toolbar click, the shortcut (`_execute_action` fires action.onClicked) and the context menu
 * "Open in reader view" all come here: one injection that also toggles the reader (a second click
 * closes it).
 */
import type { Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { flashBadge } from './badge';
import { injectContentScript } from './inject';
import { isRestrictedUrl } from './restricted';

/** The tab's id once our content script is in it; undefined (and a badge saying why) otherwise. */
export async function prepareTab(tab: Tabs.Tab, opts: { toggle?: boolean } = {}): Promise<number | undefined> {
  const tabId = tab.id;
  if (tabId === undefined || tabId < 0) return undefined;
  // Without activeTab or a host permission the URL is hidden: then only the injection can tell.
  if (tab.url !== undefined && isRestrictedUrl(tab.url)) {
    await flashBadge(tabId, 'restricted', t('badgeRestricted'));
    return undefined;
  }
  try {
    await injectContentScript(tabId, opts);
    return tabId;
  } catch {
    await flashBadge(tabId, 'restricted', t('badgeRestricted'));
    return undefined;
  }
}

export async function openReader(tab: Tabs.Tab): Promise<void> {
  await prepareTab(tab, { toggle: true });
}
