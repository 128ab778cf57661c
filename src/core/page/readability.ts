/**
 * The universal fallback: Mozilla Readability (the engine of Firefox Reader View) on a clone of the
 * page, for non-WordPress pages and WordPress themes whose post container is not recognised.
 * https://github.com/mozilla/readability#usage — `parse()` modifies the document it is given, hence the clone.
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  contentHtml: string;
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  lang?: string;
  dir?: string;
  publishedTime?: string;
}

export function runReadability(doc: Document): ReadabilityResult | undefined {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { keepClasses: true }).parse();
  if (!parsed || typeof parsed.content !== 'string' || parsed.content.trim() === '') return undefined;
  const out: ReadabilityResult = { contentHtml: parsed.content };
  const put = <K extends keyof ReadabilityResult>(key: K, v: unknown): void => {
    if (typeof v === 'string' && v.trim() !== '') out[key] = v.trim() as ReadabilityResult[K];
  };
  put('title', parsed.title);
  put('byline', parsed.byline);
  put('excerpt', parsed.excerpt);
  put('siteName', parsed.siteName);
  put('lang', parsed.lang);
  put('dir', parsed.dir);
  put('publishedTime', parsed.publishedTime);
  return out;
}
