/**
 * The four prose styles, for a blog post (`kind: 'post'`) or a webpage (`kind: 'page'`). Each function's comment
 * quotes the guide's own example that its unit test reproduces (test/unit/export/cite.test.ts). Titles keep the
 * site's capitalisation: re-casing a hostile or non-English title (APA's sentence case, MLA's title case) would
 * misspell proper nouns, so that is left to the writer, as Zotero does. The styles' fixed words ("n.d.",
 * "Accessed", "Available at") are those of the English guides: a citation is written in its style's language.
 */
import { apaDate, dayMonth, dayMonthYear, mlaDate, monthDayYear } from './dates';
import { familyGiven, familyInitials, givenFamily } from './names';
import { joinNames, oneLine, PartsBuilder, punct, quoted } from './parts';
import type { CiteInput, CiteName, CitePart } from './types';

/** The date a style shows: the publication day, else the last modification. */
const shownDate = (input: CiteInput) => input.published ?? input.modified;

/**
 * APA 7 (Publication Manual §10.16). Examples, from the APA Style site's "Blog post references" and "Webpage on a
 * website references" pages and the Manual's "Common references at a glance":
 *   Klymkowsky, M. (2018, September 15). Can we talk scientifically about free will? Sci-Ed. https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/
 *     (blog post: the post title plain, the blog's name in italics)
 *   Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e
 *     (webpage: the page title in italics, the site plain)
 *   Centers for Disease Control and Prevention. (2018, January 23). People at high risk of developing flu-related complications. https://www.cdc.gov/flu/about/disease/high_risk.htm
 *     (group author: when the author and the site are the same, the site name is left out)
 * No date: "(n.d.)" and, the page being liable to change, "Retrieved Month D, YYYY, from URL" (§9.16).
 * Authors: up to 20, "&" before the last; 21 or more: the first 19, "…", the last (§9.8).
 */
export function apa(input: CiteInput): CitePart[] {
  const b = new PartsBuilder();
  const siteIsAuthor = input.authors.length === 0;
  const names = input.authors.map(familyInitials);
  const author = siteIsAuthor
    ? oneLine(input.site)
    : names.length > 20
      ? `${names.slice(0, 19).join(', ')}, … ${names.at(-1)}`
      : names.length === 2
        ? `${names[0]}, & ${names[1]}`
        : joinNames(names, '&', true);
  b.add(`${punct(author, '.')} `);
  const date = shownDate(input);
  b.add(`(${date ? apaDate(date) : 'n.d.'}). `);
  const title = oneLine(input.title);
  if (input.kind === 'post') {
    b.add(`${punct(title, '.')} `);
    if (!siteIsAuthor) b.italic(oneLine(input.site)).add('. ');
  } else {
    b.italic(punct(title, '.')).add(' ');
    if (!siteIsAuthor) b.add(`${punct(oneLine(input.site), '.')} `);
  }
  b.add(date ? input.url : `Retrieved ${monthDayYear(input.accessed)}, from ${input.url}`);
  return b.parts();
}

