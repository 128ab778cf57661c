/** The polite live region (#cp-status): "Copied as Markdown", or why a copy failed. */
const CLEAR_AFTER_MS = 5000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function showStatus(region: HTMLElement, text: string, kind: 'ok' | 'error' = 'ok'): void {
  if (timer !== undefined) clearTimeout(timer);
  // Clear first so the same message twice in a row is announced again by screen readers.
  region.textContent = '';
  region.dataset.kind = kind;
  region.textContent = text;
  timer = setTimeout(() => {
    region.textContent = '';
    delete region.dataset.kind;
  }, CLEAR_AFTER_MS);
}
