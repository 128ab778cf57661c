/**
 * The reader's settings: the panel starts from the defaults (what the CSS already shows) and catches up as
 * soon as storage answers, without holding up the article request; every change is applied at once and
 * saved in the background (a failed sync is not fatal).
 */
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { applySettings } from './apply-settings';
import { loadDeferredImages } from './other-site-images';
import { setupSettingsPanel, type SettingsPanel } from './settings-panel';
import type { ReaderDeps } from './reader-deps';

export interface ReaderSettings {
  current(): Settings;
  /** Keeps a change made outside the panel (read aloud's speed and voice) and saves it. */
  save(partial: Partial<Settings>): void;
  /** Settles once storage answered (or failed): whether other sites' images may load is known then. */
  loaded: Promise<void>;
  panel: SettingsPanel;
}

export function wireSettings(
  root: HTMLElement,
  main: HTMLElement,
  store: ReaderDeps['settings'],
  nodes: { button: HTMLButtonElement; panel: HTMLElement },
  flush: () => void,
  onApplied: () => void = () => undefined,
): ReaderSettings {
  let current: Settings = { ...DEFAULT_SETTINGS };
  const panel = setupSettingsPanel(
    nodes.button,
    nodes.panel,
    current,
    (partial) => {
      current = { ...current, ...partial };
      applySettings(current, root);
      onApplied();
      if (current.otherSiteImages === 'always') loadDeferredImages(main);
      void store.save(partial).catch(() => undefined); // applied already; a failed sync is not fatal
    },
    flush,
  );
  const use = (settings: Settings): void => {
    current = settings;
    applySettings(settings, root);
    panel.form.update(settings);
    onApplied();
    if (settings.otherSiteImages === 'always') loadDeferredImages(main);
  };
  store.onChanged(use);
  const loaded = store.load().then(use, () => undefined);
  const save = (partial: Partial<Settings>): void => {
    current = { ...current, ...partial };
    void store.save(partial).catch(() => undefined);
  };
  return { current: () => current, save, loaded, panel };
}
