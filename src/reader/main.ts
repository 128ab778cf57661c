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
import { startReader } from './reader-app';
import { parseReaderHash } from './session';
import { SLOW_REST_MS } from './slow-rest';

const { session, pageUrl } = parseReaderHash(location.hash);
const store = settingsStore();

applyUiLocale(document);
// A debounced settings write still pending when the reader closes is written now.
addEventListener('pagehide', () => void store.flush());

void startReader(document, {
  getArticle: () => sendToBackground('getArticle', { session }),
  // REST failed: the page's markup comes from the content script; extraction runs here (page-fallback.ts).
  page: {
    getPageSnapshot: () => sendToBackground('getPageSnapshot', { session }),
    extractFromPage: async (...args) => (await import('../core/page')).extractFromPage(...args),
  },
  closeReader: () => sendToBackground('closeReader', { session }),
  // In slices: a long post must not freeze the loading state (issue 5); the same Article as the menu copy's.
  normalize: (payload) => normalizePayloadSliced(payload),
  // A REST API slower than this: the page version is shown meanwhile (./slow-rest.ts, issue 14).
  slowRestMs: SLOW_REST_MS,
  exporters: () => import('../core/export'),
  settings: store,
  locale: uiLanguage(),
  ...(pageUrl ? { pageUrl } : {}),
  print: () => window.print(),
});
