/**
 * The toolbar click, the shortcut (`_execute_action` fires action.onClicked) and the context menu
 * "Open in reader view" all come here: inject, then toggle (a second click closes the reader).
 */
import type { Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { sendToTab } from '../shared/messaging';
import { flashBadge } from './badge';
import { injectContentScript } from './inject';
import { isRestrictedUrl } from './restricted';

/** The tab's id once our content script is in it; undefined (and a badge saying why) otherwise. */
export async function prepareTab(tab: Tabs.Tab): Promise<number | undefined> {
  const tabId = tab.id;
  if (tabId === undefined || tabId < 0) return undefined;
  // Without activeTab or a host permission the URL is hidden: then only the injection can tell.
  if (tab.url !== undefined && isRestrictedUrl(tab.url)) {
    await flashBadge(tabId, 'restricted', t('badgeRestricted'));
    return undefined;
  }
  try {
    await injectContentScript(tabId);
    return tabId;
  } catch {
    await flashBadge(tabId, 'restricted', t('badgeRestricted'));
    return undefined;
  }
}

export async function openReader(tab: Tabs.Tab): Promise<void> {
  const tabId = await prepareTab(tab);
  if (tabId === undefined) return;
  try {
    await sendToTab(tabId, 'toggleReader', {});
  } catch {
    await flashBadge(tabId, 'error', t('badgeFailed'));
  }
}
