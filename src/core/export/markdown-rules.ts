/**
 * Turndown rules Clearpost adds: GFM tables (written here instead of `turndown-plugin-gfm`, which is
 * unmaintained since 2017 and keeps header-less tables as raw HTML) and fenced code that finds the
 * language wherever WordPress code plugins put it.
 */
import type TurndownService from 'turndown';
import { preformattedText } from './dom';
import { escapeInline } from './markdown-escape';
import { mediaItem, mediaLine } from './media';
import type { ExportWords } from './meta';

/** Language from `language-x` / `lang-x` classes, `data-lang(uage)`, or SyntaxHighlighter's `brush: x`. */
export function codeLanguage(pre: Element): string {
  const code = pre.querySelector('code');
  for (const el of [code, pre]) {
    if (!el) continue;
    const cls = el.getAttribute('class') ?? '';
    const found =
      /(?:^|\s)lang(?:uage)?-([\w+#.-]+)/.exec(cls)?.[1] ??
      /brush:\s*([\w+#.-]+)/.exec(cls)?.[1] ??
      el.getAttribute('data-language') ??
      el.getAttribute('data-lang') ??
      undefined;
    if (found && /^[\w+#.-]{1,32}$/.test(found)) return found.toLowerCase();
  }
  return '';
}

function fenced(code: string, language: string): string {
  // The fence must be longer than any backtick run inside the code (CommonMark §4.5).
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `\n\n${fence}${language}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
}

function cellText(content: string): string {
  return content.replace(/\n+/g, ' ').replace(/\|/g, '\\|').trim();
}

function isFirstRow(row: Element): boolean {
  const table = row.closest('table');
  return !!table && table.querySelector('tr') === row;
}

function colspan(cell: Element): number {
  const n = Number.parseInt(cell.getAttribute('colspan') ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 50) : 1;
}

/** Link targets a Markdown copy may carry: the same set the sanitiser allows. */
const SAFE_HREF = /^(https?:|mailto:|#)/i;

export function addRules(service: TurndownService): void {
  // Defence in depth: a link or image the sanitiser should already have fixed is kept as text only.
  service.addRule('unsafe-link', {
    filter: (node) => node.nodeName === 'A' && !SAFE_HREF.test((node as Element).getAttribute('href') ?? ''),
    replacement: (content) => content,
  });
  service.addRule('unsafe-image', {
    filter: (node) => node.nodeName === 'IMG' && !/^https?:/i.test((node as Element).getAttribute('src') ?? ''),
    replacement: () => '',
  });
  // A figure's caption stays with its image: `*caption*` on the line right under it (issue 10 §1), not a
  // paragraph of its own that reads like body text.
  service.addRule('figure-caption', {
    filter: (node) => node.nodeName === 'FIGCAPTION' && node.parentNode?.nodeName === 'FIGURE',
    replacement: (content, node) => {
      const text = content.replace(/\s+/g, ' ').trim();
      if (!text) return '';
      const media = (node.parentNode as Element).querySelector('img, picture, video, audio');
      return `${media ? '\n' : '\n\n'}*${text}*\n\n`;
    },
  });
  service.addRule('code-block', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => fenced(preformattedText(node as Element), codeLanguage(node as Element)),
  });
  service.addRule('table-cell', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const cell = node as Element;
      const text = cellText(content);
      const first = cell.previousElementSibling === null;
      // A spanning cell takes several columns: pad with empty cells so every row lines up.
      return `${first ? '| ' : ' '}${text} |${' |'.repeat(colspan(cell) - 1)}`;
    },
  });
  service.addRule('table-row', {
    filter: 'tr',
    replacement: (content, node) => {
      const row = node as Element;
      let out = `\n${content}`;
      if (isFirstRow(row)) {
        // GFM needs a header row; the first row is it, even when the site used <td> for it.
        const cols = [...row.children].reduce((sum, cell) => sum + colspan(cell), 0);
        out += `\n|${' --- |'.repeat(Math.max(1, cols))}`;
      }
      return out;
    },
  });
  service.addRule('table-section', {
    filter: ['thead', 'tbody', 'tfoot'],
    replacement: (content) => content,
  });
  service.addRule('table-caption', {
    filter: 'caption',
    replacement: () => '',
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (content, node) => {
      const caption = (node as HTMLTableElement).caption?.textContent?.trim();
      const lead = caption ? `\n\n${service.escape(caption.replace(/\s+/g, ' '))}\n` : '\n';
      return `${lead}${content.replace(/\n+/g, '\n')}\n\n`;
    },
  });
}

/** Click-to-load embeds, audio, video and File-block links: one line each (./media.ts), the URL as an autolink. */
export function addMediaRule(service: TurndownService, words: ExportWords): void {
  service.addRule('media', {
    filter: (node) => /^(A|AUDIO|VIDEO)$/.test(node.nodeName) && mediaItem(node as Element) !== undefined,
    replacement: (_content, node) => {
      const item = mediaItem(node as Element);
      if (!item) return '';
      const url = /^[^\s<>]+$/.test(item.url) ? `<${item.url}>` : item.url.replace(/[\s<>]/g, encodeURIComponent);
      return `\n\n${mediaLine(item.kind, escapeInline(item.title), url, words)}\n\n`;
    },
  });
}

/**
 * Math the cleaner kept as TeX (../clean/math.ts): `$…$` inline, `$$…$$` for display math. `<` and `>` become
 * TeX's own `\\lt` / `\\gt` and an entity-like `&x;` gets `{}` after the `&` (CommonMark §6.2), so site text can
 * never be raw HTML or an entity in a Markdown renderer; an unescaped `$` would end the formula.
 */
export function addMathRule(service: TurndownService): void {
  service.addRule('math', {
    filter: (node) => node.nodeName === 'CODE' && (node as Element).classList.contains('cp-math'),
    replacement: (_content, node) => {
      const tex = (node.textContent ?? '')
        .replace(/\s*<\s*/g, ' \\lt ')
        .replace(/\s*>\s*/g, ' \\gt ')
        .replace(/&(?=#?[a-z0-9]+;)/gi, '&{}')
        .replace(/(?<!\\)\$/g, '\\$')
        .trim();
      return (node as Element).classList.contains('cp-math-block') ? `$$${tex}$$` : `$${tex}$`;
    },
  });
}
