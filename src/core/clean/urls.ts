/**
 * URL policy of the cleaner: link targets and srcset. The URL rules themselves (http(s) only, no credentials,
 * a safe base) are src/core/url.ts.
 */
import { httpUrl, parseUrl, sameDocument } from '../url';

/**
 * A link target: `#anchor` (in-page, kept as is), http(s) (absolutised) or mailto:. A link to the post
 * itself with a fragment becomes `#fragment` so footnotes written with absolute URLs stay in the reader.
 */
export function safeHref(value: string | null | undefined, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^#[^\s<>"'`]*$/.test(trimmed)) return trimmed.length > 1 ? trimmed : undefined;
  const url = parseUrl(trimmed, base);
  if (!url) return undefined;
  if (url.protocol === 'mailto:') return url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hash.length > 1 && sameDocument(url.href, base)) return url.hash;
  return url.href;
}

/**
 * srcset → only http(s) candidates, absolutised. Parsed like the HTML spec's "parse a srcset attribute"
 * (a URL is a run of non-space characters; trailing commas end it), because URLs may contain commas.
 * https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute
 */
export function sanitizeSrcset(value: string | null | undefined, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const out: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') break;
    const urlMatch = /^\S+/.exec(rest);
    if (!urlMatch) break;
    let raw = urlMatch[0];
    rest = rest.slice(raw.length);
    let descriptor = '';
    if (/,+$/.test(raw)) {
      raw = raw.replace(/,+$/, '');
    } else {
      const end = rest.indexOf(',');
      descriptor = (end === -1 ? rest : rest.slice(0, end)).trim();
      rest = end === -1 ? '' : rest.slice(end + 1);
    }
    const url = httpUrl(raw, base);
    if (!url) continue;
    if (descriptor !== '' && !/^\d+(\.\d+)?[wx]$/.test(descriptor)) continue;
    // A URL with a literal space or comma would split differently when re-parsed: encode them.
    const encoded = url.replace(/,/g, '%2C').replace(/ /g, '%20');
    out.push(descriptor ? `${encoded} ${descriptor}` : encoded);
  }
  return out.length > 0 ? out.join(', ') : undefined;
}
