/**
 * Normalise → export → clipboard, in an extension page with a DOM (the Chromium offscreen document or
 * Firefox's background page). Cleaning and sanitising happen here, in our own page, never in the site's.
 */
import { normalizePayload } from '../core/article';
import { ReaderError } from '../core/errors';
import { type ExportOptions, toMarkdown, toPlainText } from '../core/export';
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

/** `options`: the words and locale, from the background (the offscreen document has no i18n API). */
export function exportArticle(format: MenuCopyFormat, source: CopySource, options: ExportOptions): string {
  const article = articleFrom(source);
  return format === 'markdown' ? toMarkdown(article, options) : toPlainText(article, options);
}

/**
 * execCommand('copy') first: it is what works in an offscreen document, which never has focus, so
 * navigator.clipboard refuses there (https://developer.chrome.com/docs/extensions/reference/api/offscreen).
 * navigator.clipboard is the fallback (Firefox background page with clipboardWrite).
 */
export async function writeClipboardText(doc: Document, text: string): Promise<void> {
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
  }
  if (copied) return;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new ReaderError('internal', { detail: 'clipboard' });
  }
}

export async function copyArticle(doc: Document, format: MenuCopyFormat, source: CopySource, options: ExportOptions): Promise<string> {
  const text = exportArticle(format, source, options);
  await writeClipboardText(doc, text);
  return text;
}
