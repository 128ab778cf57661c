/**
 * "Copy quote" (issue 10 §2): a selection of an article as a Markdown blockquote, a rich HTML
 * `<blockquote cite>` and plain text, each followed by one citation line (author, title, site, published
 * date, link). The link is the article's canonical address plus a text fragment that scrolls the original
 * page to the passage (./text-fragment.ts).
 *
 * The selection is hostile input like everything else from a page: it is only ever text here. The HTML is
 * built in an inert document through textContent / setAttribute and passes the shared sanitiser once;
 * the Markdown escapes it like any site text.
 */
import { sanitizeHtml } from '../clean';
import type { Article } from '../types';
import { inertDocument } from './dom';
import { escapeDestination, escapeInline } from './markdown-escape';
import { type ExportOptions, fillWording, formatDate } from './meta';
import { quoteParagraphs, textDirective, withTextFragment } from './text-fragment';

/** The three flavours written to the clipboard at once. */
export interface QuoteExport {
  text: string;
  markdown: string;
  html: string;
  /** The citation's link: canonical address + text fragment. */
  link: string;
}

/** What the citation line names, in order; absent parts are left out. */
export interface CitationParts {
  author?: string;
  title: string;
  site?: string;
  date?: { text: string; iso: string };
  link: string;
}

const SAFE_URL = /^https?:/i;
/** Typographic, not a word: the dash that introduces a quote's source in every language shipped. */
const CITATION_DASH = '— ';

/** The address a quote links to: the canonical URL when it is a web address, else the post's own. */
export function quoteBaseUrl(article: Article): string {
  return article.canonicalUrl && SAFE_URL.test(article.canonicalUrl) ? article.canonicalUrl : article.url;
}

export function citationParts(article: Article, link: string, options: ExportOptions): CitationParts {
  const parts: CitationParts = { title: article.title.trim() || options.words.untitled, link };
  const author = article.byline?.name.trim();
  if (author) parts.author = author;
  const site = article.site.name.trim();
  if (site) parts.site = site;
  const date = formatDate(article.published, options.locale);
  if (date && article.published) parts.date = { text: date, iso: article.published };
  return parts;
}

/** Undefined when the selection holds no text. */
export function toQuote(selection: string, article: Article, options: ExportOptions): QuoteExport | undefined {
  const paragraphs = quoteParagraphs(selection);
  if (paragraphs.length === 0) return undefined;
  const base = quoteBaseUrl(article);
  const link = SAFE_URL.test(base) ? withTextFragment(base, textDirective(paragraphs, article.lang)) : base;
  const parts = citationParts(article, link, options);
  return {
    text: quoteText(paragraphs, parts, options),
    markdown: quoteMarkdown(paragraphs, parts, options),
    html: quoteHtml(paragraphs, parts, options, article),
    link,
  };
}

/** The citation line's pieces in order, each made by `make`, between the locale's separators. */
function citation<T>(
  parts: CitationParts,
  options: ExportOptions,
  make: { text(s: string): T; title(s: string): T; date(d: { text: string; iso: string }): T },
): T[] {
  const { words } = options;
  const groups: T[][] = [];
  if (parts.author) groups.push([make.text(parts.author)]);
  groups.push(fillWording(words.quoteTitle, { title: make.title(parts.title) }, make.text));
  if (parts.site) groups.push([make.text(parts.site)]);
  if (parts.date) groups.push([make.date(parts.date)]);
  const out: T[] = [make.text(CITATION_DASH)];
  groups.forEach((group, i) => {
    if (i > 0) out.push(make.text(words.quoteSeparator));
    out.push(...group);
  });
  return out;
}

function quoteText(paragraphs: string[], parts: CitationParts, options: ExportOptions): string {
  const line = citation(parts, options, { text: (s) => s, title: (s) => s, date: (d) => d.text }).join('');
  // Plain text has no links: the address ends the line, after the locale's separator.
  return `${paragraphs.join('\n\n')}\n\n${line}${options.words.quoteSeparator}${parts.link}\n`;
}

function quoteMarkdown(paragraphs: string[], parts: CitationParts, options: ExportOptions): string {
  const quoted = paragraphs.map((p) => `> ${escapeInline(p)}`).join('\n>\n');
  const link = SAFE_URL.test(parts.link) ? escapeDestination(parts.link) : undefined;
  const line = citation(parts, options, {
    text: (s) => escapeInline(s),
    title: (s) => (link ? `[${escapeInline(s)}](${link})` : escapeInline(s)),
    date: (d) => escapeInline(d.text),
  }).join('');
  return `${quoted}\n\n${line}\n`;
}

function quoteHtml(paragraphs: string[], parts: CitationParts, options: ExportOptions, article: Article): string {
  const doc = inertDocument();
  const root = doc.createElement('div');
  const quote = doc.createElement('blockquote');
  const safeLink = SAFE_URL.test(parts.link);
  if (safeLink) quote.setAttribute('cite', parts.link);
  for (const paragraph of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = paragraph;
    quote.append(p);
  }
  const line = doc.createElement('p');
  line.append(
    ...citation<Node>(parts, options, {
      text: (s) => doc.createTextNode(s),
      title: (s) => {
        const cite = doc.createElement('cite');
        if (!safeLink) {
          cite.textContent = s;
          return cite;
        }
        const a = doc.createElement('a');
        a.setAttribute('href', parts.link);
        a.textContent = s;
        cite.append(a);
        return cite;
      },
      date: (d) => {
        const time = doc.createElement('time');
        time.setAttribute('datetime', d.iso);
        time.textContent = d.text;
        return time;
      },
    }),
  );
  root.append(quote, line);
  // The shared sanitiser once more, as every export's HTML. It turns links to the article's own page into
  // in-page anchors (right for the body, wrong here): the link, checked above, is set again afterwards, as
  // is the wrapper, which carries only values checked here.
  const clean = sanitizeHtml(root.innerHTML, article.url);
  if (safeLink) {
    clean.querySelector('blockquote')?.setAttribute('cite', parts.link);
    clean.querySelector('cite a')?.setAttribute('href', parts.link);
  }
  const wrapper = doc.createElement('div');
  if (article.lang && LANG_TAG.test(article.lang)) wrapper.setAttribute('lang', article.lang);
  wrapper.setAttribute('dir', article.dir === 'rtl' ? 'rtl' : 'ltr');
  wrapper.append(...clean.childNodes);
  return wrapper.outerHTML;
}

const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
