/**
 * Cite and Save in the reader (issue 10 §3, §4): two toolbar disclosures, each in its own anchor in the toolbar
 * markup, wired here only (reader-app.ts calls wireKeep once). Site strings reach the page through textContent
 * only; the citation's italics are <i> elements made here, never parsed markup.
 */
import { citationHtml, cite, citeInput } from '../core/export/cite';
import { type Embedded, embedImages } from '../core/export/embed-images';
import { fileName, htmlPage, type SaveFormat } from '../core/export/file';
import type { Article } from '../core/types';
import { exportOptions } from '../shared/export-words';
import { t } from '../shared/i18n';
import { CITE_STYLES, type Settings } from '../shared/settings';
import { type ClipboardLike, type Exporters, writePayload } from './copy';
import { el } from './dom';
import { fetchImage } from './image-fetch';
import { showStatus } from './status';
import { isTestBuild } from './test-build';

export interface KeepDeps {
  article(): Article | undefined;
  exporters(): Promise<Exporters>;
  settings(): Settings;
  save(partial: Partial<Settings>): void;
  status: HTMLElement;
  clipboard?: ClipboardLike;
  /** The reader's clock (tests fix it): the access date of citations and front matter. */
  now?: () => Date;
}

/** A disclosure: button + non-modal panel; Esc (from the button or the panel) and a click outside close it. */
function disclosure(anchor: HTMLElement, button: HTMLButtonElement, panel: HTMLElement, onOpen: () => void) {
  button.setAttribute('aria-controls', panel.id);
  button.setAttribute('aria-expanded', 'false');
  const isOpen = (): boolean => !panel.hidden;
  const close = (restoreFocus = true): void => {
    if (!isOpen()) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (restoreFocus) button.focus();
  };
  button.addEventListener('click', () => {
    if (isOpen()) return close();
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    onOpen();
  });
  // On the anchor, which the reader's own Esc handler (on <html>) only sees afterwards: Esc closes the panel, not the reader.
  anchor.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen() || event.isComposing) return;
    event.preventDefault();
    close();
  });
  anchor.ownerDocument.documentElement.addEventListener('pointerdown', (event) => {
    if (isOpen() && event.target instanceof Node && !anchor.contains(event.target)) close(false);
  });
  return { close };
}

declare global {
  interface Window {
    /** Test builds only: the last file saved (name, type, text), for e2e where the download itself is not observable. */
    __clearpostLastSave?: { name: string; type: string; text: string };
  }
}

/** A download from the reader page: a Blob and <a download> (no permission; the browser's own download UI). */
export function download(doc: Document, name: string, type: string, text: string): void {
  const view = doc.defaultView as Window & typeof globalThis;
  const url = view.URL.createObjectURL(new view.Blob([text], { type: `${type};charset=utf-8` }));
  const link = el('a', { href: url, download: name, hidden: '' });
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: Firefox reads the Blob after click() returns.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
  if (isTestBuild()) view.__clearpostLastSave = { name, type, text };
}

/** The reader's own CSS (theme, typography), read from its style sheets, for the saved page. */
function readerCss(doc: Document): string {
  const out: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) out.push(rule.cssText);
    } catch {
      // a sheet that cannot be read (none expected: all are the extension's own) is left out
    }
  }
  return out.join('\n');
}

