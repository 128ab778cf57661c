/**
 * UI strings come from `_locales/<lang>/messages.json` through browser.i18n, so a translation is a
 * data change only. A missing key returns the key itself (loud in review, never an empty button) and
 * a unit test checks every key the UI uses exists in the English file.
 */
import browser from 'webextension-polyfill';

export function t(key: string, ...subs: Array<string | number>): string {
  const message = browser.i18n.getMessage(key, subs.map(String));
  return message || key;
}

/**
 * The UI language's direction, from the browser's predefined `@@bidi_dir` message (Chrome and Firefox:
 * "rtl" for Arabic, Hebrew, Persian…): extension pages mirror their chrome with it, while an article keeps
 * its own lang/dir from the post (src/reader/render-article.ts).
 */
export function uiDirection(): 'ltr' | 'rtl' {
  try {
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** Language and direction of an extension page's root, from the UI locale. */
export function applyUiLocale(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = uiDirection();
}

/** The UI language (e.g. "en-US"), for Intl date/number formatting that matches the strings. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
