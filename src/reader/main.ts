/**
 * Reader page entry: wiring only. Behaviour lives in reader-app.ts (tested in jsdom); this file plugs in
 * the real messaging, the core (normalisation, page extraction and sanitising happen here, in our
 * extension page, never in the site's page), storage.sync and the clipboard.
 * Only what shows a REST article is loaded up front (normalisation + DOMPurify); page extraction
 * (Readability) and the exports (turndown) are separate chunks, imported when REST fails or on the first
 * copy: they used to be most of the ~290 KB the reader evaluated before it could show anything.
 */
import { normalizePayloadSliced } from '../core/article';
import { applyUiLocale, uiLanguage } from '../shared/i18n';
import { ownExtension, sendToBackground, sendToTab } from '../shared/messaging';
import { settingsStore } from '../shared/settings';
import { browserSpeech, type SpeechEnv } from './aloud/speech';
import { startReader } from './reader-app';
import { createPositionStore } from './reading-position';
import browser from 'webextension-polyfill';
import { pageSnapshot } from './page-snapshot';
import { quoteRelay } from './quote-relay';
import { parseReaderHash } from './session';
import { SLOW_REST_MS } from './slow-rest';

const { session, pageUrl, openedAt } = parseReaderHash(location.hash);
const store = settingsStore();

applyUiLocale(document);
// A debounced settings write still pending when the reader closes is written now.
addEventListener('pagehide', () => void store.flush());

/** Test builds only: an e2e test may install a fake engine here (headless browsers often have no voice). */
let speechEnv: SpeechEnv | undefined;
function speech(): SpeechEnv | undefined {
  // The define inline (not isTestBuild()): the bundler folds it to `false` here and drops the branch from store builds.
  const test = typeof __CLEARPOST_TEST__ !== 'undefined' && __CLEARPOST_TEST__;
  const fake = test ? (window as { __clearpostTestSpeech?: SpeechEnv }).__clearpostTestSpeech : undefined;
  speechEnv = fake ?? browserSpeech(window);
  return speechEnv;
}
// The frame goes away with the reader (Esc, Close, the toolbar button again, the page navigating): so does its
// speech. Synchronously, in the event: the document may be gone by the next task.
addEventListener('pagehide', () => speechEnv?.synth.cancel());

const reader = startReader(document, {
  getArticle: () => sendToBackground('getArticle', { session }),
  // REST failed: the page's markup comes from the content script (./page-snapshot.ts); extraction runs here (page-fallback.ts).
  page: {
    getPageSnapshot: () =>
      pageSnapshot({
        // Firefox: no `tabs` in an extension frame inside a web page (the access throws; page-snapshot.ts relays).
        currentTab: async () => (await browser.tabs.getCurrent())?.id,
        fromTab: (tabId) => sendToTab(tabId, 'pageSnapshot', { session }),
        viaBackground: () => sendToBackground('getPageSnapshot', { session }),
      }),
    extractFromPage: async (...args) => (await import('../core/page')).extractFromPage(...args),
    // A multi-page post's other pages, fetched by the background from the page's own origin (issue 11, item 6).
    getPages: (urls) => sendToBackground('getPostPages', { session, urls }),
  },
  closeReader: () => sendToBackground('closeReader', { session }),
  // Only on the reader's click: the background reads them from the session's own site (issue 11, item 4).
  loadComments: (postId) => sendToBackground('getComments', { session, postId }),
  // Previous / next post, on the reader's click or Alt+PageUp / Alt+PageDown (issue 11, item 2).
  loadAdjacent: (current, direction) => sendToBackground('getAdjacentPost', { session, current, direction }),
  // A plain click on a link to another post of the site: read through REST, shown here (issue 11, item 1).
  loadLinked: (href) => sendToBackground('getLinkedPost', { session, href }),
  // An archive, home or search page: a page of the list it is, read from the session's own site (issue 11, item 3).
  loadList: (page) => sendToBackground('getPostList', { session, page }),
  // storage.local: this device only, removed with the extension's data (issue 11, item 5).
  positions: createPositionStore(browser.storage.local),
  // In slices: a long post must not freeze the loading state (issue 5); the same Article as the menu copy's.
  normalize: (payload) => normalizePayloadSliced(payload),
  // A REST API slower than this: the page version is shown meanwhile (./slow-rest.ts, issue 14).
  slowRestMs: SLOW_REST_MS,
  ...(openedAt !== undefined ? { openedAt } : {}),
  exporters: () => import('../core/export'),
  settings: store,
  locale: uiLanguage(),
  ...(pageUrl ? { pageUrl } : {}),
  print: () => window.print(),
  speech,
});

// The context menu's "Copy quote with source" on a selection in this frame, relayed by the background.
browser.runtime.onMessage.addListener(quoteRelay(session, ownExtension(), async () => (await reader).copyQuote()));