export function wireKeep(doc: Document, deps: KeepDeps): void {
  const byId = <T extends HTMLElement>(id: string): T => doc.getElementById(id) as T;
  const now = (): Date => deps.now?.() ?? new Date();

  // ---- Cite ----
  const citeButton = byId<HTMLButtonElement>('cp-cite');
  const citePanel = byId<HTMLElement>('cp-cite-panel');
  const select = el('select', { id: 'cp-cite-style' });
  for (const style of CITE_STYLES) select.append(el('option', { value: style }, t(`cite_style_${style}`)));
  const output = el('div', {
    id: 'cp-cite-text',
    class: 'cp-cite-text',
    'aria-live': 'polite',
    tabindex: '0',
    role: 'textbox',
    'aria-readonly': 'true',
    'aria-labelledby': 'cp-cite-title',
  });
  const copyButton = el('button', { type: 'button', id: 'cp-cite-copy', class: 'cp-button' }, t('cite_copy'));
  citePanel.append(el('label', { for: 'cp-cite-style', class: 'cp-cite-label' }, t('cite_style')), select, output, copyButton);

  const current = () => {
    const article = deps.article();
    return article ? cite(select.value as (typeof CITE_STYLES)[number], citeInput(article, now())) : undefined;
  };
  const render = (): void => {
    const citation = current();
    output.replaceChildren();
    if (!citation) return;
    const prose = !['bibtex', 'ris', 'csl'].includes(citation.style);
    output.dataset.kind = prose ? 'prose' : 'data';
    for (const part of citation.parts) output.append(part.italic ? el('i', {}, part.text) : doc.createTextNode(part.text));
  };
  const cite_ = disclosure(byId('cp-cite-anchor'), citeButton, citePanel, () => {
    select.value = deps.settings().citeStyle;
    render();
    select.focus();
  });
  select.addEventListener('change', () => {
    render();
    deps.save({ citeStyle: select.value as Settings['citeStyle'] });
  });
  copyButton.addEventListener('click', async () => {
    const citation = current();
    if (!citation) return;
    try {
      const rich = output.dataset.kind === 'prose';
      await writePayload(
        rich ? { format: 'html', text: citation.text, html: citationHtml(citation) } : { format: 'text', text: citation.text },
        deps.clipboard,
      );
      showStatus(deps.status, t('reader_copied_citation'));
      cite_.close();
    } catch {
      showStatus(deps.status, t('reader_copyFailed'), 'error');
    }
  });

  // ---- Save ----
  const saveButton = byId<HTMLButtonElement>('cp-save');
  const savePanel = byId<HTMLElement>('cp-save-panel');
  const formats: Array<[SaveFormat | 'html-images', string]> = [
    ['md', 'save_markdown'],
    ['html', 'save_html'],
    ['html-images', 'save_htmlImages'],
    ['txt', 'save_text'],
  ];
  const list = el('div', { class: 'cp-save-list' });
  for (const [format, key] of formats) {
    const button = el('button', { type: 'button', class: 'cp-button', 'data-save': format }, t(key));
    button.addEventListener('click', () => void (format === 'html-images' ? save('html', true) : save(format)));
    list.append(button);
  }
  savePanel.append(list, el('p', { class: 'cp-save-note' }, t('save_note')));
  const save_ = disclosure(byId('cp-save-anchor'), saveButton, savePanel, () => list.querySelector('button')?.focus());

  /** `withImages`: the .html with every image the reader may read embedded (core/export/embed-images.ts). */
  async function save(format: SaveFormat, withImages = false): Promise<void> {
    const article = deps.article();
    if (!article) return;
    let embedded: Embedded | undefined;
    try {
      const exporters = await deps.exporters();
      const options = exportOptions(deps.settings(), now());
      const name = fileName(article, format);
      if (format === 'md') download(doc, name, 'text/markdown', exporters.toMarkdown(article, options));
      else if (format === 'txt') download(doc, name, 'text/plain', exporters.toPlainText(article, options));
      else {
        const root = doc.documentElement;
        const rootData = Object.fromEntries(
          ['data-theme', 'data-font'].flatMap((k) => (root.hasAttribute(k) ? [[k, root.getAttribute(k) ?? '']] : [])),
        );
        let body = exporters.toHtml(article, options);
        if (withImages) {
          showStatus(deps.status, t('reader_savingImages'));
          embedded = await embedImages(body, fetchImage);
          body = embedded.html;
        }
        download(doc, name, 'text/html', htmlPage(article, { body, css: readerCss(doc), rootData }));
      }
      showStatus(deps.status, embedded ? t('reader_savedImages', embedded.embedded, embedded.total) : t('reader_saved'));
      save_.close();
    } catch {
      showStatus(deps.status, t('reader_saveFailed'), 'error');
    }
  }
}
