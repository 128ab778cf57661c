/**
 * The settings form, written once and used by the reader's settings panel and by the options page.
 * It only reports changes (`onChange(partial)`); the caller applies and saves them. `onCommit` marks the
 * end of a change (a radio picked, a slider released, reset): the caller writes at once then instead of
 * waiting for the debounce, so closing the reader right after a change cannot lose it.
 */
import { t, uiLanguage } from '../shared/i18n';
import {
  DEFAULT_SETTINGS,
  FONTS,
  IMAGE_LOADING,
  MD_IMAGES,
  MD_LINKS,
  RANGES,
  THEMES,
  clampSetting,
  type NumericSetting,
  type Settings,
} from '../shared/settings';
import { el } from './dom';

export interface SettingsForm {
  element: HTMLFormElement;
  /** Reflects settings changed elsewhere (another tab, the options page) without firing onChange. */
  update(settings: Settings): void;
}

/** The settings chosen with radio buttons: each name, its values (and so what a `change` may set). */
const CHOICES = { theme: THEMES, font: FONTS, otherSiteImages: IMAGE_LOADING, mdLinks: MD_LINKS, mdImages: MD_IMAGES } as const;
type Choice = keyof typeof CHOICES;

const NUMERIC: Array<{ key: NumericSetting; label: string; unit: string }> = [
  { key: 'fontSize', label: 'settings_fontSize', unit: 'settings_unitPx' },
  { key: 'lineWidth', label: 'settings_lineWidth', unit: 'settings_unitCh' },
  { key: 'lineHeight', label: 'settings_lineHeight', unit: 'settings_unitLineHeight' },
  { key: 'paragraphSpacing', label: 'settings_paragraphSpacing', unit: 'settings_unitEm' },
];

/** The on/off settings, as checkboxes. */
const SWITCHES: Array<{ key: 'justify' | 'hyphenate' | 'mdFrontMatter'; label: string }> = [
  { key: 'justify', label: 'settings_justify' },
  { key: 'hyphenate', label: 'settings_hyphenate' },
];
/** Markdown exports (copy and Save, issue 10 §4): placed after the reading settings, before Reset. */
const MD_SWITCH = { key: 'mdFrontMatter', label: 'settings_mdFrontMatter' } as const;

export function createSettingsForm(
  initial: Settings,
  onChange: (partial: Partial<Settings>) => void,
  idPrefix = 'cp-set',
  onCommit: () => void = () => undefined,
): SettingsForm {
  const form = el('form', { class: 'cp-settings-form', 'aria-label': t('settings_title') });
  form.addEventListener('submit', (event) => event.preventDefault()); // Enter in a field must not reload

  const themeGroup = radioGroup(`${idPrefix}-theme`, 'theme', t('settings_theme'), THEMES, (v) => t(`settings_theme_${v}`));
  const fontGroup = radioGroup(`${idPrefix}-font`, 'font', t('settings_font'), FONTS, (v) => t(`settings_font_${v}`));
  form.append(themeGroup, fontGroup);

  const outputs = new Map<NumericSetting, { input: HTMLInputElement; output: HTMLOutputElement; unit: string }>();
  for (const { key, label, unit } of NUMERIC) {
    const id = `${idPrefix}-${key}`;
    const { min, max, step } = RANGES[key];
    const input = el('input', { type: 'range', id, name: key, min: String(min), max: String(max), step: String(step) });
    const output = el('output', { for: id, class: 'cp-range-value', 'aria-hidden': 'true' });
    form.append(el('div', { class: 'cp-range' }, el('label', { for: id }, t(label)), input, output));
    outputs.set(key, { input, output, unit });
    input.addEventListener('input', () => {
      const value = clampSetting(key, Number(input.value));
      if (value === undefined) return;
      showValue(key, value);
      onChange({ [key]: value });
    });
    input.addEventListener('change', () => onCommit()); // fired on release / keyboard step
  }

  const switches = new Map<(typeof SWITCHES)[number]['key'], HTMLInputElement>();
  const addSwitch = ({ key, label }: (typeof SWITCHES)[number]): void => {
    const id = `${idPrefix}-${key}`;
    const input = el('input', { type: 'checkbox', id, name: key });
    input.addEventListener('change', () => {
      onChange({ [key]: input.checked });
      onCommit();
    });
    switches.set(key, input);
    form.append(el('div', { class: 'cp-switch' }, input, el('label', { for: id }, t(label))));
  };
  for (const entry of SWITCHES) addSwitch(entry);

  // Privacy (README "Privacy"): whether the post's images hosted on other sites load with the article or on a click.
  form.append(
    radioGroup(`${idPrefix}-otherSiteImages`, 'otherSiteImages', t('settings_otherSiteImages'), IMAGE_LOADING, (v) =>
      t(`settings_otherSiteImages_${v}`),
    ),
  );

  addSwitch(MD_SWITCH);
  form.append(
    radioGroup(`${idPrefix}-mdLinks`, 'mdLinks', t('settings_mdLinks'), MD_LINKS, (v) => t(`settings_mdLinks_${v}`)),
    radioGroup(`${idPrefix}-mdImages`, 'mdImages', t('settings_mdImages'), MD_IMAGES, (v) => t(`settings_mdImages_${v}`)),
  );

  const reset = el('button', { type: 'button', class: 'cp-button cp-settings-reset' }, t('settings_reset'));
  reset.addEventListener('click', () => {
    update(DEFAULT_SETTINGS);
    onChange({ ...DEFAULT_SETTINGS });
    onCommit();
  });
  form.append(reset);

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio' || !target.checked) return;
    const name = target.name as Choice;
    if (Object.hasOwn(CHOICES, name) && (CHOICES[name] as readonly string[]).includes(target.value)) onChange({ [name]: target.value });
    onCommit();
  });

  function showValue(key: NumericSetting, value: number): void {
    const entry = outputs.get(key);
    if (!entry) return;
    // In the UI language's digits and decimal sign ("1,60" in German, "١٫٦٠" in Arabic), like the dates.
    const digits = key === 'lineHeight' || key === 'paragraphSpacing' ? 2 : 0;
    const text = t(entry.unit, new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value));
    entry.output.textContent = text;
    entry.input.setAttribute('aria-valuetext', text); // "19 px", not just "19"
  }

  function update(settings: Settings): void {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      input.checked = Object.hasOwn(CHOICES, input.name) && settings[input.name as Choice] === input.value;
    }
    for (const [key, entry] of outputs) {
      entry.input.value = String(settings[key]);
      showValue(key, settings[key]);
    }
    for (const [key, input] of switches) input.checked = settings[key];
  }

  update(initial);
  return { element: form, update };
}

function radioGroup(idPrefix: string, name: string, legend: string, values: readonly string[], label: (v: string) => string): HTMLFieldSetElement {
  const fieldset = el('fieldset', { class: `cp-choice cp-choice-${name}` }, el('legend', {}, legend));
  for (const value of values) {
    const id = `${idPrefix}-${value}`;
    fieldset.append(
      el(
        'label',
        { for: id, class: `cp-choice-option cp-${name}-${value}`, 'data-value': value },
        el('input', { type: 'radio', id, name, value }),
        el('span', {}, label(value)),
      ),
    );
  }
  return fieldset;
}
