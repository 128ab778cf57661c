/**
 * The fixture site's themed HTML pages ("Newsroom" theme): templates from test/fixtures/site/templates filled
 * with the posts. What each page prints in <head> depends on the site mode (which REST links survive).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findPost, localise, permalink, posts, siteDir, siteInfo, terms, type Permalinks, type PostEntry } from './wp-data';
import { restRoot, restUrl } from './wp-rest';

/** Which REST discovery links a page prints. 'none' is what both "disable REST" plugins leave (§1.12). */
export type HeadLinks = 'all' | 'api-only' | 'none';

export interface PageContext {
  origin: string;
  permalinks: Permalinks;
  headLinks: HeadLinks;
  /** Print `wpApiSettings` with a nonce, as sites using wp-api-request do; Clearpost must never send it. */
  nonceBait: boolean;
}

export const NONCE_BAIT = '5f1e2d3c4b';

const templates = new Map<string, string>();
function template(name: string): string {
  let t = templates.get(name);
  if (t === undefined) {
    t = readFileSync(path.join(siteDir, 'templates', `${name}.html`), 'utf8');
    templates.set(name, t);
  }
  return t;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `{{name}}` is escaped text, `{{{name}}}` is trusted fixture HTML. */
export function fill(name: string, vars: Record<string, string>): string {
  return template(name)
    .replace(/\{\{\{(\w+)\}\}\}/g, (_, k: string) => vars[k] ?? '')
    .replace(/\{\{(\w+)\}\}/g, (_, k: string) => esc(vars[k] ?? ''));
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#8217;|&rsquo;/g, '’')
    .replace(/&#038;|&amp;/g, '&');
}

function humanDate(iso: string): string {
  return new Date(`${iso}Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function paths(ctx: PageContext): Record<string, string> {
  const rel = (id: number): string => {
    const e = findPost(id);
    return e ? permalink(e, '', ctx.permalinks) : '/';
  };
  return { seedPath: rel(12483), richPath: rel(12490), protectedPath: rel(12500) };
}

export interface Head {
  links: string;
  /** HTTP Link header values (WordPress sends them on singular pages, §1.3). */
  linkHeaders: string[];
}

function headFor(ctx: PageContext, entry: PostEntry | undefined, canonical: string): Head {
  const lines = [`<link rel="canonical" href="${esc(canonical)}" />`];
  const linkHeaders: string[] = [];
  const root = restRoot(ctx);
  if (ctx.headLinks !== 'none') {
    // WP 5.5+: double quotes and no newline, so the next <link> follows on the same line.
    lines.unshift(`<link rel="https://api.w.org/" href="${esc(root)}" />`);
    linkHeaders.push(`<${root}>; rel="https://api.w.org/"`);
  }
  if (entry) {
    const json = restUrl(ctx, `wp/v2/${entry.type === 'page' ? 'pages' : 'posts'}/${entry.id}`);
    if (ctx.headLinks === 'all') {
      lines.push(`<link rel="alternate" title="JSON" type="application/json" href="${esc(json)}" />`);
      lines.push(`<link rel="EditURI" type="application/rsd+xml" title="RSD" href="${esc(ctx.origin)}/xmlrpc.php?rsd" />`);
      const oembed = `${restUrl(ctx, 'oembed/1.0/embed')}${ctx.permalinks === 'pretty' ? '?' : '&'}url=${encodeURIComponent(canonical)}`;
      lines.push(`<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="${esc(oembed)}" />`);
      linkHeaders.push(`<${json}>; rel="alternate"; title="JSON"; type="application/json"`);
    }
    const short = entry.type === 'page' ? `${ctx.origin}/?page_id=${entry.id}` : `${ctx.origin}/?p=${entry.id}`;
    lines.push(`<link rel='shortlink' href='${esc(short)}' />`);
    linkHeaders.push(`<${short}>; rel=shortlink`);
  }
  return { links: lines.join('\n'), linkHeaders: ctx.headLinks === 'none' ? [] : linkHeaders };
}

function layout(ctx: PageContext, head: Head, docTitle: string, bodyClass: string, main: string): string {
  const nonce =
    ctx.nonceBait && ctx.headLinks !== 'none'
      ? `<script id="wp-api-request-js-extra">\nvar wpApiSettings = {"root":"${restRoot(ctx).replace(/\//g, '\\/')}","nonce":"${NONCE_BAIT}","versionString":"wp\\/v2\\/"};\n</script>`
      : '';
  return fill('layout', {
    ...paths(ctx),
    docTitle,
    bodyClass,
    main,
    origin: ctx.origin,
    home: ctx.origin,
    siteName: siteInfo.name,
    siteDescription: siteInfo.description,
    headLinks: head.links,
    generator: `<meta name="generator" content="${esc(siteInfo.generator)}" />`,
    inlineScripts: nonce,
  });
}

export interface RenderedPage {
  status: number;
  html: string;
  linkHeaders: string[];
}

/**
 * A post split with `<!--nextpage-->`: page `n` of its content and wp_link_pages()'s links (WP ≥ 5.1 markup:
 * `.page-links`, `a.post-page-numbers`, the current page a span), `/2/` on pretty permalinks, `&page=2` on plain ones.
 */
function pageOfContent(ctx: PageContext, entry: PostEntry, content: string, n: number): string {
  const parts = content.split(/\s*<!--nextpage-->\s*/);
  if (parts.length < 2) return content;
  const link = permalink(entry, ctx.origin, ctx.permalinks);
  const href = (i: number): string => (i === 1 ? link : ctx.permalinks === 'pretty' ? `${link}${i}/` : `${link}&page=${i}`);
  const numbers = parts.map((_, i) =>
    i + 1 === n
      ? `<span class="post-page-numbers current" aria-current="page">${i + 1}</span>`
      : `<a href="${esc(href(i + 1))}" class="post-page-numbers">${i + 1}</a>`,
  );
  return `${parts[n - 1] ?? ''}\n<div class="page-links">Pages: ${numbers.join(' ')}</div>`;
}

export function singlePage(ctx: PageContext, entry: PostEntry, pageNo = 1): RenderedPage {
  const post = localise(entry.raw, ctx.origin, permalink(entry, ctx.origin, ctx.permalinks)) as Record<string, unknown> & {
    title: { rendered: string };
    content: { rendered: string; protected?: boolean };
    date: string;
    author: number;
    slug: string;
    categories?: number[];
    featured_media?: number;
  };
  const link = permalink(entry, ctx.origin, ctx.permalinks);
  const isProtected = post.content.protected === true;
  const authorSlug = post.author === 2 ? 'jonas-ebert' : 'marta-keane';
  const authorName = post.author === 2 ? 'Jonas Ebert' : 'Marta Keane';
  const cats = terms.filter((t) => t.taxonomy === 'category' && (post.categories ?? []).includes(t.id as number));
  const thumb = post.featured_media
    ? `<div class="post-thumbnail"><img width="1200" height="675" src="${ctx.origin}/wp-content/uploads/2025/01/deepseek-featured.png" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="A phone screen showing the DeepSeek assistant app" decoding="async" fetchpriority="high" /></div>`
    : '';
  const type = entry.type;
  const postClass = [
    `post-${entry.id}`,
    type,
    `type-${type}`,
    'status-publish',
    'hentry',
    ...(isProtected ? ['post-password-required'] : []),
    ...cats.map((c) => `category-${String(c.slug)}`),
  ].join(' ');
  const bodyClass =
    type === 'page'
      ? `wp-singular page-template-default page page-id-${entry.id} wp-theme-newsroom`
      : `wp-singular post-template-default single single-post postid-${entry.id} single-format-standard wp-theme-newsroom`;
  const main = fill('single', {
    ...paths(ctx),
    id: String(entry.id),
    postClass,
    title: post.title.rendered,
    permalink: link,
    permalinkEnc: encodeURIComponent(link),
    dateIso: `${post.date}+00:00`,
    dateHuman: humanDate(post.date),
    home: ctx.origin,
    origin: ctx.origin,
    authorSlug,
    authorName,
    thumbnail: thumb,
    content: isProtected ? fill('password', { id: String(entry.id), origin: ctx.origin }) : pageOfContent(ctx, entry, post.content.rendered, pageNo),
    categoryLinks: cats.map((c) => `<a href="${esc(String(c.link))}" rel="category tag">${esc(String(c.name))}</a>`).join(', '),
  });
  const head = headFor(ctx, entry, link);
  return {
    status: 200,
    html: layout(ctx, head, `${stripTags(post.title.rendered)} – ${siteInfo.name}`, bodyClass, main),
    linkHeaders: head.linkHeaders,
  };
}

/** The themed list of posts archives and search results print (one `archive-item` per post). */
function listItems(ctx: PageContext, list: PostEntry[], extraClass: string): string {
  return list
    .map((p) => {
      const post = localise(p.raw, ctx.origin) as { title: { rendered: string }; excerpt: { rendered: string } };
      return fill('archive-item', {
        id: String(p.id),
        postClass: `post-${p.id} post type-post status-publish hentry ${extraClass}`.trim(),
        permalink: permalink(p, ctx.origin, ctx.permalinks),
        title: post.title.rendered,
        excerpt: post.excerpt.rendered,
      });
    })
    .join('\n');
}

export function archivePage(ctx: PageContext, termId: number): RenderedPage | undefined {
  const term = terms.find((t) => t.id === termId && t.taxonomy === 'category');
  if (!term) return undefined;
  const inTerm = posts.filter((p) => p.type === 'post' && ((p.raw.categories as number[] | undefined) ?? []).includes(termId));
  const items = listItems(ctx, inTerm, `category-${String(term.slug)}`);
  const main = fill('archive', { items, termName: String(term.name), termSlug: String(term.slug), home: ctx.origin });
  const bodyClass = `archive category category-${String(term.slug)} category-${termId} wp-theme-newsroom`;
  const head = headFor(ctx, undefined, `${ctx.origin}/category/${String(term.slug)}/`);
  if (ctx.headLinks === 'all') {
    // WP 5.5+ prints the queried term's REST route on its archive (docs/wordpress.md §1.2).
    const json = restUrl(ctx, `wp/v2/categories/${termId}`);
    head.links += `\n<link rel="alternate" title="JSON" type="application/json" href="${esc(json)}" />`;
    head.linkHeaders.push(`<${json}>; rel="alternate"; title="JSON"; type="application/json"`);
  }
  return { status: 200, html: layout(ctx, head, `${String(term.name)} – ${siteInfo.name}`, bodyClass, main), linkHeaders: head.linkHeaders };
}

/** `/?s=query` (issue 11, item 3): the theme's search results, body classes `search search-results` (or `-no-results`). */
export function searchPage(ctx: PageContext, query: string): RenderedPage {
  const q = query.toLowerCase();
  const found = posts.filter(
    (p) =>
      p.type === 'post' &&
      q !== '' &&
      `${String((p.raw.title as { rendered?: string }).rendered)} ${String((p.raw.content as { rendered?: string }).rendered)}`
        .toLowerCase()
        .includes(q),
  );
  const main = `<header class="page-header"><h1 class="page-title">Search results for: <span>${esc(query)}</span></h1></header>\n${listItems(ctx, found, '')}`;
  const bodyClass = `search ${found.length > 0 ? 'search-results' : 'search-no-results'} wp-theme-newsroom`;
  const head = headFor(ctx, undefined, `${ctx.origin}/?s=${encodeURIComponent(query)}`);
  return {
    status: 200,
    html: layout(ctx, head, `Search results for “${esc(query)}” – ${siteInfo.name}`, bodyClass, main),
    linkHeaders: head.linkHeaders,
  };
}

export function homePage(ctx: PageContext): RenderedPage {
  const page = archivePage(ctx, 23) as RenderedPage;
  return { ...page, html: page.html.replace(/class="archive category[^"]*"/, 'class="home blog wp-theme-newsroom"') };
}

export function notFoundPage(ctx: PageContext): RenderedPage {
  const head = headFor(ctx, undefined, `${ctx.origin}/`);
  return {
    status: 404,
    html: layout(ctx, head, `Page not found – ${siteInfo.name}`, 'error404 wp-theme-newsroom', fill('not-found', {})),
    linkHeaders: [],
  };
}

export function notWordPressPage(origin: string): RenderedPage {
  return { status: 200, html: fill('not-wordpress', { origin }), linkHeaders: [] };
}
