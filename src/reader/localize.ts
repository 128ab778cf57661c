/**
 * Static markup carries English fallbacks (so the loading state reads well before any script runs);
 * this swaps in the UI-language strings: `data-i18n` → text, `data-i18n-label` → aria-label (+ title on buttons).
 */
import { t } from '../shared/i18n';

export function localizeDocument(root: ParentNode = document): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = node.dataset.i18n;
    if (key) node.textContent = t(key);
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = node.dataset.i18nLabel;
    if (!key) continue;
    node.setAttribute('aria-label', t(key));
    if (node instanceof HTMLButtonElement) node.title = t(key); // tooltips for icon-ish buttons only
  }
}
