/**
 * The Markdown options' Turndown rules (issue 10 §4): reference-style links and the image style. Added last, so
 * they win over Turndown's own link and image rules; the unsafe-link / unsafe-image rules' targets never reach
 * them (only http(s) and mailto links, only http(s) images).
 */
import type TurndownService from 'turndown';
import { escapeDestination, escapeInline } from './markdown-escape';
import type { MarkdownOptions } from './meta';

/** The reference targets in order of first use; `[n]` is index + 1. */
export type ReferenceList = string[];

export function addOptionRules(service: TurndownService, options: MarkdownOptions, refs: ReferenceList): void {
  if (options.links === 'reference') {
    service.addRule('reference-link', {
      filter: (node) => node.nodeName === 'A' && /^(https?:|mailto:)/i.test((node as Element).getAttribute('href') ?? ''),
      replacement: (content, node) => {
        const text = content.trim();
        if (!text) return content;
        const url = escapeDestination((node as Element).getAttribute('href') ?? '');
        let n = refs.indexOf(url) + 1;
        if (n === 0) n = refs.push(url);
        return `[${text}][${n}]`;
      },
    });
  }
  const images = options.images ?? 'keep';
  if (images !== 'keep') {
    service.addRule('image-style', {
      filter: 'img',
      // `alt`: the words a reader of the note still needs; `none`: nothing. Alt text is site text: escaped.
      replacement: (_content, node) =>
        images === 'alt' ? escapeInline(((node as Element).getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim()) : '',
    });
  }
}
