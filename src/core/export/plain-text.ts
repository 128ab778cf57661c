/** Article → plain text: what "copy cleaned text" puts on the clipboard. */
import type { Article } from '../types';
import { attributionParts } from './attribution';
import { parseBody } from './dom';
import { findFootnotes, noteOrder } from './footnotes';
import { LinkRefs } from './link-refs';
import { type ExportOptions, type ExportWords, fillWording, META_SEPARATOR, metaParts } from './meta';
import { collapse, TextBlocks } from './text-blocks';

/**
 * Title; "byline · date · site"; blank line; the body's blocks separated by blank lines; the numbered
 * link references; the attribution (original source if any, site, post URL). Ends with a newline.
 */
export function toPlainText(article: Article, options: ExportOptions): string {
  const meta = metaParts(article, options);
  const head = [collapse(article.title) || options.words.untitled];
  const metaLine = [meta.byline?.text, meta.date?.text, meta.updated?.text, meta.site.text].filter((p): p is string => !!p).map(collapse);
  head.push(metaLine.join(META_SEPARATOR));

  const refs = new LinkRefs();
  const body = parseBody(article.contentHtml);
  const footnotes = findFootnotes(body);
  const blocks = new TextBlocks(refs, footnotes, options.words).render(body);
  // Footnotes: numbered with the links in reading order ("word [1]"), their text listed with the references.
  for (const id of noteOrder(footnotes)) {
    const li = footnotes.notes.get(id);
    if (li) refs.setNoteText(id, new TextBlocks(refs, footnotes, options.words).render(li).join('\n'));
  }
  const sections = [head.join('\n'), ...blocks];
  const refLines = refs.lines();
  if (refLines.length > 0) sections.push(refLines.join('\n'));
  sections.push(attributionLines(article, options.words).join('\n'));
  return `${sections.join('\n\n')}\n`;
}

export function attributionLines(article: Article, wording: Pick<ExportWords, 'originallyPublishedBy' | 'publishedOn'>): string[] {
  const { source, site, postUrl } = attributionParts(article);
  const lines: string[] = [];
  const same = (s: string): string => s;
  if (source) {
    const name = `${collapse(source.name)}${source.url ? ` (${source.url})` : ''}`;
    lines.push(fillWording(wording.originallyPublishedBy, { source: name }, same).join(''));
  }
  lines.push(fillWording(wording.publishedOn, { site: collapse(site.name), url: postUrl }, same).join(''));
  return lines;
}
