/** What a citation is made of: the post's structured fields (REST), never guessed from the page's text. */
export type CiteStyle = 'apa' | 'mla' | 'chicago' | 'chicagoNote' | 'harvard' | 'bibtex' | 'ris' | 'csl';
export const CITE_STYLES: readonly CiteStyle[] = ['apa', 'mla', 'chicago', 'chicagoNote', 'harvard', 'bibtex', 'ris', 'csl'];

/** A person (family + given, when the name can be split by Western conventions) or a name kept whole (`literal`). */
export type CiteName = { family: string; given?: string } | { literal: string };

/** A calendar day (no time zone games: the site's own day when WordPress gives it). */
export interface CiteDay {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface CiteInput {
  authors: CiteName[];
  title: string;
  site: string;
  url: string;
  /** `post`: a blog post (APA "Blog post", Chicago "(blog)", RIS BLOG, CSL post-weblog); `page`: a webpage. */
  kind: 'post' | 'page';
  published?: CiteDay;
  modified?: CiteDay;
  accessed: CiteDay;
}

/** A run of citation text; `italic` where the style sets titles in italics. Site text stays text: the UI sets textContent. */
export interface CitePart {
  text: string;
  italic?: boolean;
}

export interface Citation {
  style: CiteStyle;
  parts: CitePart[];
  /** The plain text (the parts joined; data formats are only this). */
  text: string;
}
