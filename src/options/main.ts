/** Options page entry: wiring only (behaviour in options-app.ts). */
import browser from 'webextension-polyfill';
import { applyUiLocale } from '../shared/i18n';
import { settingsStore } from '../shared/settings';
import { startOptions } from './options-app';

applyUiLocale(document);
const store = settingsStore();
addEventListener('pagehide', () => void store.flush());

void startOptions(document, {
  settings: store,
  permissions: browser.permissions,
  manifest: browser.runtime.getManifest(),
  onPermissionsChanged: (cb) => {
    browser.permissions.onAdded.addListener(cb);
    browser.permissions.onRemoved.addListener(cb);
  },
});