/** MLA 9 drops the scheme from URLs (MLA Handbook 9: omit "http://" or "https://"). */
const mlaUrl = (url: string): string => url.replace(/^https?:\/\//i, '');

/**
 * MLA 9 (Handbook ch. 5; a web page is a work in a website container). Example (MLA Handbook; Purdue OWL "MLA Works
 * Cited: Electronic Sources"):
 *   Bernstein, Mark. “10 Tips on Writing the Living Web.” A List Apart: For People Who Make Websites, 16 Aug. 2002, alistapart.com/article/writeliving. Accessed 4 May 2009.
 * No author: the entry starts with the title ("no author": the title comes first). Two authors: "Doe, Jane, and
 * John Smith."; three or more: "Doe, Jane, et al.". No date: none is invented; the access date is given.
 */
export function mla(input: CiteInput): CitePart[] {
  const b = new PartsBuilder();
  const n = input.authors;
  const first = n[0];
  if (first) {
    const author =
      n.length === 1
        ? familyGiven(first)
        : n.length === 2
          ? `${familyGiven(first)}, and ${givenFamily(n[1] as CiteName)}`
          : `${familyGiven(first)}, et al`;
    b.add(`${punct(author, '.')} `);
  }
  b.add(`${quoted(oneLine(input.title), '.')} `);
  b.italic(oneLine(input.site)).add(', ');
  const date = shownDate(input);
  if (date) b.add(`${mlaDate(date)}, `);
  b.add(`${punct(mlaUrl(input.url), '.')} Accessed ${mlaDate(input.accessed)}.`);
  return b.parts();
}

/** Chicago's date element: a blog post's date; a webpage's last modification (CMOS 14.207); else the access date. */
function chicagoDate(input: CiteInput, note: boolean): string {
  const cap = (s: string): string => (note ? s : s[0]?.toUpperCase() + s.slice(1));
  if (input.kind === 'page' && input.modified) return `${cap('last modified')} ${monthDayYear(input.modified)}`;
  const date = shownDate(input);
  return date ? monthDayYear(date) : `${cap('accessed')} ${monthDayYear(input.accessed)}`;
}

/** The site: a blog's name in italics followed by "(blog)" (CMOS 14.208); a website's name in roman (14.206). */
function chicagoSite(b: PartsBuilder, input: CiteInput): void {
  if (input.kind === 'post') b.italic(oneLine(input.site)).add(' (blog)');
  else b.add(oneLine(input.site));
}

/**
 * Chicago 17, notes and bibliography, bibliography entry. Examples (CMOS 17 Citation Quick Guide, "Blog post";
 * CMOS 14.207 as given in university guides):
 *   Germano, William. “Futurist Shock.” Lingua Franca (blog), Chronicle of Higher Education, February 15, 2017. https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/.
 *     (WordPress gives no publisher separate from the blog, so ", Chronicle of Higher Education" has no counterpart)
 *   Zellers, Joanne M. “African Peoples’ Encounters with Others.” Africana Collections: An Illustrated Guide. Last modified November 15, 2010. http://…
 * No author: the owner of the site stands as author (14.207) and is not repeated. Up to ten authors are listed;
 * more than ten: the first seven and "et al.".
 */
export function chicago(input: CiteInput): CitePart[] {
  const b = new PartsBuilder();
  const n = input.authors;
  const siteIsAuthor = n.length === 0;
  if (siteIsAuthor) b.add(`${punct(oneLine(input.site), '.')} `);
  else {
    const names = n.length > 10 ? n.slice(0, 7) : n;
    const listed = [familyGiven(names[0] as CiteName), ...names.slice(1).map(givenFamily)];
    const author = n.length > 10 ? `${listed.join(', ')}, et al.` : joinNames(listed, 'and', true);
    b.add(`${punct(author, '.')} `);
  }
  b.add(`${quoted(oneLine(input.title), '.')} `);
  if (!siteIsAuthor) {
    chicagoSite(b, input);
    b.add(input.kind === 'post' ? ', ' : '. ');
  }
  b.add(`${chicagoDate(input, false)}. ${punct(input.url, '.')}`);
  return b.parts();
}

/**
 * Chicago 17 full note (the first citation of the source). Examples (same sources as the bibliography entry):
 *   1. William Germano, “Futurist Shock,” Lingua Franca (blog), Chronicle of Higher Education, February 15, 2017, https://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/.
 *   1. Joanne M. Zellers, “African Peoples’ Encounters with Others,” Africana Collections: An Illustrated Guide, last modified November 15, 2010, http://…
 * The note number is the writer's document's, so it is not part of the text. Four or more authors: the first
 * and "et al.".
 */
export function chicagoNote(input: CiteInput): CitePart[] {
  const b = new PartsBuilder();
  const n = input.authors;
  const siteIsAuthor = n.length === 0;
  const author = siteIsAuthor
    ? oneLine(input.site)
    : n.length >= 4
      ? `${givenFamily(n[0] as CiteName)} et al.`
      : joinNames(n.map(givenFamily), 'and', true);
  b.add(`${punct(author, ',')} ${quoted(oneLine(input.title), ',')} `);
  if (!siteIsAuthor) {
    chicagoSite(b, input);
    b.add(', ');
  }
  b.add(`${chicagoDate(input, true)}, ${punct(input.url, '.')}`);
  return b.parts();
}

/**
 * Harvard as taught by Cite Them Right (12th ed., "Web pages" and "Blogs"); its patterns:
 *   Web page:  Author (Year) Title of web page. Available at: URL (Accessed: day month year).
 *   Blog post: Author (Year) 'Title of post', Title of blog, Day Month. Available at: URL (Accessed: day month year).
 * No author: the organisation (the site) is the author; no date: "(no date)". Up to three authors are all named
 * ("Doe, J., Smith, J. and Brown, K."), four or more: the first and "et al.".
 */
export function harvard(input: CiteInput): CitePart[] {
  const b = new PartsBuilder();
  const n = input.authors;
  const siteIsAuthor = n.length === 0;
  const names = n.map(familyInitials);
  const author = siteIsAuthor ? oneLine(input.site) : n.length >= 4 ? `${names[0]} et al.` : joinNames(names, 'and', false);
  const date = shownDate(input);
  b.add(`${author} (${date ? date.year : 'no date'}) `);
  const title = oneLine(input.title);
  if (input.kind === 'post') {
    b.add(`'${title}'`);
    if (!siteIsAuthor) b.add(', ').italic(oneLine(input.site));
    if (date) b.add(`, ${dayMonth(date)}`);
    b.add('. ');
  } else {
    b.italic(punct(title, '.')).add(' ');
  }
  b.add(`Available at: ${input.url} (Accessed: ${dayMonthYear(input.accessed)}).`);
  return b.parts();
}
