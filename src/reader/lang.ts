/** BCP 47-looking tags only: `lang` is site data and feeds hyphenation, screen-reader voices and read aloud. */
export function safeLang(lang: string | undefined): string | undefined {
  const value = lang?.trim().replace(/_/g, '-');
  return value && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(value) ? value : undefined;
}
