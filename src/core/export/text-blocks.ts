/**
 * Cleaned body DOM → plain-text blocks. Each block is whitespace-normalised (no leading spaces, no runs
 * of spaces); blocks are later joined with one blank line. Code blocks are the exception: verbatim.
 */
import { preformattedText } from './dom';
import type { Footnotes } from './footnotes';
import { mediaItem, mediaLine } from './media';
import type { ExportWords } from './meta';
import { isReferenceable, type LinkRefs, textIsUrl } from './link-refs';

/** Stands for <br> while whitespace is collapsed (a private-use character, never whitespace). */
const BR = '\uE000';

/** Containers: they end the running paragraph and hold blocks, without being a block themselves. */
const CONTAINERS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'CENTER',
  'DETAILS',
  'DIV',
  'DL',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'HEADER',
  'HGROUP',
  'MAIN',
  'NAV',
  'SECTION',
]);
/** Text blocks: their inline content is one block. */
const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'DT', 'DD', 'SUMMARY', 'CAPTION', 'LEGEND']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'svg', 'HEAD', 'TITLE']);

export class TextBlocks {
  readonly blocks: string[] = [];
  private inline = '';

  constructor(
    private readonly refs: LinkRefs,
    private readonly footnotes: Footnotes,
    private readonly words: ExportWords,
  ) {}

  /** Renders the children of `node` and returns the blocks. */
  render(node: Node): string[] {
    this.children(node);
    this.flush();
    return this.blocks;
  }

  private children(node: Node): void {
    for (const child of node.childNodes) this.node(child);
  }

  private node(node: Node): void {
    if (node.nodeType === 3) {
      this.inline += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true') return;
    const note = this.footnotes.refs.get(el);
    if (note !== undefined) {
      // "word [1]": the note itself is listed at the end (./plain-text.ts).
      this.inline = `${this.inline.replace(/\s+$/, '')} [${this.refs.note(note)}]`;
      return;
    }
    const media = mediaItem(el);
    if (media) {
      this.push(mediaLine(media.kind, collapse(media.title), media.url, this.words));
      return;
    }
    if (this.footnotes.notes.size > 0 && tag === 'OL' && el.classList.contains('cp-footnotes')) return;
    if (TEXT_BLOCKS.has(tag) || CONTAINERS.has(tag)) {
      this.flush();
      this.children(el);
      this.flush();
    } else if (tag === 'BR') this.inline += BR;
    else if (tag === 'IMG') this.image(el);
    else if (tag === 'A') this.link(el);
    else if (tag === 'HR') this.push('* * *');
    else if (tag === 'PRE') this.push(verbatim(el));
    else if (tag === 'BLOCKQUOTE') this.push(quote(this.sub(el)));
    else if (tag === 'UL' || tag === 'OL') this.push(this.list(el));
    else if (tag === 'TABLE') this.push(this.table(el as HTMLTableElement));
    else if (tag === 'LI') {
      // A stray <li> outside a list: render it as a bullet of its own.
      this.push(indentItem('• ', this.sub(el)));
    } else this.children(el);
  }

  private image(el: Element): void {
    const alt = collapse(el.getAttribute('alt') ?? '');
    if (alt) this.inline += ` [Image: ${alt}] `;
  }

  private link(el: Element): void {
    const before = this.inline.length;
    const blocksBefore = this.blocks.length;
    this.children(el);
    const href = el.getAttribute('href') ?? '';
    const text = this.blocks.length === blocksBefore ? this.inline.slice(before) : this.inline;
    if (!isReferenceable(href) || collapse(text.replaceAll(BR, ' ')) === '' || textIsUrl(collapse(text), href)) return;
    this.inline = this.inline.replace(/\s+$/, '') + ` [${this.refs.number(href)}]`;
  }

  /** Blocks of an element's content rendered on their own (for quotes and list items). */
  private sub(el: Element): string[] {
    return new TextBlocks(this.refs, this.footnotes, this.words).render(el);
  }

  private list(el: Element): string {
    const ordered = el.tagName.toUpperCase() === 'OL';
    const start = Number.parseInt(el.getAttribute('start') ?? '1', 10);
    let n = Number.isFinite(start) ? start : 1;
    const lines: string[] = [];
    for (const child of el.children) {
      const tag = child.tagName.toUpperCase();
      if (tag === 'UL' || tag === 'OL') {
        lines.push(indentLines(this.list(child), '  '));
        continue;
      }
      const marker = ordered ? `${n++}. ` : '• ';
      const item = indentItem(marker, this.sub(tag === 'LI' ? child : wrap(child)));
      if (item) lines.push(item);
    }
    return lines.join('\n');
  }

  private table(table: HTMLTableElement): string {
    const lines: string[] = [];
    const caption = table.caption ? this.sub(table.caption).join(' ') : '';
    if (caption) lines.push(caption);
    for (const row of table.rows) {
      const cells = [...row.cells].map((cell) => this.sub(cell).join(' ').replace(/\n+/g, ' '));
      if (cells.some((c) => c !== '')) lines.push(cells.join(' | '));
    }
    return lines.join('\n');
  }

  private push(block: string): void {
    this.flush();
    if (block.trim() !== '') this.blocks.push(block);
  }

  /** Ends the running paragraph: collapse whitespace, one line per <br>, drop it when empty. */
  private flush(): void {
    const text = this.inline
      .split(BR)
      .map(collapse)
      .join('\n')
      .replace(/^\n+|\n+$/g, '')
      .replace(/\n{2,}/g, '\n');
    this.inline = '';
    if (text !== '') this.blocks.push(text);
  }
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Code keeps its own spacing; only the newline an HTML parser would drop and trailing blank lines go. */
function verbatim(pre: Element): string {
  return preformattedText(pre).replace(/^\n/, '').replace(/\s+$/, '');
}

function quote(blocks: string[]): string {
  return blocks
    .join('\n\n')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** "• first block" with the item's further lines aligned under its text. */
function indentItem(marker: string, blocks: string[]): string {
  if (blocks.length === 0) return '';
  const pad = ' '.repeat(marker.length);
  return marker + indentLines(blocks.join('\n'), pad).slice(pad.length);
}

function indentLines(text: string, pad: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** Wraps a non-<li> child of a list so its text renders as one item. */
function wrap(el: Element): Element {
  const box = el.ownerDocument.createElement('div');
  box.appendChild(el.cloneNode(true));
  return box;
}
