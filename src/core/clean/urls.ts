/**
 * URL policy of the cleaner. Every URL in content is hostile: it is resolved with the WHATWG URL parser
 * (which already strips tabs/newlines and leading control characters, so "java\tscript:" and
 * " javascript:" are seen for what they are) and then checked against an allow-list of schemes.
 */

/** Absolute http(s) URL or undefined. `base` resolves relative values; an unusable base resolves nothing. */
export function httpUrl(value: string | null | undefined, base?: string): string | undefined {
  const url = parseUrl(value, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

/** https only (embed frames: no mixed content, no downgrade). */
export function httpsUrl(value: string | null | undefined, base?: string): string | undefined {
  const href = httpUrl(value, base);
  return href?.startsWith('https:') ? href : undefined;
}

export function parseUrl(value: string | null | undefined, base?: string): URL | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const safeBase = base !== undefined && isHttp(base) ? base : undefined;
  try {
    return new URL(value.trim(), safeBase);
  } catch {
    return undefined;
  }
}

function isHttp(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

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

/** Same document, ignoring the fragment. */
export function sameDocument(a: string, b: string): boolean {
  const x = parseUrl(a);
  const y = parseUrl(b);
  if (!x || !y) return false;
  x.hash = '';
  y.hash = '';
  return x.href === y.href;
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

/** Host without "www." (display name of a site). */
export function displayHost(href: string): string | undefined {
  const url = parseUrl(href);
  return url ? url.hostname.replace(/^www\./, '') : undefined;
}

/**
 * Registrable domain, approximated: the last two labels, or three when the second-level label is a
 * common public suffix part ("co.uk", "com.au"). Good enough to tell "cnn.com" from "example.org";
 * Clearpost ships no Public Suffix List.
 */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return labels.join('.');
  const second = labels[labels.length - 2] ?? '';
  const take = /^(co|com|net|org|gov|edu|ac|or|ne|go)$/.test(second) && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}
