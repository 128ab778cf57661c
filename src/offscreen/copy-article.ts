/**
 * Normalise → export → clipboard, in an extension page with a DOM (the Chromium offscreen document or
 * Firefox's background page). Cleaning and sanitising happen here, in our own page, never in the site's.
 */
import { normalizePayload } from '../core/article';
import { ReaderError } from '../core/errors';
import { type ExportOptions, toHtml, toMarkdown, toPlainText } from '../core/export';
import { extractFromPage } from '../core/page';
import type { Article } from '../core/types';
import type { CopySource, MenuCopyFormat } from '../shared/messages';
import { parseSnapshot } from '../shared/page-snapshot';

/** The REST post, or the page snapshot parsed inert here and extracted (REST failed; issue 4). */
export function articleFrom(source: CopySource): Article {
  if (source.kind === 'rest') return normalizePayload(source.article);
  const { snapshot, reason, detection } = source;
  return extractFromPage(parseSnapshot(snapshot.html), snapshot.url, { reason, ...(detection ? { detection } : {}) });
}

/** What is written: `html` (Copy as HTML) goes with its plain-text flavour, so a plain-text field still gets text. */
export interface MenuCopy {
  text: string;
  html?: string;
}

/** `options`: the words and locale, from the background (the offscreen document has no i18n API). */
export function exportArticle(format: MenuCopyFormat, source: CopySource, options: ExportOptions): MenuCopy {
  const article = articleFrom(source);
  if (format === 'html') return { text: toPlainText(article, options), html: toHtml(article, options) };
  return { text: format === 'markdown' ? toMarkdown(article, options) : toPlainText(article, options) };
}

/**
 * execCommand('copy') first: it is what works in an offscreen document, which never has focus, so
 * navigator.clipboard refuses there (https://developer.chrome.com/docs/extensions/reference/api/offscreen).
 * navigator.clipboard is the fallback (Firefox background page with clipboardWrite).
 */
export async function writeClipboardText(doc: Document, text: string, html?: string): Promise<void> {
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  let copied = false;
  // Rich copy: the copy event's clipboardData takes both flavours (the textarea only gives text/plain).
  const onCopy = (event: ClipboardEvent): void => {
    if (html === undefined || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
  };
  doc.addEventListener('copy', onCopy);
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    doc.removeEventListener('copy', onCopy);
    area.remove();
  }
  if (copied) return;
  try {
    if (html === undefined) await navigator.clipboard.writeText(text);
    else
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
  } catch {
    throw new ReaderError('internal', { detail: 'clipboard' });
  }
}

export async function copyArticle(doc: Document, format: MenuCopyFormat, source: CopySource, options: ExportOptions): Promise<string> {
  const { text, html } = exportArticle(format, source, options);
  await writeClipboardText(doc, text, html);
  // The test trigger echoes what was written; for a rich copy that is the HTML flavour.
  return html ?? text;
}
