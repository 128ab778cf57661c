/** The safety invariants every sanitised output must meet (shared by the XSS tests). */
const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background', 'data', 'data-embed-src'];
const FORBIDDEN =
  'script, iframe, object, embed, form, style, link, meta, base, svg, math, frame, frameset, applet, input, button, textarea, select, noscript, template';

/** Returns the violations found in `html` (empty when safe). Re-parses it as the reader would. */
export function violations(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('<script in output');
  const template = document.implementation.createHTMLDocument('').createElement('template');
  template.innerHTML = html;
  const bad = template.content.querySelector(FORBIDDEN);
  if (bad) found.push(`forbidden element <${bad.tagName.toLowerCase()}>`);
  for (const el of template.content.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`event handler ${attr.name}`);
      if (attr.name === 'style') found.push('style attribute');
      if (
        URL_ATTRS.includes(attr.name.toLowerCase()) &&
        // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these control characters inside a URL scheme, so they are stripped before the check
        /(javascript|vbscript|data|blob|file)\s*:/i.test(attr.value.replace(/[\s\u0000-\u001f]/g, ''))
      ) {
        found.push(`unsafe URL in ${attr.name}: ${attr.value.slice(0, 60)}`);
      }
    }
  }
  return found;
}
