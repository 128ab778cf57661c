/**
 * Background entry (Chromium service worker / Firefox event page): wiring only. Every listener is
 * registered synchronously at the top level, so a restarted MV3 worker receives the event that woke it.
 * The only state is the in-memory reader sessions (sessions.ts), which a restart loses on purpose: the
 * reader then says so and offers a retry.
 */
import browser from 'webextension-polyfill';
import { fetchPost } from '../core/rest';
import type { ToBackground } from '../shared/messages';
import { handleMessages, sendToTab } from '../shared/messaging';
import { flashBadge, setBadge } from './badge';
import { syncDetector } from './auto-detect';
import { copyFromMenu } from './copy-from-menu';
import { createMenus, onMenuClicked } from './menus';
import { openReader } from './open-reader';
import { lostSessionError, Sessions } from './sessions';
import { registerTestTrigger } from './test-trigger';
import { t } from '../shared/i18n';

const sessions = new Sessions({ fetchPost: (detection, { signal }) => fetchPost(detection, { signal }) });

browser.action.onClicked.addListener((tab) => void openReader(tab));
browser.contextMenus.onClicked.addListener(onMenuClicked({ openReader, copyFromMenu }));
browser.tabs.onRemoved.addListener((tabId) => sessions.cancelTab(tabId));

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  void syncDetector().catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => void syncDetector().catch(() => undefined));
browser.permissions.onAdded.addListener(() => void syncDetector().catch(() => undefined));
browser.permissions.onRemoved.addListener(() => void syncDetector().catch(() => undefined));

handleMessages<ToBackground>(
  {
    startSession: ({ session, detection }, sender) => {
      // The policy guarantees a tab; the type does not.
      if (sender.tab?.id !== undefined) sessions.start(session, sender.tab.id, detection);
    },
    getArticle: async ({ session }, sender) => {
      const outcome = await sessions.get(session);
      const owner = sessions.tabOf(session);
      // A reader frame only reads its own tab's session.
      if (owner !== undefined && sender.tab?.id !== undefined && owner !== sender.tab.id) {
        return { ok: false, error: lostSessionError().data };
      }
      return outcome;
    },
    getPageSnapshot: async ({ session }, sender) => {
      const owner = sessions.tabOf(session);
      const tabId = sender.tab?.id ?? owner;
      // A reader frame only reads its own tab's page (the session may be gone after a worker restart:
      // the frame's own tab is still the right one).
      if (tabId === undefined || (owner !== undefined && owner !== tabId)) throw lostSessionError();
      return sendToTab(tabId, 'pageSnapshot', { session });
    },
    cancelSession: ({ session }) => sessions.cancel(session),
    readerEvicted: async ({ session, reason }, sender) => {
      sessions.cancel(session);
      if (sender.tab?.id !== undefined) await flashBadge(sender.tab.id, 'error', t(reason === 'navigated' ? 'badgeHijacked' : 'badgeEvicted'));
    },
    closeReader: async ({ session }, sender) => {
      const tabId = sessions.tabOf(session) ?? sender.tab?.id;
      sessions.cancel(session);
      if (tabId !== undefined) await sendToTab(tabId, 'closeReader', {});
    },
    detectorFound: async ({ postLike }, sender) => {
      if (postLike && sender.tab?.id !== undefined) await setBadge(sender.tab.id, 'wordpress', t('badgeWordPress'));
    },
  },
  {
    startSession: 'content',
    getArticle: 'extension',
    getPageSnapshot: 'extension',
    cancelSession: 'any',
    readerEvicted: 'content',
    closeReader: 'extension',
    detectorFound: 'content',
  },
);

// Test builds only; `__CLEARPOST_TEST__` is a compile-time constant, so store builds drop this code.
if (__CLEARPOST_TEST__) registerTestTrigger({ openReader, copyFromMenu });
