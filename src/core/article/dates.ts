/**
 * WordPress dates are `Y-m-d\TH:i:s` without an offset: `date_gmt` is UTC, `date` is site-local time
 * (see docs/wordpress.md §3). `date_gmt` is null for unscheduled drafts and sites send
 * "0000-00-00T00:00:00" for unset dates, so every value is checked, not just parsed.
 */
const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** ISO 8601 UTC for a WordPress date string, or undefined when it is missing or not a real date. */
export function wpDateToIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = WP_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  if (y < 1000) return undefined; // 0000-00-00: WordPress's "no date"
  // Reject calendar overflow (Feb 30 → Mar 2) that Date would silently accept.
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  // WP sends no offset: append Z so the GMT value is read as UTC, not as the runtime's local time.
  const withZone = m[8] ? value.trim().replace(' ', 'T') : `${value.trim().replace(' ', 'T')}Z`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * Prefer the GMT field; fall back to the local one (read as if UTC: the site's offset is unknown here,
 * so the result may be off by that offset, but the calendar day a reader sees is usually right).
 */
export function pickDate(gmt: unknown, local: unknown): string | undefined {
  return wpDateToIso(gmt) ?? wpDateToIso(local);
}
