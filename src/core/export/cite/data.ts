/** The machine-readable formats: BibLaTeX `@online`, RIS and CSL-JSON. */
import { isoDay, risDay } from './dates';
import { familyGiven, isLiteral, keyName } from './names';
import { oneLine } from './parts';
import type { CiteDay, CiteInput, CiteName } from './types';

/**
 * TeX's special characters in a BibTeX field (text mode). `{` `}` are escaped too: an unbalanced brace in a
 * hostile title would end the field and let the rest be read as more fields or entries.
 */
export function texEscape(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

/**
 * The `url` field is read verbatim by BibLaTeX (TeX specials need no escape there), but braces must balance and
 * whitespace ends nothing useful: both are percent-encoded, which leaves the URL meaning the same.
 */
const texUrl = (url: string): string => url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));

/** BibTeX name: "Family, Given"; a name kept whole is braced so BibTeX does not split it ({{World Health Organization}}). */
const bibName = (n: CiteName): string => (isLiteral(n) ? `{${texEscape(n.literal)}}` : texEscape(familyGiven(n)));

/** "doe2018can": family name, year, first title word, ASCII letters and digits only (keys must be plain). */
export function citeKey(input: CiteInput): string {
  const ascii = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const first = input.authors[0];
  const who = ascii(first ? keyName(first) : input.site) || 'clearpost';
  const year = (input.published ?? input.modified)?.year ?? '';
  const word =
    input.title
      .split(/\s+/)
      .map(ascii)
      .find((w) => w.length > 2) ?? '';
  return `${who}${year}${word}`;
}

/**
 * BibLaTeX `@online` (biblatex manual §2.1.1: required author/editor, title, date, url; optional organization,
 * urldate…). Author and date are omissible for @online, so a post without them leaves the fields out rather than
 * inventing them; the site is the `organization`.
 */
export function bibtex(input: CiteInput): string {
  const fields: Array<[string, string]> = [];
  if (input.authors.length > 0) fields.push(['author', input.authors.map(bibName).join(' and ')]);
  fields.push(['title', texEscape(input.title)]);
  fields.push(['organization', texEscape(input.site)]);
  const date = input.published ?? input.modified;
  if (date) fields.push(['date', isoDay(date)]);
  fields.push(['url', texUrl(input.url)]);
  fields.push(['urldate', isoDay(input.accessed)]);
  return `@online{${citeKey(input)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

/**
 * RIS (the Research Information Systems tagged format: `TAG  - value`, one per line, `TY` first, `ER` last).
 * Type BLOG for a post, ELEC (web page) for a page; T2 the blog or site; DA the date, Y2 the access date, as
 * Zotero and EndNote read them. A value is one line: a newline in a hostile title would start a forged tag.
 */
export function ris(input: CiteInput): string {
  const lines: string[] = [`TY  - ${input.kind === 'post' ? 'BLOG' : 'ELEC'}`];
  for (const a of input.authors) lines.push(`AU  - ${oneLine(isLiteral(a) ? a.literal : familyGiven(a))}`);
  lines.push(`TI  - ${oneLine(input.title)}`, `T2  - ${oneLine(input.site)}`);
  const date = input.published ?? input.modified;
  if (date) lines.push(`PY  - ${date.year}`, `DA  - ${risDay(date)}`);
  lines.push(`UR  - ${oneLine(input.url)}`, `Y2  - ${risDay(input.accessed)}`, 'ER  - ');
  return lines.join('\n');
}

const cslDate = (d: CiteDay) => ({ 'date-parts': [[d.year, d.month, d.day]] });

/**
 * CSL-JSON (the citation-style-language schema, csl-data.json): a one-item array, `post-weblog` for a post,
 * `webpage` for a page; names as family/given or `literal`. JSON.stringify does all the escaping.
 */
export function cslJson(input: CiteInput): string {
  const item: Record<string, unknown> = {
    id: citeKey(input),
    type: input.kind === 'post' ? 'post-weblog' : 'webpage',
    title: oneLine(input.title),
    'container-title': oneLine(input.site),
    URL: input.url,
  };
  if (input.authors.length > 0)
    item.author = input.authors.map((a) => (isLiteral(a) ? { literal: a.literal } : { family: a.family, ...(a.given ? { given: a.given } : {}) }));
  // CSL has no "modified" variable: `issued` is the publication day, else the last modification.
  const issued = input.published ?? input.modified;
  if (issued) item.issued = cslDate(issued);
  item.accessed = cslDate(input.accessed);
  return JSON.stringify([item], null, 2);
}
