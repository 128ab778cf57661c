/**
 * YAML front matter for notes apps (Obsidian, Logseq, Hugo, Jekyll…), issue 10 §4. Every site string is written
 * as a YAML double-quoted scalar with every character that could end or bend it escaped (YAML 1.2 §7.3.1:
 * `\\`, `"`, and non-printable characters as `\n`, `\xNN`, `\uNNNN`), so a title like `a: b # c` or `---` stays a
 * string and cannot add a key or end the block. Dates are written unquoted only in the strict ISO form the core
 * produces (YAML timestamps, which notes apps read as dates); anything else is quoted.
 */
import type { Article } from '../types';

/** A YAML 1.2 double-quoted scalar. */
export function yamlString(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: YAML must not see them raw
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\0': '\\0' };
    if (named[c]) return named[c];
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const yamlDate = (iso: string): string => (ISO.test(iso) ? iso : yamlString(iso));

/** The keys, in this order; a key whose value the post lacks is left out rather than written empty. */
export function frontMatter(article: Article, accessed: Date): string {
  const lines: string[] = ['---'];
  const str = (key: string, value: string | undefined): void => {
    if (value) lines.push(`${key}: ${yamlString(value)}`);
  };
  const list = (key: string, values: string[]): void => {
    if (values.length > 0) lines.push(`${key}:`, ...values.map((v) => `  - ${yamlString(v)}`));
  };
  str('title', article.title.replace(/\s+/g, ' ').trim());
  str('author', article.byline?.name);
  if (article.published) lines.push(`published: ${yamlDate(article.published)}`);
  if (article.modified) lines.push(`modified: ${yamlDate(article.modified)}`);
  lines.push(`accessed: ${yamlDate(accessed.toISOString().replace(/\.\d+Z$/, 'Z'))}`);
  str('url', article.url);
  if (article.canonicalUrl && article.canonicalUrl !== article.url) str('canonical', article.canonicalUrl);
  if (article.source) {
    str('source', article.source.url ?? article.source.name);
    str('source_name', article.source.name);
  }
  str('site', article.site.name);
  str('site_url', article.site.url);
  list('categories', article.categories);
  list('tags', article.tags);
  if (article.rest && Number.isSafeInteger(article.rest.id)) lines.push(`post_id: ${article.rest.id}`);
  lines.push('---');
  return lines.join('\n');
}
