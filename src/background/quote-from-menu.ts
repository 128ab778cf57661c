/**
 * Context menu "Copy quote with source" on selected text (issue 10 §2). Two places it can be used:
 * - the reader frame (our extension page inside the tab): the reader quotes its own selection, from the
 *   article it shows; the background only relays the click to the frame of that session;
 * - the original page: the selection is read from the page by the content script (hostile text, only ever
 *   text, capped), the article comes from the REST post when the page is WordPress or from the page itself
 *   otherwise (the same detection, REST client and extraction as "Copy clean text", ./copy-from-menu.ts), and
 *   the quote is written to the clipboard from an extension page (./clipboard.ts).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { bindDetection } from '../core/detect/boundary';
import { ReaderError, toReaderErrorData } from '../core/errors';
import { parseReaderHash } from '../reader/session';
import { errorText } from '../shared/error-text';
import { t } from '../shared/i18n';
import type { ToReader } from '../shared/messages';
import { type OwnExtension, ownExtension, sendRuntime, sendToTab, unwrapReply } from '../shared/messaging';
import { READER_PAGE } from '../shared/paths';
import { flashBadge } from './badge';
import { copyQuoteToClipboard } from './clipboard';
import { type CopyResult, copySource } from './copy-from-menu';
import { prepareTab } from './open-reader';
import { tabPageUrl } from './sender-page';

/** A selection longer than this is cut: a quote is a passage, and the page must not make us copy megabytes. */
export const MAX_QUOTE_CHARS = 100_000;

/** The reader session a click in our reader frame belongs to; undefined for any other frame. */
export function readerSessionOf(frameUrl: string | undefined, own: OwnExtension): string | undefined {
  if (!frameUrl || !own.origins.some((origin) => frameUrl.startsWith(origin))) return undefined;
  const url = new URL(frameUrl);
  if (!url.pathname.endsWith(`/${READER_PAGE}`)) return undefined;
  return parseReaderHash(url.hash).session || undefined;
}

/** The page's selection as the content script reports it, checked; the menu's own selectionText otherwise. */
export function selectionFrom(reply: unknown, fallback: string | undefined): string {
  const text = typeof reply === 'object' && reply !== null ? (reply as { text?: unknown }).text : undefined;
  const chosen = typeof text === 'string' && text.trim() !== '' ? text : (fallback ?? '');
  return chosen.slice(0, MAX_QUOTE_CHARS);
}

/**
 * Chromium delivers the background's runtime broadcast to the reader frame; Firefox does not deliver it to an
 * extension frame inside a web page (measured: "Receiving end does not exist"), but its tabs.sendMessage reaches
 * that frame. Either way only the reader of that session answers (src/reader/quote-relay.ts).
 */
async function relayToReader(session: string, tabId: number | undefined, frameId: number | undefined): Promise<void> {
  try {
    await sendRuntime<ToReader, 'quoteSelection'>('quoteSelection', { session });
  } catch (error) {
    if (tabId === undefined) throw error;
    const message = { cp: 1, type: 'quoteSelection', payload: { session } };
    const reply: unknown = await browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId }).catch(() => undefined);
    unwrapReply(reply);
  }
}

export type QuoteClick = Pick<Menus.OnClickData, 'frameUrl' | 'frameId' | 'selectionText'>;

export async function quoteFromMenu(tab: Tabs.Tab, info: QuoteClick, own: OwnExtension = ownExtension()): Promise<CopyResult> {
  const session = readerSessionOf(info.frameUrl, own);
  if (session !== undefined) {
    try {
      await relayToReader(session, tab.id, info.frameId);
      return { ok: true, text: '' };
    } catch (error) {
      return { ok: false, error: toReaderErrorData(error) };
    }
  }
  const tabId = await prepareTab(tab);
  if (tabId === undefined) return { ok: false, error: new ReaderError('not-wordpress', { url: tab.url }).data };
  try {
    // Our content script runs in the top frame only: a selection in a subframe comes from the menu's selectionText.
    const reply = info.frameId ? undefined : await sendToTab(tabId, 'selection', {}).catch(() => undefined);
    const selection = selectionFrom(reply, info.selectionText);
    if (selection.trim() === '') {
      await flashBadge(tabId, 'error', t('reader_quoteNoSelection'));
      return { ok: false, error: new ReaderError('cancelled').data };
    }
    const detection = bindDetection(await sendToTab(tabId, 'detect', {}), await tabPageUrl(tabId));
    const text = await copyQuoteToClipboard(selection, await copySource(tabId, detection));
    await flashBadge(tabId, 'ok', t('badgeCopiedQuote'));
    return { ok: true, text };
  } catch (error) {
    const data = toReaderErrorData(error);
    await flashBadge(tabId, 'error', errorText(data).message);
    return { ok: false, error: data };
  }
}
