/**
 * Options page behaviour with its dependencies passed in (tested in jsdom); main.ts supplies the real
 * browser APIs. Reading settings use the same form as the reader's panel and apply instantly to this
 * page and its preview; every open reader follows through storage.onChanged.
 */
import { applySettings } from '../reader/apply-settings';
import { el } from '../reader/dom';
import { localizeDocument } from '../reader/localize';
import { createSettingsForm } from '../reader/settings-form';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from '../shared/settings';
import { grantedSites, originPattern, patternLabel, siteOrigin, type ManifestLike, type SiteProblem, type PermissionsLike } from './site-permissions';

/** Why an address was refused, in the user's words (each problem says what to type instead). */
const SITE_PROBLEM: Record<SiteProblem, () => string> = {
  invalid: () => t('options_invalidSite'),
  wildcard: () => t('options_siteWildcard'),
  suffix: () => t('options_siteSuffix'),
  port: () => t('options_sitePort'),
};

export interface OptionsDeps {
  settings: SettingsStore;
  permissions: PermissionsLike;
  manifest: ManifestLike;
  /** permissions.onAdded/onRemoved: the list also changes when the user revokes from browser UI. */
  onPermissionsChanged?(cb: () => void): void;
}

function need<T extends HTMLElement>(doc: Document, id: string): T {
  const node = doc.getElementById(id);
  if (!node) throw new Error(`options.html is missing #${id}`);
  return node as T;
}

export async function startOptions(doc: Document, deps: OptionsDeps): Promise<{ refreshSites(): Promise<void> }> {
  localizeDocument(doc);
  doc.title = t('options_pageTitle');
  const root = doc.documentElement;

  let current: Settings = { ...DEFAULT_SETTINGS };
  const form = createSettingsForm(
    current,
    (partial) => {
      current = { ...current, ...partial };
      applySettings(current, root);
      void deps.settings.save(partial).catch(() => undefined);
    },
    'cp-opt',
    () => void deps.settings.flush().catch(() => undefined),
  );
  need(doc, 'cp-options-form').append(form.element);
  const use = (settings: Settings): void => {
    current = settings;
    applySettings(settings, root);
    form.update(settings);
  };
  deps.settings.onChanged(use);

  const siteForm = need<HTMLFormElement>(doc, 'cp-site-form');
  const input = need<HTMLInputElement>(doc, 'cp-site-input');
  const status = need<HTMLElement>(doc, 'cp-site-status');
  const list = need<HTMLUListElement>(doc, 'cp-site-list');
  const empty = need<HTMLElement>(doc, 'cp-site-empty');
  input.placeholder = t('options_sitePlaceholder');

  const say = (text: string, kind: 'ok' | 'error' = 'ok'): void => {
    status.textContent = text;
    status.dataset.kind = kind;
  };

  async function refreshSites(): Promise<void> {
    const sites = await grantedSites(deps.permissions, deps.manifest);
    list.replaceChildren(
      ...sites.map((pattern) => {
        const label = patternLabel(pattern);
        const remove = el('button', { type: 'button', class: 'cp-button', 'aria-label': t('options_removeLabel', label) }, t('options_remove'));
        remove.addEventListener('click', () => {
          deps.permissions.remove({ origins: [pattern] }).then(
            async () => {
              say(t('options_removed', label));
              await refreshSites();
              input.focus(); // the focused button is gone; keep the keyboard somewhere useful
            },
            (error: unknown) => say(t('options_permissionError', String(error)), 'error'),
          );
        });
        return el('li', { class: 'cp-site' }, el('span', { class: 'cp-site-origin' }, label), remove);
      }),
    );
    empty.hidden = sites.length > 0;
  }

  siteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const site = siteOrigin(input.value);
    if (!site.ok) {
      input.setAttribute('aria-invalid', 'true');
      say(SITE_PROBLEM[site.problem](), 'error');
      return;
    }
    const { origin } = site;
    input.removeAttribute('aria-invalid');
    // permissions.request must run inside the user gesture: no await before this call (Firefox rejects
    // requests made after the gesture's task ends).
    deps.permissions.request({ origins: [originPattern(origin)] }).then(
      async (granted) => {
        say(granted ? t('options_granted', origin) : t('options_denied', origin), granted ? 'ok' : 'error');
        if (granted) input.value = '';
        await refreshSites();
      },
      (error: unknown) => say(t('options_permissionError', String(error)), 'error'),
    );
  });

  deps.onPermissionsChanged?.(() => void refreshSites());
  await Promise.all([deps.settings.load().then(use, () => undefined), refreshSites().catch(() => undefined)]);
  return { refreshSites };
}
