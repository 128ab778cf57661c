/**
 * TEMPORARY stand-in for `htmlToText` from ../clean (being written in parallel); switch the import in
 * text.ts once it lands. DOMParser documents are inert: no scripts run, no resources load.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const el of doc.body.querySelectorAll('script, style, template, noscript')) el.remove();
  return doc.body.textContent ?? '';
}
