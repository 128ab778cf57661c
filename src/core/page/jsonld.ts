/**
 * Article metadata from JSON-LD (schema.org Article / NewsArticle / BlogPosting...). Yoast SEO, Rank Math
 * and most news themes print it; Yoast puts every node in one `@graph` array and links the author as
 * `{"@id": "...#/schema/person/..."}`, so references are resolved inside the graph
 * (https://developer.yoast.com/features/schema/technology-approach/).
 * Every value is site-controlled text: callers turn it into plain text / http(s) URLs before use.
 */

type Json = Record<string, unknown>;

/** Schema.org types that describe an article page's main content. */
const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|TechArticle|ScholarlyArticle|SocialMediaPosting|LiveBlogPosting|Report|WebPage)$/;

export interface JsonLdFacts {
  headline?: string;
  authors: { name: string; url?: string }[];
  datePublished?: string;
  dateModified?: string;
  publisherName?: string;
  publisherLogo?: string;
  image?: string;
  section?: string[];
  keywords?: string[];
  inLanguage?: string;
  description?: string;
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(node: Json): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** Every object node in the scripts (top level, arrays, `@graph`), in document order. */
export function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObj(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (text.length > 500_000) continue; // a page-sized blob is not metadata
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines in strings): ignore that script.
    }
  }
  return out;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

function strings(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(strings);
  const s = str(v);
  return s ? s.split(/\s*,\s*/).filter(Boolean) : [];
}

/** URL of an ImageObject / string / array of either. */
function imageUrl(v: unknown): string | undefined {
  if (Array.isArray(v)) return imageUrl(v[0]);
  if (isObj(v)) return str(v['url']) ?? str(v['contentUrl']);
  return str(v);
}

export function readJsonLd(doc: Document): JsonLdFacts {
  const nodes = jsonLdNodes(doc);
  const byId = new Map<string, Json>();
  for (const n of nodes) {
    const id = str(n['@id']);
    if (id && !byId.has(id)) byId.set(id, n);
  }
  const deref = (v: unknown): unknown => {
    if (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
    return v;
  };
  // Prefer a real article type over WebPage (Yoast emits both; the Article node has the author).
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const article = articles.find((n) => types(n).some((t) => t !== 'WebPage')) ?? articles.find((n) => types(n).includes('WebPage'));
  const facts: JsonLdFacts = { authors: [] };
  if (!article) return facts;

  const headline = str(article['headline']) ?? str(article['name']);
  if (headline) facts.headline = headline;
  for (const raw of [article['author']].flat()) {
    const a = deref(raw);
    if (typeof a === 'string' && a.trim()) facts.authors.push({ name: a.trim() });
    else if (isObj(a)) {
      const name = str(a['name']);
      if (!name) continue;
      const url = str(a['url']) ?? (Array.isArray(a['sameAs']) ? undefined : str(a['sameAs']));
      facts.authors.push(url ? { name, url } : { name });
    }
  }
  const pub = str(article['datePublished']) ?? str(article['dateCreated']);
  if (pub) facts.datePublished = pub;
  const mod = str(article['dateModified']);
  if (mod) facts.dateModified = mod;
  const publisher = deref(article['publisher']);
  if (isObj(publisher)) {
    const name = str(publisher['name']);
    if (name) facts.publisherName = name;
    const logo = imageUrl(deref(publisher['logo']));
    if (logo) facts.publisherLogo = logo;
  }
  const image = imageUrl(deref(article['image']));
  if (image) facts.image = image;
  const section = strings(article['articleSection']);
  if (section.length) facts.section = section;
  const keywords = strings(article['keywords']);
  if (keywords.length) facts.keywords = keywords;
  const lang = str(article['inLanguage']);
  if (lang) facts.inLanguage = lang;
  const description = str(article['description']);
  if (description) facts.description = description;
  // The site name often lives on the WebSite node of the same graph.
  if (!facts.publisherName) {
    const site = nodes.find((n) => types(n).includes('WebSite'));
    const name = site ? str(site['name']) : undefined;
    if (name) facts.publisherName = name;
  }
  return facts;
}
