/**
 * Site strings that must become text (titles, names, captions): entities decoded by the HTML parser of
 * an inert document, then textContent. The result is never HTML and must never be used as HTML.
 */
import { inertDocument } from './dom';

export function htmlToText(html: string): string {
  const doc = inertDocument();
  const template = doc.createElement('template');
  template.innerHTML = html;
  // Script/style text is not visible text.
  for (const el of template.content.querySelectorAll('script, style, template, noscript')) el.remove();
  return (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
}
