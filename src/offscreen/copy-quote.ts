/**
 * "Copy quote with source" from the original page (issue 10 §2), in an extension page with a DOM (Chromium's
 * offscreen document, Firefox's background page): the article (REST post or page extraction, as the
 * context-menu copy) → the core's toQuote → the clipboard, with its three flavours in one copy event.
 */
import { ReaderError } from '../core/errors';
import { type ExportOptions, toQuote } from '../core/export';
import type { CopySource } from '../shared/messages';
import { articleFrom } from './copy-article';

export interface Flavours {
  text: string;
  html: string;
  markdown: string;
}

/**
 * execCommand('copy') with our own `copy` listener filling text/plain, text/html and text/markdown (what works
 * without focus in an offscreen document, see ./copy-article.ts); the async clipboard (plain text and HTML)
 * is the fallback.
 */
export async function writeClipboardFlavours(doc: Document, flavours: Flavours): Promise<void> {
  let filled = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', flavours.text);
    event.clipboardData.setData('text/html', flavours.html);
    event.clipboardData.setData('text/markdown', flavours.markdown);
    event.preventDefault();
    filled = true;
  };
  doc.addEventListener('copy', onCopy, { once: true });
  // A selection for execCommand to act on (some engines fire no copy event with nothing selected).
  const area = doc.createElement('textarea');
  area.value = flavours.text;
  doc.body.append(area);
  area.select();
  try {
    if (doc.execCommand('copy') && filled) return;
  } catch {
    // fall through to the async clipboard
  } finally {
    doc.removeEventListener('copy', onCopy);
    area.remove();
  }
  try {
    const item = new ClipboardItem({
      'text/plain': new Blob([flavours.text], { type: 'text/plain' }),
      'text/html': new Blob([flavours.html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
  } catch {
    throw new ReaderError('internal', { detail: 'clipboard' });
  }
}

/** Returns the plain-text flavour that was copied. Throws ReaderError. */
export async function copyQuote(doc: Document, selection: string, source: CopySource, options: ExportOptions): Promise<string> {
  const quote = toQuote(selection, articleFrom(source), options);
  if (!quote) throw new ReaderError('internal', { detail: 'clipboard' });
  await writeClipboardFlavours(doc, quote);
  return quote.text;
}
