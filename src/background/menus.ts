/**
 * Context menu items. Created once in runtime.onInstalled (they persist; recreating them on every
 * service-worker start would throw duplicate-id errors), only on web pages.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { MenuCopyFormat } from '../shared/messages';
import type { QuoteClick } from './quote-from-menu';

export const MENU_IDS = {
  open: 'clearpost-open-reader',
  copyText: 'clearpost-copy-text',
  copyMarkdown: 'clearpost-copy-markdown',
  copyQuote: 'clearpost-copy-quote',
  copyHtml: 'clearpost-copy-html',
} as const;

const WEB_PAGES = ['http://*/*', 'https://*/*'];

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const items: Array<[string, string]> = [
    [MENU_IDS.open, 'menuOpenReader'],
    [MENU_IDS.copyText, 'menuCopyText'],
    [MENU_IDS.copyMarkdown, 'menuCopyMarkdown'],
    [MENU_IDS.copyHtml, 'menuCopyHtml'],
  ];
  for (const [id, key] of items) {
    browser.contextMenus.create({ id, title: t(key), contexts: ['page'], documentUrlPatterns: WEB_PAGES });
  }
  // On selected text, in web pages and in the reader frame (our own page: each browser shows an extension's
  // items on its own pages, and only its own; no documentUrlPatterns, since Chromium serves the reader from a
  // per-session origin, use_dynamic_url). The click says which frame it came from (./quote-from-menu.ts).
  browser.contextMenus.create({ id: MENU_IDS.copyQuote, title: t('menuCopyQuote'), contexts: ['selection'] });
}

export interface MenuActions {
  openReader(tab: Tabs.Tab): Promise<unknown>;
  copyFromMenu(tab: Tabs.Tab, format: MenuCopyFormat): Promise<unknown>;
  quoteFromMenu(tab: Tabs.Tab, info: QuoteClick): Promise<unknown>;
}

export function onMenuClicked(actions: MenuActions) {
  return (info: Menus.OnClickData, tab: Tabs.Tab | undefined): void => {
    if (!tab) return;
    if (info.menuItemId === MENU_IDS.open) void actions.openReader(tab);
    else if (info.menuItemId === MENU_IDS.copyText) void actions.copyFromMenu(tab, 'text');
    else if (info.menuItemId === MENU_IDS.copyMarkdown) void actions.copyFromMenu(tab, 'markdown');
    else if (info.menuItemId === MENU_IDS.copyQuote) void actions.quoteFromMenu(tab, info);
    else if (info.menuItemId === MENU_IDS.copyHtml) void actions.copyFromMenu(tab, 'html');
  };
}
