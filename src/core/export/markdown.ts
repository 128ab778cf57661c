/** Article → Markdown (GFM), via Turndown on the sanitised body. */
import TurndownService from 'turndown';
import type { Article } from '../types';
import { inertDocument, parseBody } from './dom';
import { escapeHtmlish, escapeInline, mdLink } from './markdown-escape';
import { addMathRule, addMediaRule, addRules } from './markdown-rules';
import { type ExportOptions, type ExportWords, fillWording, META_SEPARATOR, metaParts } from './meta';
import { attributionParts } from './attribution';
import { findFootnotes, noteOrder } from './footnotes';
import { addFootnoteRules, footnoteDefinition, labelFootnotes } from './markdown-footnotes';
import { frontMatter } from './front-matter';
import { addOptionRules, type ReferenceList } from './markdown-options';

function createService(hasNotes: boolean, words: ExportWords, options: ExportOptions['markdown'], refs: ReferenceList): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  const base = service.escape.bind(service);
  service.escape = (text: string): string => escapeHtmlish(base(text));
  // Anything the sanitiser let through but Markdown cannot say is dropped rather than kept as raw HTML.
  service.remove(['script', 'style', 'template', 'noscript', 'button', 'iframe', 'object', 'embed']);
  addRules(service);
  addFootnoteRules(service, hasNotes);
  addMediaRule(service, words);
  addMathRule(service);
  addOptionRules(service, options ?? {}, refs); // last: Turndown tries the rules added last first
  return service;
}

/** `# Title`, the meta line, the featured image, the body, then the attribution paragraph. */
export function toMarkdown(article: Article, options: ExportOptions): string {
  const meta = metaParts(article, options);
  const md = options.markdown ?? {};
  const parts: string[] = md.frontMatter ? [frontMatter(article, md.frontMatter.accessed)] : [];
  parts.push(`# ${escapeInline(article.title.replace(/\s+/g, ' ').trim() || options.words.untitled)}`);
  const metaLine = [
    meta.byline ? mdLink(meta.byline.text, meta.byline.url) : undefined,
    meta.date ? escapeInline(meta.date.text) : undefined,
    meta.updated ? escapeInline(meta.updated.text) : undefined,
    mdLink(meta.site.text, meta.site.url),
  ].filter((p): p is string => !!p);
  parts.push(metaLine.join(META_SEPARATOR));

  const image = article.featuredImage;
  const images = md.images ?? 'keep';
  if (image && /^https?:/i.test(image.src) && images !== 'none') {
    const shown =
      images === 'alt' ? escapeInline(image.alt.trim()) : `![${escapeInline(image.alt)}](${image.src.replace(/[()<>\s]/g, encodeURIComponent)})`;
    const caption = image.caption ? `*${escapeInline(image.caption)}*` : '';
    // The caption directly under the image, like body figures.
    const block = [shown, caption].filter(Boolean).join('\n');
    if (block) parts.push(block);
  }

  const bodyEl = parseBody(article.contentHtml, inertDocument());
  const footnotes = findFootnotes(bodyEl);
  const labels = labelFootnotes(footnotes, noteOrder(footnotes));
  const refs: ReferenceList = [];
  const service = createService(labels.size > 0, options.words, md, refs);
  const body = service.turndown(bodyEl).trim();
  if (body) parts.push(body);
  const notes = [...labels].map(([id, n]) =>
    footnoteDefinition(n, footnotes.notes.has(id) ? service.turndown(footnotes.notes.get(id) as HTMLElement).trim() : ''),
  );
  if (notes.length > 0) parts.push(notes.join('\n'));
  // Reference-style links: one numbered list for the body and the notes (Turndown's own numbering restarts per call).
  if (refs.length > 0) parts.push(refs.map((url, i) => `[${i + 1}]: ${url}`).join('\n'));

  const attribution = attributionParts(article);
  const sentences: string[] = [];
  const wording = options.words;
  const esc = (s: string): string => escapeInline(s);
  if (attribution.source) {
    sentences.push(fillWording(wording.originallyPublishedBy, { source: mdLink(attribution.source.name, attribution.source.url) }, esc).join(''));
  }
  const site = mdLink(attribution.site.name, attribution.site.url);
  sentences.push(fillWording(wording.publishedOn, { site, url: autolink(attribution.postUrl) }, esc).join(''));
  // One rule between body and attribution, even when the body already ends with one.
  if (!/(^|\n)---$/.test(parts.at(-1) ?? '')) parts.push('---');
  parts.push(sentences.join(' '));
  return `${parts.join('\n\n')}\n`;
}

/** `<https://…>` (CommonMark autolink) when the URL allows it, else an escaped link. */
function autolink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : mdLink(url, url);
}
