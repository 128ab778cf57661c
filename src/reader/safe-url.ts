/**
 * Every URL in an Article came from a site and is hostile until checked. The reader only ever links to
 * or loads http(s) URLs: `javascript:`, `data:`, `blob:`, `chrome:`... are dropped, never rendered.
 */

/** The absolute http(s) URL, or undefined. `base` resolves relative values. */
export function httpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** https only: embeds are third-party frames, so no mixed content and no downgrade. */
export function httpsUrl(value: unknown): string | undefined {
  const href = httpUrl(value);
  return href?.startsWith('https:') ? href : undefined;
}

/** "www.cnn.com" → "cnn.com", for display (Firefox's reader strips www./m. the same way). */
export function displayHost(href: string): string {
  try {
    return new URL(href).hostname.replace(/^(www|m)\./, '');
  } catch {
    return href;
  }
}

/** Same document, ignoring the fragment (used to keep footnote links inside the reader). */
export function sameDocument(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    x.hash = '';
    y.hash = '';
    return x.href === y.href;
  } catch {
    return false;
  }
}
