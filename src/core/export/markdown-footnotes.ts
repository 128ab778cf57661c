/** Real Markdown footnotes (`[^1]` … `[^1]: note`, GFM / Pandoc / Obsidian) for the notes ./footnotes.ts finds. */
import type TurndownService from 'turndown';
import type { Footnotes } from './footnotes';

/** Turndown converts a clone of the body, so the references are marked by attribute (on our own detached copy). */
const LABEL = 'data-cp-note';

/** Marks each reference with its label; returns the labels in note order. */
export function labelFootnotes(footnotes: Footnotes, order: string[]): Map<string, number> {
  const labels = new Map(order.map((id, i) => [id, i + 1]));
  for (const [sup, id] of footnotes.refs) sup.setAttribute(LABEL, String(labels.get(id)));
  return labels;
}

export function addFootnoteRules(service: TurndownService, hasNotes: boolean): void {
  service.addRule('footnote-ref', {
    filter: (node) => node.nodeName === 'SUP' && (node as Element).hasAttribute(LABEL),
    replacement: (_content, node) => `[^${(node as Element).getAttribute(LABEL)}]`,
  });
  service.addRule('footnote-list', {
    filter: (node) => hasNotes && node.nodeName === 'OL' && (node as Element).classList.contains('cp-footnotes'),
    replacement: () => '\n\n',
  });
}

/** `[^n]: text`, later paragraphs of the note indented by four spaces (how footnotes continue in GFM). */
export function footnoteDefinition(n: number, markdown: string): string {
  const body = markdown
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : `    ${line}`))
    .join('\n');
  return `[^${n}]: ${body}`;
}
