/** Dates and durations for the header, formatted in the UI language with Intl (no date library). */

/** A valid Date for an ISO string, or undefined (sites send "0000-00-00" and worse). */
export function parseDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDate(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/**
 * "5 min" / "5 minutes" / "5分钟" in the UI language (Intl picks the plural and the digits); `display` is the
 * locale's own choice (reader_readingTimeUnit: a short unit reads better in some languages, a long one in others).
 */
export function formatMinutes(minutes: number, locale: string, display: string): string {
  const unitDisplay = display === 'long' || display === 'narrow' ? display : 'short';
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay }).format(minutes);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit: 'minute', unitDisplay }).format(minutes);
  }
}

/**
 * Show "Updated" only when the modification is on a later calendar day: same-day edits (typo fixes,
 * the publish step itself) are noise for a reader.
 */
export function isMeaningfulUpdate(published: Date | undefined, modified: Date | undefined): boolean {
  if (!modified) return false;
  if (!published) return true;
  return modified.toISOString().slice(0, 10) > published.toISOString().slice(0, 10);
}
