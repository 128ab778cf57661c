/**
 * The toolbar's plain controls, wired once by reader-app.ts: Close (and Esc), the skip link, Print and the three
 * Copy buttons. Disclosures with panels have their own files (reader-settings.ts, keep.ts, quote.ts).
 */
import type { Article } from '../core/types';
import { exportOptions } from '../shared/export-words';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { buildPayload, type ClipboardLike, type CopyFormat, type Exporters, writePayload } from './copy';
import { byId } from './dom';
import { showStatus } from './status';

export interface ToolbarDeps {
  main: HTMLElement;
  status: HTMLElement;
  close(): void;
  print(): void;
  /** The settings panel: Esc closes it first. */
  panel: { isOpen(): boolean; close(): void };
  article(): Article | undefined;
  exporters(): Promise<Exporters>;
  settings(): Settings;
  clipboard?: ClipboardLike;
}

export function wireToolbar(doc: Document, deps: ToolbarDeps): void {
  const { main, status } = deps;
  byId(doc, 'cp-close', HTMLButtonElement).addEventListener('click', () => deps.close());
  // Past the toolbar to the title (article or error); without touching location.hash (in-page-links.ts: no history entry).
  byId(doc, 'cp-skip', HTMLAnchorElement).addEventListener('click', (event) => {
    event.preventDefault();
    const target = main.querySelector<HTMLElement>('h1') ?? main;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  });
  byId(doc, 'cp-print', HTMLButtonElement).addEventListener('click', () => deps.print());

  async function copy(format: CopyFormat): Promise<void> {
    const article = deps.article();
    if (!article) return;
    try {
      // The Markdown settings (front matter, links, images) apply to the copy as to Save.
      await writePayload(buildPayload(format, article, await deps.exporters(), exportOptions(deps.settings())), deps.clipboard);
      showStatus(status, t(`reader_copied_${format}`));
    } catch {
      showStatus(status, t('reader_copyFailed'), 'error');
    }
  }
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    button.addEventListener('click', () => void copy(button.dataset.format as CopyFormat));
  }

  // On <html>, not document: keydown from anything in the page bubbles here, and the listener goes away
  // with the markup (tests load several readers into one jsdom document).
  doc.documentElement.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    if (deps.panel.isOpen()) deps.panel.close();
    else deps.close();
  });
}
