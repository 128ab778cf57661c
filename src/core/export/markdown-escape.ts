/**
 * Escaping site text for Markdown. Turndown's own escaping (used for body text nodes) covers Markdown
 * syntax but not raw HTML: a title like `<img src=x onerror=…>` would become live HTML in any renderer
 * that allows inline HTML (CommonMark §6.6), so `<` is escaped as well, and `&` before an entity name
 * (§6.2: `&lt;` would otherwise be decoded by the renderer). CommonMark §2.4 lets any ASCII punctuation
 * be backslash-escaped, so over-escaping is harmless.
 */

/** Extra escapes on top of Turndown's for body text. */
export function escapeHtmlish(text: string): string {
  return text.replace(/</g, '\\<').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Full escape for one line of site text we place ourselves (title, names, captions). */
export function escapeInline(text: string): string {
  return escapeHtmlish(
    text
      .replace(/[\\`*_[\]>#~|!]/g, '\\$&')
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2'),
  );
}

/** A link destination: http(s)/mailto only (others are dropped by the callers), parentheses encoded. */
export function escapeDestination(url: string): string {
  return url.replace(/[()<>\s]/g, (ch) => encodeURIComponent(ch) || ch);
}

export function mdLink(text: string, url: string | undefined): string {
  const label = escapeInline(text);
  return url && /^(https?:|mailto:)/i.test(url) ? `[${label}](${escapeDestination(url)})` : label;
}
