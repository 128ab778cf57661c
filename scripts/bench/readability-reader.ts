/**
 * The baseline: a Readability-based reader, the way such extensions work. Bundled (with Readability and
 * DOMPurify) into one classic script that the bench injects into an isolated world of the page, like a
 * content script. It runs at once: clone the document, `new Readability(clone).parse()`, sanitise the result
 * with DOMPurify, and show it in a frame over the page — a host element with a closed shadow root holding an
 * iframe, styled with Clearpost's own reader CSS — so both readers paint the same kind of article in the
 * same kind of frame. `window.__benchReaderCss` (set beforehand, untimed) carries the CSS.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';

declare global {
  interface Window {
    __benchReaderCss?: string;
    __benchReadabilityError?: string;
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Phase marks for the bench's breakdown (bench: prefix, read from the page's timeline).
const mark = (name: string): void => void performance.mark(`bench:${name}`);

try {
  mark('clone-start');
  const clone = document.cloneNode(true) as Document;
  mark('parse-start');
  const article = new Readability(clone).parse();
  if (!article) throw new Error('Readability found no article');
  mark('sanitize-start');
  const content = DOMPurify.sanitize(article.content ?? '');
  mark('render-start');
  const lang = esc(article.lang ?? 'en');
  const header = `<header class="cp-header"><h1>${esc(article.title ?? '')}</h1>${article.byline ? `<p class="cp-byline">${esc(article.byline)}</p>` : ''}${article.siteName ? `<p class="cp-site">${esc(article.siteName)}</p>` : ''}</header>`;
  const html =
    `<!doctype html><html lang="${lang}" data-state="ready" data-theme="auto" data-font="serif"><head><meta charset="utf-8">` +
    `<meta name="referrer" content="no-referrer"><style>${window.__benchReaderCss ?? ''}</style></head>` +
    `<body><main id="reader"><article class="cp-article">${header}<div class="cp-content">${content}</div></article></main></body></html>`;

  const host = document.createElement('bench-readability-reader');
  for (const [name, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['inset', '0'],
    ['width', '100vw'],
    ['height', '100vh'],
    ['display', 'block'],
    ['z-index', '2147483647'],
  ] as const) {
    host.style.setProperty(name, value, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  for (const [name, value] of [
    ['all', 'initial'],
    ['display', 'block'],
    ['width', '100%'],
    ['height', '100%'],
    ['border', '0'],
  ] as const) {
    frame.style.setProperty(name, value, 'important');
  }
  // No sandbox attribute: a sandbox without scripts would also stop the bench's own observer (the article
  // is sanitised, so the frame runs no site script either way).
  frame.srcdoc = html;
  root.append(frame);
  document.documentElement.append(host);
  mark('render-end');
} catch (error) {
  window.__benchReadabilityError = String(error);
}
