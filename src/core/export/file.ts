/**
 * Saving a post as a file (issue 10 §4): the file name from the post's slug, and the self-contained HTML page.
 * The reader downloads what these return (src/reader/keep.ts); no new permission is involved.
 */
import type { Article } from '../types';

export type SaveFormat = 'md' | 'html' | 'txt';

/** Names Windows refuses whatever the extension (CON.md cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * "my-post.md" from `https://site/2024/06/my-post/`: the last path segment (WordPress's slug), percent-decoded
 * (slugs of non-Latin titles are percent-encoded UTF-8), reduced to letters, digits, `-` and `_` so no path
 * separator, control character, dot-file or reserved device name can come from the site; at most 80 characters.
 */
export function fileName(article: Article, format: SaveFormat): string {
  let segment = '';
  try {
    const path = new URL(article.url).pathname.split('/').filter(Boolean);
    segment = path.at(-1) ?? '';
    segment = decodeURIComponent(segment);
  } catch {
    // a malformed URL or escape: fall back below
  }
  segment = segment.replace(/\.(html?|php)$/i, '');
  let base = segment
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  base = Array.from(base)
    .slice(0, 80)
    .join('')
    .replace(/[-_]+$/, '');
  if (!base) base = article.rest ? `post-${article.rest.id}` : 'post';
  if (RESERVED.test(base)) base = `${base}-post`;
  return `${base}.${format}`;
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

export interface HtmlPageParts {
  /** The sanitised article HTML (toHtml's output: it has been through the one DOMPurify configuration). */
  body: string;
  /** The reader's own CSS, inlined so the file needs nothing else. */
  css: string;
  /** Attributes for <html> (the reader's theme and font choices), names `data-*` only. */
  rootData?: Record<string, string>;
}

/**
 * A standalone page. Its own CSP forbids every script and every request but images (http(s) links, or data: URIs
 * from ./embed-images.ts): if anything had slipped past the sanitiser it still could not run when the file is
 * opened from disk.
 */
export function htmlPage(article: Article, parts: HtmlPageParts): string {
  const lang = article.lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(article.lang) ? ` lang="${article.lang}"` : '';
  const data = Object.entries(parts.rootData ?? {})
    .filter(([k]) => /^data-[a-z-]+$/.test(k))
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const canonical = article.canonicalUrl ?? article.url;
  const css = parts.css.replace(/<\/(style)/gi, '<\\/$1');
  return [
    '<!doctype html>',
    `<html${lang} dir="${article.dir}"${data} data-state="ready">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(article.title.replace(/\s+/g, ' ').trim())}</title>`,
    ...(/^https?:/i.test(canonical) ? [`<link rel="canonical" href="${escapeAttr(canonical)}">`] : []),
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    `<main id="reader"><article class="cp-article cp-saved">${parts.body}</article></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
