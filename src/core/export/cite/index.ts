/**
 * Citations of a post (issue 10 §3): APA 7, MLA 9, Chicago notes-bibliography (note and bibliography entry),
 * Harvard (Cite Them Right), BibLaTeX @online, RIS and CSL-JSON. A small formatter instead of citation-js or
 * citeproc-js with a bundled style: either is several hundred KB minified against a 200 KB budget for the whole
 * zip, for the one item type (a web page / blog post) used here.
 */
import type { Article } from '../../types';
import { toDay } from './dates';
import { bibtex, cslJson, ris } from './data';
import { splitAuthors } from './names';
import { apa, chicago, chicagoNote, harvard, mla } from './prose';
import type { Citation, CiteInput, CitePart, CiteStyle } from './types';

export type { Citation, CiteInput, CiteName, CitePart, CiteStyle, CiteDay } from './types';
export { CITE_STYLES } from './types';
export { parseName, splitAuthors } from './names';

/** The post's structured fields; `accessed` is when the user cites it (the caller's clock). */
export function citeInput(article: Article, accessed: Date): CiteInput {
  const published = toDay(article.published, article.rest?.siteDate);
  const modified = toDay(article.modified);
  const accessedDay = toDay(accessed.toISOString()) as NonNullable<ReturnType<typeof toDay>>;
  return {
    authors: splitAuthors(article.byline?.name),
    title: article.title,
    site: article.site.name,
    url: article.url,
    kind: article.rest?.type === 'page' ? 'page' : 'post',
    ...(published ? { published } : {}),
    ...(modified ? { modified } : {}),
    accessed: accessedDay,
  };
}

const PROSE: Record<'apa' | 'mla' | 'chicago' | 'chicagoNote' | 'harvard', (input: CiteInput) => CitePart[]> = {
  apa,
  mla,
  chicago,
  chicagoNote,
  harvard,
};

export function cite(style: CiteStyle, input: CiteInput): Citation {
  if (style === 'bibtex' || style === 'ris' || style === 'csl') {
    const text = style === 'bibtex' ? bibtex(input) : style === 'ris' ? ris(input) : cslJson(input);
    return { style, parts: [{ text }], text };
  }
  const parts = PROSE[style](input);
  return { style, parts, text: parts.map((p) => p.text).join('') };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rich copy: the parts as HTML, every site character escaped; italics as <i>. */
export function citationHtml(citation: Citation): string {
  return citation.parts.map((p) => (p.italic ? `<i>${escapeHtml(p.text)}</i>` : escapeHtml(p.text))).join('');
}
