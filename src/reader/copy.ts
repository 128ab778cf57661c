/**
 * Copy the article as plain text, Markdown or rich HTML. The text comes from the core exports
 * (src/core/export), so the reader, the context menu and the tests copy exactly the same thing.
 * Rich copy writes `text/html` + `text/plain` so pasting into a plain-text field still works.
 */
import type { ExportOptions, QuoteExport } from '../core/export';
import type { Article } from '../core/types';
import { exportOptions } from '../shared/export-words';
import { isTestBuild } from './test-build';

export type CopyFormat = 'text' | 'markdown' | 'html';

export interface CopyPayload {
  /** 'quote': a selection with its citation (./quote.ts), all three flavours at once. */
  format: CopyFormat | 'quote';
  text: string;
  html?: string;
  /** Also offered as `text/markdown` (copy-event path only: the async clipboard takes plain text and HTML). */
  markdown?: string;
}

export interface Exporters {
  toPlainText(article: Article, options: ExportOptions): string;
  toMarkdown(article: Article, options: ExportOptions): string;
  toHtml(article: Article, options: ExportOptions): string;
  /** Copy quote (./quote.ts): the core's exports have it; a test's fake may not. */
  toQuote?(selection: string, article: Article, options: ExportOptions): QuoteExport | undefined;
}

/** `options`: the attribution's words and the date's locale, in the UI language by default. */
export function buildPayload(format: CopyFormat, article: Article, exporters: Exporters, options: ExportOptions = exportOptions()): CopyPayload {
  if (format === 'markdown') return { format, text: exporters.toMarkdown(article, options) };
  if (format === 'html') return { format, text: exporters.toPlainText(article, options), html: exporters.toHtml(article, options) };
  return { format, text: exporters.toPlainText(article, options) };
}

/** The slice of navigator.clipboard used (injectable for tests). */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
  write?(items: ClipboardItem[]): Promise<void>;
}

export async function writePayload(payload: CopyPayload, clipboard: ClipboardLike | undefined = navigator.clipboard): Promise<void> {
  // A quote's three flavours only fit in one copy event; the async clipboard (two of them) is its fallback.
  if (payload.markdown !== undefined && copyViaEvent(payload)) {
    if (isTestBuild()) recordForTests(payload);
    return;
  }
  try {
    if (payload.html === undefined) {
      if (!clipboard) throw new Error('no async clipboard');
      await clipboard.writeText(payload.text);
    } else {
      if (!clipboard?.write || typeof ClipboardItem === 'undefined') throw new Error('no rich clipboard');
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([payload.html], { type: 'text/html' }),
          'text/plain': new Blob([payload.text], { type: 'text/plain' }),
        }),
      ]);
    }
  } catch (error) {
    // The async clipboard can be refused in a frame (permissions policy, focus); the copy event path
    // still works from the same click and carries both flavours.
    if (!copyViaEvent(payload)) throw error;
  }
  if (isTestBuild()) recordForTests(payload);
}

/** Legacy path: a `copy` event whose clipboardData we fill, triggered by execCommand('copy'). */
function copyViaEvent(payload: CopyPayload): boolean {
  let filled = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', payload.text);
    if (payload.html !== undefined) event.clipboardData.setData('text/html', payload.html);
    if (payload.markdown !== undefined) event.clipboardData.setData('text/markdown', payload.markdown);
    event.preventDefault();
    filled = true;
  };
  document.addEventListener('copy', onCopy, { once: true });
  try {
    // execCommand is deprecated but remains the only fallback that works without the async API.
    const ok = typeof document.execCommand === 'function' && document.execCommand('copy');
    return ok && filled;
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

declare global {
  interface Window {
    /** Test builds only: the last payload written, for e2e assertions when the clipboard is unreadable. */
    __clearpostLastCopy?: CopyPayload;
  }
}

function recordForTests(payload: CopyPayload): void {
  window.__clearpostLastCopy = { ...payload };
}
