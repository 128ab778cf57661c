/**
 * Background entry (Chromium service worker / Firefox event page): wiring only. Every listener is
 * registered synchronously at the top level, so a restarted MV3 worker receives the event that woke it.
 * The only state is the in-memory reader sessions (sessions.ts), which a restart loses on purpose: the
 * reader then says so and offers a retry.
 */
import browser from 'webextension-polyfill';
import { fetchPost } from '../core/rest';
import type { ToBackground } from '../shared/messages';
import { handleMessages } from '../shared/messaging';
import { syncDetector } from './auto-detect';
import { copyFromMenu } from './copy-from-menu';
import { createMenus, onMenuClicked } from './menus';
import { openReader } from './open-reader';
import { quoteFromMenu } from './quote-from-menu';
import { backgroundHandlers, BACKGROUND_POLICY } from './handlers';
import { Sessions } from './sessions';
import { registerTestTrigger } from './test-trigger';

const sessions = new Sessions({ fetchPost: (detection, { signal }) => fetchPost(detection, { signal }) });

browser.action.onClicked.addListener((tab) => void openReader(tab));
browser.contextMenus.onClicked.addListener(onMenuClicked({ openReader, copyFromMenu, quoteFromMenu }));
browser.tabs.onRemoved.addListener((tabId) => sessions.cancelTab(tabId));

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  void syncDetector().catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => void syncDetector().catch(() => undefined));
browser.permissions.onAdded.addListener(() => void syncDetector().catch(() => undefined));
browser.permissions.onRemoved.addListener(() => void syncDetector().catch(() => undefined));

handleMessages<ToBackground>(backgroundHandlers(sessions), BACKGROUND_POLICY);

// Test builds only; `__CLEARPOST_TEST__` is a compile-time constant, so store builds drop this code.
if (__CLEARPOST_TEST__) registerTestTrigger({ openReader, copyFromMenu, quoteFromMenu });
