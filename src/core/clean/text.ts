/**
 * Site strings that must become text (titles, names, captions): entities decoded by the HTML parser of
 * an inert document, then textContent. The result is never HTML and must never be used as HTML.
 */
import { parseHtmlBody } from './dom';

export function htmlToText(html: string): string {
  const body = parseHtmlBody(html);
  // Script/style text is not visible text.
  for (const el of body.querySelectorAll('script, style, template, noscript')) el.remove();
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
