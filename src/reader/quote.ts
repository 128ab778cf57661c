/**
 * "Copy quote" in the reader (issue 10 §2): the text selected in the article, with its citation line and a
 * link that scrolls the original page to it (the core's toQuote). Three ways in: the toolbar button (enabled
 * only while text in the article is selected), Alt+Q, and the "Copy quote with source" context menu item
 * (the background relays it here: src/background/menus.ts).
 */
import type { Article } from '../core/types';
import { t } from '../shared/i18n';
import { exportOptions } from '../shared/export-words';
import { type ClipboardLike, type Exporters, writePayload } from './copy';
import { showStatus } from './status';

export interface QuoteDeps {
  doc: Document;
  button: HTMLButtonElement;
  status: HTMLElement;
  /** The article shown, if any. */
  article(): Article | undefined;
  exporters(): Promise<Exporters>;
  clipboard?: ClipboardLike;
}

/** The rendered article (not the toolbar, the comments or the error view). */
function articleNode(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>('#reader > article.cp-article');
}

/** The selected text when the whole selection lies inside the article, else ''. */
export function selectedArticleText(doc: Document): string {
  const selection = doc.getSelection();
  const node = articleNode(doc);
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !node) return '';
  const inside = (n: Node | null): boolean => n !== null && node.contains(n);
  if (!inside(selection.anchorNode) || !inside(selection.focusNode)) return '';
  return selection.toString();
}

export interface QuoteControl {
  /** Copies the selection as a quote; says why not in #cp-status when nothing in the article is selected. */
  copy(): Promise<void>;
  /** Re-reads the selection (the article changed). */
  update(): void;
}

export function wireQuote(deps: QuoteDeps): QuoteControl {
  const { doc, button, status } = deps;
  const update = (): void => {
    button.disabled = !deps.article() || selectedArticleText(doc).trim() === '';
  };

  async function copy(): Promise<void> {
    const article = deps.article();
    const selection = selectedArticleText(doc);
    if (!article || selection.trim() === '') {
      showStatus(status, t('reader_quoteNoSelection'), 'error');
      return;
    }
    try {
      const quote = (await deps.exporters()).toQuote?.(selection, article, exportOptions());
      if (!quote) throw new Error('empty quote');
      await writePayload({ format: 'quote', text: quote.text, html: quote.html, markdown: quote.markdown }, deps.clipboard);
      showStatus(status, t('reader_copied_quote'));
    } catch {
      showStatus(status, t('reader_copyFailed'), 'error');
    }
  }

  doc.addEventListener('selectionchange', update);
  // Pressing the button must not move focus or collapse the selection before the click reads it.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => void copy());
  // Alt+Q: no reader shortcut uses it, nor Chromium or Firefox (Alt+letter opens Firefox's menu bar only for
  // File, Edit, View, History, Bookmarks, Tools, Help). event.code: the Q key in any keyboard layout.
  doc.documentElement.addEventListener('keydown', (event) => {
    if (event.code !== 'KeyQ' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented || event.isComposing)
      return;
    event.preventDefault();
    void copy();
  });
  update();
  return { copy, update };
}
