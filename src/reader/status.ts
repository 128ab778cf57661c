/** The polite live region (#cp-status): "Copied as Markdown", or why a copy failed. */
const CLEAR_AFTER_MS = 5000;
/** A status with something to click (a link) stays long enough to reach it. */
const CLEAR_ACTION_AFTER_MS = 20_000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function showStatus(region: HTMLElement, text: string, kind: 'ok' | 'error' = 'ok', action?: HTMLElement): void {
  if (timer !== undefined) clearTimeout(timer);
  // Clear first so the same message twice in a row is announced again by screen readers.
  region.textContent = '';
  region.dataset.kind = kind;
  region.textContent = text;
  if (action) region.append(' ', action);
  timer = setTimeout(
    () => {
      region.textContent = '';
      delete region.dataset.kind;
    },
    action ? CLEAR_ACTION_AFTER_MS : CLEAR_AFTER_MS,
  );
}
