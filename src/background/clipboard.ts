/**
 * Writing a context-menu copy to the clipboard from the background:
 * - Chromium: the service worker has no DOM and no clipboard, so an offscreen document (reason
 *   CLIPBOARD) normalises the post (or extracts it from a page snapshot), exports it and copies with execCommand('copy')
 *   (https://developer.chrome.com/docs/extensions/reference/api/offscreen#reasons).
 * - Firefox: the background is an event page with a DOM; it does the same work itself.
 * Both run src/offscreen/copy-article.ts, so the copied text is exactly the core's export.
 */
import { exportOptions } from '../shared/export-words';
import { sendRuntime } from '../shared/messaging';
import type { CopySource, MenuCopyFormat, ToOffscreen } from '../shared/messages';
import { OFFSCREEN_PAGE } from '../shared/paths';
import { loadSettings } from '../shared/settings';
import { chromeApi, offscreenApi, type OffscreenApi } from './offscreen-api';

let creating: Promise<void> | undefined;
/** Copies in flight: the document is closed only when the last one is done. */
let inFlight = 0;

async function hasOffscreenDocument(): Promise<boolean> {
  const contexts = await chromeApi()?.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  return (contexts?.length ?? 0) > 0;
}

async function ensureOffscreenDocument(api: OffscreenApi): Promise<void> {
  if (await hasOffscreenDocument()) return;
  // One creation at a time: a second createDocument while one is pending throws.
  creating ??= api
    .createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['CLIPBOARD'],
      justification: 'Copy the clean article text to the clipboard from the context menu.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** Returns the text that was copied. Throws ReaderError. Markdown as the user set it up (front matter, links, images). */
export async function copyToClipboard(format: MenuCopyFormat, source: CopySource): Promise<string> {
  const options = exportOptions(await loadSettings());
  return inClipboardPage(
    async () => (await import('../offscreen/copy-article')).copyArticle(document, format, source, options),
    async () => (await sendRuntime<ToOffscreen, 'offscreenCopy'>('offscreenCopy', { format, source, options })).text,
  );
}

/** "Copy quote with source": the selection as a quote of the source's article, three flavours. Returns the plain text. */
export async function copyQuoteToClipboard(selection: string, source: CopySource): Promise<string> {
  return inClipboardPage(
    async () => (await import('../offscreen/copy-quote')).copyQuote(document, selection, source, exportOptions()),
    async () => (await sendRuntime<ToOffscreen, 'offscreenQuote'>('offscreenQuote', { selection, source, options: exportOptions() })).text,
  );
}

/**
 * Runs `here` in Firefox's background page, or `offscreen` with the Chromium offscreen document open.
 * Firefox's branch is loaded on first use: Chromium's service worker never runs it, and a static import would
 * make it parse the cleaner, DOMPurify and Readability at every start (import() is only refused in a worker when called).
 */
async function inClipboardPage(here: () => Promise<string>, offscreen: () => Promise<string>): Promise<string> {
  const api = offscreenApi();
  if (!api) return here();
  inFlight += 1;
  try {
    await ensureOffscreenDocument(api);
    return await offscreen();
  } finally {
    inFlight -= 1;
    // The document is only needed for the write: close it once no other copy uses it.
    if (inFlight === 0) await api.closeDocument().catch(() => undefined);
  }
}
