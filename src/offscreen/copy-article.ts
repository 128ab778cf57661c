/**
 * Normalise → export → clipboard, in an extension page with a DOM (the Chromium offscreen document or
 * Firefox's background page). Cleaning and sanitising happen here, in our own page, never in the site's.
 */
import { normalizePost } from '../core/article';
import { ReaderError } from '../core/errors';
import { toMarkdown, toPlainText } from '../core/export';
import type { ArticlePayload, MenuCopyFormat } from '../shared/messages';

export function exportArticle(format: MenuCopyFormat, { detection, fetched }: ArticlePayload): string {
  const canonical: unknown = (detection as { canonicalUrl?: unknown }).canonicalUrl;
  const article = normalizePost(fetched, {
    pageUrl: detection.pageUrl,
    ...(typeof canonical === 'string' ? { canonicalUrl: canonical } : {}),
  });
  return format === 'markdown' ? toMarkdown(article) : toPlainText(article);
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
    throw new ReaderError('bad-response', {
      message: 'Clearpost could not write to the clipboard.',
      nextStep: 'Open the reader and use its copy buttons.',
    });
  }
}

export async function copyArticle(doc: Document, format: MenuCopyFormat, article: ArticlePayload): Promise<string> {
  const text = exportArticle(format, article);
  await writeClipboardText(doc, text);
  return text;
}
