/**
 * The in-reader settings popover: a disclosure (button with aria-expanded + a non-modal panel), so
 * the article stays visible while the reader tunes it. Esc and a click outside close it; focus goes
 * back to the button.
 */
import type { Settings } from '../shared/settings';
import { createSettingsForm, type SettingsForm } from './settings-form';

export interface SettingsPanel {
  isOpen(): boolean;
  open(): void;
  close(restoreFocus?: boolean): void;
  form: SettingsForm;
}

export function setupSettingsPanel(
  button: HTMLButtonElement,
  panel: HTMLElement,
  initial: Settings,
  onChange: (partial: Partial<Settings>) => void,
  onCommit: () => void = () => undefined,
): SettingsPanel {
  const form = createSettingsForm(initial, onChange, 'cp-reader-set', onCommit);
  panel.append(form.element);
  button.setAttribute('aria-controls', panel.id);
  button.setAttribute('aria-expanded', 'false');
  panel.hidden = true;

  const isOpen = (): boolean => !panel.hidden;
  function open(): void {
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    panel.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }
  function close(restoreFocus = true): void {
    if (!isOpen()) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (restoreFocus) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close() : open()));
  panel.ownerDocument.documentElement.addEventListener('pointerdown', (event) => {
    const target = event.target;
    if (isOpen() && target instanceof Node && !panel.contains(target) && !button.contains(target)) close(false);
  });
  return { isOpen, open, close, form };
}
