/**
 * The title of a page that names no post title of its own (no theme title, JSON-LD headline or og:title).
 * Readability's title, or `<title>`, then often still carries the site's name ("Tide tables explained |
 * Coastal Notes"): Readability keeps the whole `<title>` when the part before the separator has fewer than
 * four words (`_getArticleTitle`, https://github.com/mozilla/readability/blob/main/Readability.js).
 * The last part is dropped only when the page itself confirms it is not part of the title: it is the
 * site's name or host, or one of the page's `<h1>`s reads exactly the part before it.
 */
import { collapse } from '../article/text';

/** " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / " between title and site (spaces on both sides). */
const SEPARATOR = /\s+(?:[|\-–—·»/]|::)\s+/g;
/** Enough <h1>s to find the title's without walking a page of them. */
const MAX_H1 = 8;

const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^www\./, '')
    .trim();

export function withoutSiteSuffix(title: string, doc: Document, site: { name: string; host: string }): string {
  const separators = [...title.matchAll(SEPARATOR)];
  const last = separators[separators.length - 1];
  if (!last || last.index === undefined) return title;
  const head = title.slice(0, last.index).trim();
  const tail = fold(title.slice(last.index + last[0].length));
  if (!head || !tail) return title;
  if ((site.name && tail === fold(site.name)) || tail === fold(site.host)) return head;
  const headings = Array.from(doc.getElementsByTagName('h1')).slice(0, MAX_H1);
  return headings.some((h1) => collapse(h1.textContent ?? '') === head) ? head : title;
}
