/**
 * How the quality bench (and the corpus tests) turn a stored page into a jsdom document, the same way for
 * Clearpost and for Readability.
 *
 * Encoding: the ScrapingHub benchmark's HTML files are "gzip-compressed and utf-8 encoded" (its README;
 * its own Readability harness reads them as a UTF-8 string), so they are decoded as UTF-8. Other pages
 * are decoded like a browser would: jsdom only does the spec's 1024-byte prescan for `<meta charset>`,
 * while browsers also honour a `<meta charset>` met later in the head ("change the encoding",
 * https://html.spec.whatwg.org/multipage/parsing.html#changing-the-encoding-while-parsing); WordPress
 * themes that print analytics scripts first push it past 1024 bytes, and jsdom then falls back to
 * windows-1252 (mojibake for every accented letter). So a charset declared in a meta tag anywhere in the
 * head is passed to jsdom as the transport-layer charset. A BOM still wins, as in browsers.
 *
 * Style sheets are emptied: jsdom 27's CSS parser (cssstyle) throws on some real stylesheets (e.g.
 * `border: inherit` shorthands) and neither system reads CSS text. The bytes are edited as latin1 so every
 * other byte stays exactly as it was.
 */
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export function readPageBytes(raw: Buffer, gz: boolean): Buffer {
  return gz ? gunzipSync(raw) : raw;
}

/** The charset a browser would use from the page's own meta tags (undefined: let jsdom sniff). */
export function declaredCharset(latin1: string): string | undefined {
  const end = latin1.search(/<body[\s>]/i);
  const head = end > 0 ? latin1.slice(0, end) : latin1.slice(0, 200_000);
  // Matches `<meta charset=x>` and the charset inside `<meta http-equiv=content-type content="...; charset=x">`.
  return /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
}

export function parsePage(bytes: Buffer, url: string, opts: { utf8?: boolean } = {}): JSDOM {
  const latin1 = bytes.toString('latin1');
  const html = Buffer.from(latin1.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2'), 'latin1');
  const charset = opts.utf8 ? 'utf-8' : declaredCharset(latin1);
  const contentType = charset ? `text/html; charset=${charset}` : 'text/html';
  try {
    return new JSDOM(html, { url, contentType, virtualConsole: new VirtualConsole() });
  } catch {
    // An unknown charset label: jsdom rejects it, a browser would ignore it.
    return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  }
}

/** The core uses the standard DOM globals (DOMParser, document.implementation, DOMPurify on `window`): give Node jsdom's. */
export function installDomGlobals(): void {
  const host = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://clearpost.invalid/' });
  const g = globalThis as Record<string, unknown>;
  for (const key of [
    'window',
    'document',
    'DOMParser',
    'Node',
    'Element',
    'HTMLElement',
    'DocumentFragment',
    'NodeFilter',
    'HTMLTemplateElement',
    'Document',
  ]) {
    g[key] = key === 'window' ? host.window : (host.window as unknown as Record<string, unknown>)[key];
  }
}
