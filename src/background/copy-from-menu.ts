/**
 * Context menu "Copy clean text" / "Copy as Markdown": no reader opens. The content script is injected
 * in copy mode (detect only), the background fetches (when REST fails for a reason the page can cure,
 * the content script serialises the page and the extension page extracts from it, as the reader does),
 * the clipboard is written from an extension page with a DOM, and the badge confirms ("✓") or reports the failure ("!", with the reason as the
 * button's tooltip).
 */
import type { Tabs } from 'webextension-polyfill';
import { bindDetection } from '../core/detect/boundary';
import { fetchPost } from '../core/rest';
import { ReaderError, toReaderErrorData } from '../core/errors';
import type { Detection, ReaderErrorData } from '../core/types';
import { errorText } from '../shared/error-text';
import { t } from '../shared/i18n';
import type { CopySource, MenuCopyFormat } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { canExtract } from '../shared/page-snapshot';
import { flashBadge } from './badge';
import { copyToClipboard } from './clipboard';
import { prepareTab } from './open-reader';
import { tabPageUrl } from './sender-page';

export type CopyResult = { ok: true; text: string } | { ok: false; error: ReaderErrorData };

export async function copyFromMenu(tab: Tabs.Tab, format: MenuCopyFormat): Promise<CopyResult> {
  const tabId = await prepareTab(tab);
  if (tabId === undefined) return { ok: false, error: new ReaderError('not-wordpress', { url: tab.url }).data };
  try {
    // The reply comes from the page's renderer: bound to the tab's URL as the browser reports it, like a
    // reader session's (core/detect/boundary.ts), before anything is requested.
    const detection = bindDetection(await sendToTab(tabId, 'detect', {}), await tabPageUrl(tabId));
    const text = await copyToClipboard(format, await copySource(tabId, detection));
    await flashBadge(tabId, 'ok', t(format === 'markdown' ? 'badgeCopiedMarkdown' : format === 'html' ? 'reader_copied_html' : 'badgeCopiedText'));
    return { ok: true, text };
  } catch (error) {
    const data = toReaderErrorData(error);
    await flashBadge(tabId, 'error', errorText(data).message);
    return { ok: false, error: data };
  }
}

export async function copySource(tabId: number, detection: Detection): Promise<CopySource> {
  try {
    return { kind: 'rest', article: { detection, fetched: await fetchPost(detection) } };
  } catch (error) {
    const reason = toReaderErrorData(error);
    if (!canExtract(reason, detection)) throw error;
    return { kind: 'page', snapshot: await sendToTab(tabId, 'pageSnapshot', {}), reason, detection };
  }
}
