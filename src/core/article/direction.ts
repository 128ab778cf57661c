/** Language and writing direction of an article. */

/**
 * Primary language subtags written right-to-left (Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish,
 * Dhivehi, Sorani Kurdish, Sindhi, Uyghur): the list the brief for this module fixes; CLDR's
 * characterOrder data agrees for these.
 */
const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Hebrew, Arabic (+ Syriac, Thaana, NKo, supplements) and their presentation forms. */
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/gu;

/** A well-formed BCP 47-ish tag ("en-US", "pt_BR" → "pt-BR"), or undefined. */
export function normaliseLang(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * 'rtl' for RTL languages. Without a language, look at the text: the Unicode bidi algorithm (UAX #9,
 * rule P2) uses the first strong character, but one Latin brand name at the start of an Arabic title
 * would then flip the page, so this takes the majority of the first 200 letters instead.
 */
export function detectDir(lang: string | undefined, sample: string): 'ltr' | 'rtl' {
  if (lang) {
    const primary = lang.toLowerCase().split('-')[0] ?? '';
    return RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
  }
  const letters = sample.match(LETTER)?.slice(0, 200) ?? [];
  const rtl = letters.filter((ch) => RTL_CHAR.test(ch)).length;
  return rtl > letters.length / 2 ? 'rtl' : 'ltr';
}
