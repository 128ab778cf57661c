/**
 * WP REST post object (+ `_embedded`, + site index) → Article. Pure apart from the inert-document
 * parsing done inside ../clean. Every field of the post is treated as hostile and optional.
 *
 * One pipeline, `normalizeSteps` (a generator, see ../clean/slices.ts): normalizePost runs it straight
 * through; the reader runs normalizePostSliced, which hands the event loop back between slices of a
 * long post (issue 5) and returns the same Article.
 */
import { cleanSteps, collectLinks, findOriginalSource, runSliced, runSync, type GroupOptions, type SliceOptions, type Sliced } from '../clean';
import { ReaderError } from '../errors';
import type { Article, ArticlePayload, FetchedPost } from '../types';
import { pickDate, wpDateToIso } from './dates';
import { detectDir, normaliseLang } from './direction';
import { readByline, readFeaturedImage, readTerms } from './embedded';
import { readSite } from './site';
import { lineText } from './text';
import { isPostId, SITE_DATE } from '../rest/shape';
import { looksLikeRestUrl } from '../rest/route';
import { httpUrl, parseHttpUrl, sameUrl } from '../url';
import { blockTextSteps, textStatsSteps } from './words';

export interface NormalizeOptions {
  /** The page's canonical URL (from the HTML page), when known. */
  canonicalUrl?: string;
  /** The URL of the tab the reader was opened from. */
  pageUrl?: string;
}

export function normalizePost(fetched: FetchedPost, opts: NormalizeOptions = {}): Article {
  return runSync(normalizeSteps(fetched, opts));
}

/** normalizePost in slices of bounded work, yielding to the browser in between (same Article). */
export function normalizePostSliced(fetched: FetchedPost, opts: NormalizeOptions & SliceOptions & GroupOptions = {}): Promise<Article> {
  return runSliced(normalizeSteps(fetched, opts), opts);
}

/** The session's detection → normalisation options: the tab's URL and its <link rel="canonical"> (omitted by detect() when absent or unsafe). */
function payloadOptions({ detection }: ArticlePayload): NormalizeOptions {
  const { canonicalUrl } = detection;
  return { pageUrl: detection.pageUrl, ...(canonicalUrl ? { canonicalUrl } : {}) };
}

/** A REST payload → Article, the one way: the context-menu copy runs it at once, the reader in slices. */
export function normalizePayload(payload: ArticlePayload): Article {
  return normalizePost(payload.fetched, payloadOptions(payload));
}

export function normalizePayloadSliced(payload: ArticlePayload, opts: SliceOptions & GroupOptions = {}): Promise<Article> {
  return normalizePostSliced(payload.fetched, { ...opts, ...payloadOptions(payload) });
}

export function* normalizeSteps(fetched: FetchedPost, opts: NormalizeOptions & GroupOptions = {}): Sliced<Article> {
  const { post } = fetched;
  const contentHtml = typeof post.content?.rendered === 'string' ? post.content.rendered : '';
  // The REST client already refuses protected posts. A post unlocked by the reader's own cookie comes
  // back with `protected: true` AND its content, so only an empty protected body is refused here.
  if (post.content?.protected === true && contentHtml.trim() === '') {
    throw new ReaderError('password-protected', { url: fetched.jsonUrl });
  }

  const url = articleUrl(fetched, opts.pageUrl);
  const canonical = httpUrl(opts.canonicalUrl, url);
  const canonicalUrl = canonical && !sameUrl(canonical, url) ? canonical : undefined;
  const site = readSite(fetched.site, url);

  const { root, notes } = yield* cleanSteps(contentHtml, url, opts);
  const size = root.getElementsByTagName('*').length;
  const source = findOriginalSource(root, { postUrl: url, canonicalUrl, siteUrl: site.url });
  const links = collectLinks(root);
  yield { step: 'source', units: size };

  const title = lineText(post.title?.rendered); // empty: the UI words it (reader_untitled)
  const lang = normaliseLang(fetched.site?.lang);
  const text = yield* blockTextSteps(root);
  const stats = yield* textStatsSteps(text, lang);
  const cleanHtml = root.innerHTML;
  yield { step: 'serialise', units: cleanHtml.length };
  const { categories, tags } = readTerms(post._embedded);
  const excerpt = post.excerpt?.protected === true ? '' : lineText(post.excerpt?.rendered);

  const article: Article = {
    title,
    site,
    url,
    categories,
    tags,
    dir: detectDir(lang, `${title} ${text.slice(0, 2000)}`),
    contentHtml: cleanHtml,
    links,
    wordCount: stats.words,
    readingMinutes: stats.minutes,
    origin: 'rest',
    notes: [...notes],
  };
  const byline = readByline(post._embedded);
  if (byline) article.byline = byline;
  const published = pickDate(post.date_gmt, post.date);
  if (published) article.published = published;
  const modified = pickDate(post.modified_gmt, post.modified);
  if (modified) article.modified = modified;
  if (canonicalUrl) article.canonicalUrl = canonicalUrl;
  const featuredImage = readFeaturedImage(post, url);
  if (featuredImage) article.featuredImage = featuredImage;
  if (lang) article.lang = lang;
  if (excerpt) article.excerpt = excerpt;
  if (source) article.source = source;
  const rest = restFacts(post);
  if (rest) article.rest = rest;
  return article;
}

/** What later REST requests about this post need (comments, previous / next: issue 11), checked. */
function restFacts(post: FetchedPost['post']): Article['rest'] {
  if (!isPostId(post.id)) return undefined;
  const type = post.type === 'page' ? 'page' : post.type === 'post' || post.type === undefined ? 'post' : 'other';
  const rest: NonNullable<Article['rest']> = { id: post.id, type };
  if (post.comment_status === 'open' || post.comment_status === 'closed') rest.comments = post.comment_status;
  // Sent back as the `before` / `after` of a list request: only WordPress's own shape (docs/wordpress.md §3).
  if (typeof post.date === 'string' && SITE_DATE.test(post.date) && wpDateToIso(post.date)) rest.siteDate = post.date;
  return rest;
}

/** The permalink (`link`), else the reader's page when it is not a REST URL, else the JSON's origin. */
function articleUrl(fetched: FetchedPost, pageUrl: string | undefined): string {
  const link = httpUrl(fetched.post.link);
  if (link) return link;
  const page = parseHttpUrl(pageUrl);
  if (page && !looksLikeRestUrl(page)) return page.href;
  const json = httpUrl(fetched.jsonUrl);
  if (json) return `${new URL(json).origin}/`;
  throw new ReaderError('bad-response', { url: fetched.jsonUrl });
}
