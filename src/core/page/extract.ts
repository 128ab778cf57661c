/**
 * Page → Article, for when the REST API is out of reach (issue 4): the same Article model, cleaning,
 * attribution and word counts as the REST path (../article/normalize.ts), with `origin: 'page'` and a
 * note saying why. The page's own document is never modified: it is only read, and what gets edited
 * is a copy in an inert document (./body.ts) or Readability's clone (./readability.ts).
 */
import { detectDir, normaliseLang } from '../article/direction';
import { lineText } from '../article/text';
import { displayHost, httpUrl, sameUrl } from '../url';
import { blockText, countWords, readingMinutes } from '../article/words';
import { cleanContent, collectLinks, findOriginalSource } from '../clean';
import { ReaderError } from '../errors';
import type { Article, Detection, FeaturedImage, ReaderErrorData } from '../types';
import { pickBody } from './body';
import { postElement } from './container';
import { assertArticlePage } from './guard';
import { isoDate, readPageMeta } from './meta';
import { extractionNote } from './note';
import { withoutSiteSuffix } from './title';

export interface ExtractOptions {
  /** Why the REST path was not used (shown in the note). */
  reason?: ReaderErrorData;
  /** The page's detection, when the caller has it (post ID, page kind). */
  detection?: Detection;
}

/** `postid-N` / `page-id-N` from the body classes, when no detection was given. */
function bodyPostId(doc: Document): number | undefined {
  const m = /(?:^|\s)(?:postid|page-id)-(\d+)(?:\s|$)/.exec(doc.body?.getAttribute('class') ?? '');
  const n = m?.[1] ? Number(m[1]) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** The canonical URL is the permalink when it is on the page's own site; a foreign one is kept apart. */
function permalink(page: string, canonical: string | undefined): string {
  const clean = new URL(page);
  clean.hash = '';
  if (canonical && new URL(canonical).host === clean.host) return canonical;
  return clean.href;
}

/** The image without WordPress's size suffix and query, to spot the featured image inside the body. */
function imageKey(src: string): string {
  try {
    const u = new URL(src);
    return `${u.host}${u.pathname.replace(/-\d+x\d+(?=\.\w+$)/, '').replace(/-scaled(?=\.\w+$)/, '')}`;
  } catch {
    return src;
  }
}

/** Removes a leading heading that repeats the title (themes print the title inside the container). */
function dropRepeatedTitle(root: HTMLElement, title: string): void {
  const first = root.firstElementChild;
  if (first && /^H[1-6]$/.test(first.tagName) && lineText(first.innerHTML) === title) first.remove();
}

/** Fewer words than this, and no media, is not an article (a leftover label or a heading). */
const MIN_ARTICLE_WORDS = 10;

function noArticleText(url: string): ReaderError {
  return new ReaderError('bad-response', { url, detail: 'no-article-text' });
}

export function extractFromPage(doc: Document, pageUrl: string, opts: ExtractOptions = {}): Article {
  const page = httpUrl(pageUrl);
  if (!page) throw new ReaderError('bad-response', { url: pageUrl, detail: 'no-page-url' });
  assertArticlePage(doc, page, opts.detection);

  // Reads only; the body is copied out (./body.ts) before anything is removed from it.
  const postId = opts.detection?.postId ?? bodyPostId(doc);
  const meta = readPageMeta(doc, page, postElement(doc, postId) ?? doc);
  const body = pickBody(doc, postId);
  if (!body) throw noArticleText(page);
  const rd = body.readability;

  const url = permalink(page, meta.canonical);
  const canonicalUrl = meta.canonical && !sameUrl(meta.canonical, url) ? meta.canonical : undefined;
  const origin = new URL(url).origin;
  const siteName = meta.siteName ?? lineText(rd?.siteName) ?? '';
  const site: Article['site'] = { name: siteName || displayHost(url), url: `${origin}/` };
  if (meta.iconUrl) site.iconUrl = meta.iconUrl;

  const { root, notes } = cleanContent(body.html, url);
  const title = meta.title ?? (withoutSiteSuffix(lineText(rd?.title) || lineText(doc.title), doc, { name: siteName, host: displayHost(url) }) || '');
  dropRepeatedTitle(root, title);
  const source = findOriginalSource(root, { postUrl: url, canonicalUrl, siteUrl: site.url });
  const links = collectLinks(root);

  const lang = meta.lang ?? normaliseLang(rd?.lang);
  const text = blockText(root);
  const wordCount = countWords(text, lang);
  // What is left after the furniture rules can be nothing but a menu label ("<nav>Menu</nav>" pages):
  // say there is no article rather than show one word as one. A photo or video post is still an article.
  if (wordCount < MIN_ARTICLE_WORDS && !root.querySelector('img, picture, video, audio, iframe, .cp-embed')) {
    throw noArticleText(page);
  }
  const rdDir = rd?.dir?.toLowerCase();
  const dir = meta.dir ?? (rdDir === 'rtl' || rdDir === 'ltr' ? rdDir : detectDir(lang, `${title} ${text.slice(0, 2000)}`));

  const article: Article = {
    title,
    site,
    url,
    categories: meta.categories,
    tags: meta.tags,
    dir,
    contentHtml: root.innerHTML,
    links,
    wordCount,
    readingMinutes: readingMinutes(text, wordCount),
    origin: 'page',
    notes: [extractionNote(opts.reason), ...notes],
  };
  const rdByline = lineText(rd?.byline);
  if (meta.byline) article.byline = meta.byline;
  else if (rdByline && rdByline.length <= 100) article.byline = { name: rdByline.replace(/^by\s+/i, '') };
  const published = meta.published ?? isoDate(rd?.publishedTime);
  if (published) article.published = published;
  if (meta.modified) article.modified = meta.modified;
  if (canonicalUrl) article.canonicalUrl = canonicalUrl;
  if (meta.image) {
    const key = imageKey(meta.image.src);
    const inBody = [...root.querySelectorAll('img[src]')].some((img) => imageKey(img.getAttribute('src') ?? '') === key);
    if (!inBody) article.featuredImage = { src: meta.image.src, alt: meta.image.alt } satisfies FeaturedImage;
  }
  if (lang) article.lang = lang;
  const excerpt = meta.description ?? lineText(rd?.excerpt);
  if (excerpt) article.excerpt = excerpt;
  if (source) article.source = source;
  return article;
}
