/**
 * The one set of URL rules for everything a site or a page gives us (detection, cleaning, the Article, the
 * reader). Every such URL is hostile until checked here: it is parsed with the WHATWG URL parser (which already
 * strips tabs/newlines and leading control characters, so "java\tscript:" and " javascript:" are seen for what
 * they are), and only http(s) without credentials survives: `javascript:`, `data:`, `blob:`, `chrome:`... are
 * dropped, and `https://trusted.example@evil.example/` (or a URL that would send a password) is never loaded,
 * linked as a resource or requested.
 */

/**
 * `value` parsed, relative values resolved against `base`. An unusable or non-http(s) base resolves nothing
 * (a hostile `<base href="javascript:…">` cannot make relative URLs into scripts). Any scheme is returned:
 * callers that link (mailto:) choose themselves.
 */
export function parseUrl(value: unknown, base?: string): URL | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const safeBase = base !== undefined && isHttp(base) ? base : undefined;
  try {
    return new URL(value.trim(), safeBase);
  } catch {
    return undefined;
  }
}

/** The absolute http(s) URL for `value` without credentials, else undefined. */
export function parseHttpUrl(value: unknown, base?: string): URL | undefined {
  const url = parseUrl(value, base);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  return url.username === '' && url.password === '' ? url : undefined;
}

/** `parseHttpUrl` as a string (what an Article and the cleaned HTML store). */
export function httpUrl(value: unknown, base?: string): string | undefined {
  return parseHttpUrl(value, base)?.href;
}

/** https only: embeds are third-party frames, so no mixed content and no downgrade. */
export function httpsUrl(value: unknown, base?: string): string | undefined {
  const href = httpUrl(value, base);
  return href?.startsWith('https:') ? href : undefined;
}

function isHttp(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The host without a leading "www.", for naming a site ('' when `href` is not a URL). */
export function displayHost(href: string): string {
  return parseUrl(href)?.hostname.replace(/^www\./, '') ?? '';
}

/** Same document, ignoring the fragment (footnote links stay inside the reader). */
export function sameDocument(a: string, b: string): boolean {
  const x = parseUrl(a);
  const y = parseUrl(b);
  if (!x || !y) return false;
  x.hash = '';
  y.hash = '';
  return x.href === y.href;
}

/** Same resource? Ignores the fragment and a trailing slash, which do not make a different page. */
export function sameUrl(a: string, b: string): boolean {
  const norm = (u: string): string => {
    const url = parseUrl(u);
    if (!url) return u;
    url.hash = '';
    return url.href.replace(/\/$/, '');
  };
  return norm(a) === norm(b);
}

const SECOND_LEVEL = /^(?:co|com|net|org|gov|edu|ac|or|ne|go|gob|mil|nic|ltd|plc)$/;

/**
 * The registrable domain ("site"), approximated without shipping the Public Suffix List: the last two labels,
 * or three when the second-to-last is a common second-level label under a ccTLD (`co.uk`, `com.au`, `ne.jp`);
 * an IP literal is its own site. It only decides whether an asset, a credit or a canonical link is "this
 * site's", so a rare miss costs one weak signal.
 */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || h.startsWith('[')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const tld = labels[labels.length - 1] ?? '';
  const sld = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && SECOND_LEVEL.test(sld) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Same registrable domain; false when either is not a URL. */
export function sameSite(a: URL | string | undefined, b: URL | string | undefined): boolean {
  const x = typeof a === 'string' ? parseUrl(a) : a;
  const y = typeof b === 'string' ? parseUrl(b) : b;
  return !!x && !!y && registrableDomain(x.hostname) === registrableDomain(y.hostname);
}
