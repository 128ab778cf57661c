/** Days for citations: each style's month names (English editions of the guides) and orders. */
import type { CiteDay } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA 9 abbreviates months longer than four letters (MLA Handbook 9, appendix 1: "Sept.", "June", "July"). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const month = (d: CiteDay): string => MONTHS[d.month - 1] as string;
/** "September 15, 2018" (Chicago, APA retrieval dates). */
export const monthDayYear = (d: CiteDay): string => `${month(d)} ${d.day}, ${d.year}`;
/** "2018, September 15" (APA's date element). */
export const apaDate = (d: CiteDay): string => `${d.year}, ${month(d)} ${d.day}`;
/** "15 Sept. 2018" (MLA). */
export const mlaDate = (d: CiteDay): string => `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;
/** "15 September 2018" (Harvard accessed date). */
export const dayMonthYear = (d: CiteDay): string => `${d.day} ${month(d)} ${d.year}`;
/** "15 September" (Harvard: the day and month of a blog post, the year already stands after the author). */
export const dayMonth = (d: CiteDay): string => `${d.day} ${month(d)}`;
const pad = (n: number): string => String(n).padStart(2, '0');
/** "2018-09-15" (BibLaTeX `date`, ISO 8601). */
export const isoDay = (d: CiteDay): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
/** "2018/09/15" (RIS DA / Y2). */
export const risDay = (d: CiteDay): string => `${d.year}/${pad(d.month)}/${pad(d.day)}`;

/**
 * The day of an ISO moment. `siteDate` (WordPress's `date`, the site's local time) wins when given: the day the
 * site printed on the post is the one a reader checks a citation against, and `date_gmt` can fall on the next day.
 */
export function toDay(iso: string | undefined, siteDate?: string): CiteDay | undefined {
  const local = siteDate?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (local) return { year: Number(local[1]), month: Number(local[2]), day: Number(local[3]) };
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const sameDay = (a: CiteDay | undefined, b: CiteDay | undefined): boolean =>
  !!a && !!b && a.year === b.year && a.month === b.month && a.day === b.day;
