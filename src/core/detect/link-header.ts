/**
 * A small RFC 8288 `Link` header parser. WordPress sends the REST root, the per-post alternate JSON link
 * and the shortlink as Link headers (docs/wordpress.md §1.3); several headers arrive joined by ", ".
 */

export interface LinkValue {
  href: string;
  /** Lower-cased parameter names; values unquoted. `rel` may hold several space-separated tokens. */
  params: Record<string, string>;
}

/** Parse a Link header. Malformed parts are skipped, never thrown on: the header is site-controlled. */
export function parseLinkHeader(header: string): LinkValue[] {
  const out: LinkValue[] = [];
  let i = 0;
  const n = header.length;
  while (i < n) {
    const open = header.indexOf('<', i);
    if (open < 0) break;
    const close = header.indexOf('>', open + 1);
    if (close < 0) break;
    const href = header.slice(open + 1, close).trim();
    const params: Record<string, string> = {};
    i = close + 1;
    // Parameters: ; name=value | ; name="quoted, value" | ; name — until the next top-level comma.
    for (;;) {
      while (i < n && /\s/.test(header[i] ?? '')) i++;
      if (i >= n || header[i] === ',') {
        i++;
        break;
      }
      if (header[i] !== ';') {
        // Junk: skip to the next comma outside quotes.
        i = skipToComma(header, i);
        continue;
      }
      i++;
      while (i < n && /\s/.test(header[i] ?? '')) i++;
      const nameStart = i;
      while (i < n && /[^\s=;,]/.test(header[i] ?? '')) i++;
      const name = header.slice(nameStart, i).toLowerCase();
      while (i < n && /\s/.test(header[i] ?? '')) i++;
      let value = '';
      if (header[i] === '=') {
        i++;
        while (i < n && /\s/.test(header[i] ?? '')) i++;
        if (header[i] === '"') {
          i++;
          let v = '';
          while (i < n && header[i] !== '"') {
            if (header[i] === '\\' && i + 1 < n) i++;
            v += header[i];
            i++;
          }
          i++; // closing quote
          value = v;
        } else {
          const start = i;
          while (i < n && /[^;,]/.test(header[i] ?? '')) i++;
          value = header.slice(start, i).trim();
        }
      }
      if (name !== '' && !(name in params)) params[name] = value;
    }
    out.push({ href, params });
  }
  return out;
}

function skipToComma(s: string, from: number): number {
  let i = from;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) return i;
    i++;
  }
  return i;
}

/** True when the link's `rel` contains `token` (relation types compare case-insensitively, RFC 8288 §2.1.1). */
export function hasRel(link: { params: Record<string, string> }, token: string): boolean {
  const rel = link.params['rel'];
  if (rel === undefined) return false;
  const want = token.toLowerCase();
  return rel.split(/\s+/).some((t) => t.toLowerCase() === want);
}
