/**
 * Reader page entry: wiring only. Behaviour lives in reader-app.ts (tested in jsdom); this file plugs in
 * the real messaging, the core (normalisation, page extraction and sanitising happen here, in our
 * extension page, never in the site's page), storage.sync and the clipboard.
 */
import { normalizePost } from '../core/article';
import { toHtml, toMarkdown, toPlainText } from '../core/export';
import { extractFromPage } from '../core/page';
import type { Detection } from '../core/types';
import { uiLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/messaging';
import { settingsStore } from '../shared/settings';
import { startReader } from './reader-app';
import { parseReaderHash } from './session';

const { session, pageUrl } = parseReaderHash(location.hash);
const store = settingsStore();

/** Detection may carry the page's <link rel="canonical"> (optional: older detections do not). */
function canonicalOf(detection: Detection): string | undefined {
  const value: unknown = (detection as Detection & { canonicalUrl?: unknown }).canonicalUrl;
  return typeof value === 'string' ? value : undefined;
}

document.documentElement.lang = uiLanguage();
// A debounced settings write still pending when the reader closes is written now.
addEventListener('pagehide', () => void store.flush());

void startReader(document, {
  getArticle: () => sendToBackground('getArticle', { session }),
  // REST failed: the page's markup comes from the content script; extraction runs here (page-fallback.ts).
  page: { getPageSnapshot: () => sendToBackground('getPageSnapshot', { session }), extractFromPage },
  closeReader: () => sendToBackground('closeReader', { session }),
  normalize: ({ detection, fetched }) => {
    const canonicalUrl = canonicalOf(detection);
    return normalizePost(fetched, { pageUrl: detection.pageUrl, ...(canonicalUrl ? { canonicalUrl } : {}) });
  },
  exporters: { toPlainText, toMarkdown, toHtml },
  settings: store,
  locale: uiLanguage(),
  ...(pageUrl ? { pageUrl } : {}),
  print: () => window.print(),
});
