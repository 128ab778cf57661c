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
import { sendToBackground } from '../shared/messaging';
import { settingsStore } from '../shared/settings';
import { browserSpeech, type SpeechEnv } from './aloud/speech';
import { startReader } from './reader-app';
import { createPositionStore } from './reading-position';
import browser from 'webextension-polyfill';
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

void startReader(document, {
  getArticle: () => sendToBackground('getArticle', { session }),
  // REST failed: the page's markup comes from the content script; extraction runs here (page-fallback.ts).
  page: {
    getPageSnapshot: () => sendToBackground('getPageSnapshot', { session }),
    extractFromPage: async (...args) => (await import('../core/page')).extractFromPage(...args),
  },
  closeReader: () => sendToBackground('closeReader', { session }),
  // Only on the reader's click: the background reads them from the session's own site (issue 11, item 4).
  loadComments: (postId) => sendToBackground('getComments', { session, postId }),
  // Previous / next post, on the reader's click or Alt+PageUp / Alt+PageDown (issue 11, item 2).
  loadAdjacent: (current, direction) => sendToBackground('getAdjacentPost', { session, current, direction }),
  // A plain click on a link to another post of the site: read through REST, shown here (issue 11, item 1).
  loadLinked: (href) => sendToBackground('getLinkedPost', { session, href }),
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
