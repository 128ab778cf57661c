/**
 * A fixture WordPress on 127.0.0.1 whose every site-controlled field carries armed XSS vectors
 * (./xss-vectors.ts). Posts are built on request from a registered group: post N's title, excerpt, content,
 * author, featured image, terms and permalink, and the REST index's name and icon, all hold the group's
 * vectors. The themed page itself is benign (a hostile page running its own script is not an XSS of the
 * reader); only its canonical <link> carries a vector, as a value Clearpost reads.
 *
 * Every request is logged with its Sec-Fetch-Dest (127.0.0.1 is a potentially trustworthy origin, so both
 * browsers send it), so a load the reader should never make (a script, a frame, a stylesheet, a fetch) is
 * visible even when it stays on this machine. `/canary/exec/<tag>` is only ever requested by a vector that
 * ran; `/canary/res/<tag>/<host>` is what a vector's foreign URL became.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { arm, canaryTag, urlForm, type Vector } from './xss-vectors';

/**
 * Where a vector is placed. `raw-json` is the post JSON opened directly as a tab (all post fields at once);
 * `page-html` is the page itself when REST is closed and the reader extracts the article from the page
 * (theme title, byline, content, <title>, OpenGraph/meta tags, JSON-LD, canonical and icon links).
 */
export const FIELDS = [
  'title',
  'excerpt',
  'content',
  'content.href',
  'author.name',
  'author.url',
  'site.name',
  'site.icon',
  'site.url',
  'media.caption',
  'media.alt',
  'media.url',
  'terms',
  'link',
  'comment.content',
  'raw-json',
  'page-html',
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Fields that hold exactly one URL: each open gives each of them to one member of the group (see
 * `urlMember`). `link` is two slots: the REST `link` and the page's canonical <link>. (`media.url` is also
 * the srcset, which lists every member.)
 */
export const SINGLE_URL_FIELDS = ['author.url', 'site.icon', 'site.url', 'link', 'canonical'] as const;
type SingleUrlSlot = (typeof SINGLE_URL_FIELDS)[number];

export interface Group {
  id: number;
  members: Vector[];
}

/** The member whose URL form goes into a single-URL field (rotates so each member gets some). */
export function urlMember(group: Group, field: SingleUrlSlot): Vector | undefined {
  if (group.members.length === 0) return undefined;
  const k = SINGLE_URL_FIELDS.indexOf(field);
  return group.members[(group.id + k) % group.members.length];
}

function isSingle(field: Field): field is Field & SingleUrlSlot {
  return (SINGLE_URL_FIELDS as readonly string[]).includes(field);
}

/** Which (field, vector) pairs one open of `group` tries; `raw` adds the raw-JSON tab's. */
export function placements(group: Group, raw: boolean): Array<{ field: Field; vector: Vector }> {
  const out: Array<{ field: Field; vector: Vector }> = [];
  for (const vector of group.members) {
    for (const field of FIELDS) {
      if (field === 'raw-json' || field === 'page-html') continue;
      if (
        field === 'link'
          ? urlMember(group, 'link') !== vector && urlMember(group, 'canonical') !== vector
          : isSingle(field) && urlMember(group, field) !== vector
      ) {
        continue;
      }
      out.push({ field, vector });
    }
    if (raw) out.push({ field: 'raw-json', vector });
  }
  return out;
}

export interface SiteRequest {
  path: string;
  dest: string;
  /** `Origin` or `Referer`, whichever the browser sent (who asked). */
  from: string;
  at: number;
}

export interface XssSite {
  origin: string;
  register(group: Group): void;
  pageUrl(groupId: number): string;
  /** The detectors' self-test page (see selfTestPage). */
  selfTestUrl: string;
  /** The article page of the same group on a site whose REST API is closed (page extraction). */
  fallbackUrl(groupId: number): string;
  /** The post JSON with its embeds, as a reader would open it in a tab. */
  rawJsonUrl(groupId: number): string;
  requests: SiteRequest[];
  close(): Promise<void>;
}

const SENTINEL = 'xss-sentinel-';
export function sentinel(groupId: number): string {
  return `${SENTINEL}${groupId}`;
}

// A 1×1 transparent PNG, for image requests (vectors' <img> and the featured image).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function attr(value: string): string {
  // Only the quote that would end the attribute: entities inside the value stay live, as an author wrote them.
  return value.replace(/"/g, '&quot;');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Json = Record<string, unknown>;

/**
 * The post's comments (issue 11, item 4), read only when the reader opens its comments section: one comment per
 * member, every other one a reply (threading), each after the group's sentinel.
 */
function commentsOf(group: Group, origin: string): Json[] {
  const mark = sentinel(group.id);
  return group.members.map((v, i) => ({
    id: i + 1,
    post: group.id,
    parent: i % 2 === 1 ? i : 0,
    author_name: `Commenter ${i}`,
    date: '2025-03-01T11:00:00',
    date_gmt: '2025-03-01T11:00:00',
    content: { rendered: `<p>${mark} comment</p>${arm(v.payload, origin, canaryTag('comment.content', v.id))}` },
    type: 'comment',
  }));
}

function build(group: Group, origin: string): { post: Json; index: Json; canonical: string } {
  const armed = (field: Field, v: Vector): string => arm(v.payload, origin, canaryTag(field, v.id));
  const armedUrl = (field: Field, v: Vector | undefined): string | undefined =>
    v ? arm(urlForm(v.payload), origin, canaryTag(field, v.id)) : undefined;
  const joined = (field: Field): string => group.members.map((v) => armed(field, v)).join(' ');
  const mark = sentinel(group.id);
  const links = group.members.map((v, i) => `<a href="${attr(armedUrl('content.href', v) ?? '')}">link ${i}</a>`).join(' ');
  const content = [
    `<p>${mark} start</p>`,
    `<p>${links}</p>`,
    ...group.members.map((v) => `<div>${armed('content', v)}</div>`),
    `<p>${mark} end</p>`,
  ].join('\n');
  const terms = (taxonomy: string, base: number): Json[] =>
    group.members.map((v, i) => ({ id: base + i, name: armed('terms', v), slug: `t${base + i}`, taxonomy, link: `${origin}/tag/t${base + i}/` }));
  const mediaUrls = group.members.map((v) => armedUrl('media.url', v) ?? '');
  const link = armedUrl('link', urlMember(group, 'link'));
  const post: Json = {
    id: group.id,
    date: '2025-03-01T10:00:00',
    date_gmt: '2025-03-01T10:00:00',
    modified: '2025-03-01T10:00:00',
    modified_gmt: '2025-03-01T10:00:00',
    slug: `xss-${group.id}`,
    status: 'publish',
    type: 'post',
    comment_status: 'open',
    link: link ?? `${origin}/g/${group.id}/`,
    title: { rendered: `${mark} ${joined('title')}` },
    content: { rendered: content, protected: false },
    excerpt: { rendered: `<p>${joined('excerpt')}</p>`, protected: false },
    author: 7,
    featured_media: 9,
    categories: group.members.map((_, i) => 100 + i),
    tags: group.members.map((_, i) => 500 + i),
    _embedded: {
      author: [
        { id: 7, name: joined('author.name'), link: armedUrl('author.url', urlMember(group, 'author.url')) ?? `${origin}/author/x/`, slug: 'x' },
      ],
      'wp:featuredmedia': [
        {
          id: 9,
          media_type: 'image',
          source_url: mediaUrls[0] ?? `${origin}/img/featured.png`,
          alt_text: joined('media.alt'),
          caption: { rendered: `<p>${joined('media.caption')}</p>` },
          media_details: {
            width: 1200,
            height: 675,
            sizes: Object.fromEntries(mediaUrls.map((u, i) => [`s${i}`, { width: 300 + i, height: 200, source_url: u }])),
          },
        },
      ],
      'wp:term': [terms('category', 100), terms('post_tag', 500)],
    },
  };
  const index: Json = {
    name: joined('site.name'),
    description: 'Hostile fixture',
    url: origin,
    home: armedUrl('site.url', urlMember(group, 'site.url')) ?? origin,
    site_icon_url: armedUrl('site.icon', urlMember(group, 'site.icon')) ?? `${origin}/img/icon.png`,
  };
  // The page's <link rel=canonical> is the other "link" slot.
  return { post, index, canonical: armedUrl('link', urlMember(group, 'canonical')) ?? `${origin}/g/${group.id}/` };
}

function page(origin: string, groupId: number, canonical: string): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<title>Group ${groupId} – Hostile Fixture</title>
<link rel="https://api.w.org/" href="${origin}/wp-json/" />
<link rel="alternate" title="JSON" type="application/json" href="${origin}/wp-json/wp/v2/posts/${groupId}" />
<link rel="canonical" href="${attr(canonical).replace(/</g, '&lt;')}" />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="wp-singular post-template-default single single-post postid-${groupId} single-format-standard">
<main id="main"><article id="post-${groupId}" class="post-${groupId} post type-post status-publish hentry">
<h1 class="entry-title">An ordinary page</h1>
<div class="entry-content"><p>${text('The page itself is benign; its REST API is not.')}</p></div>
</article></main>
</body>
</html>`;
}

/**
 * The detectors' own test: a page (NOT the reader) that does what a surviving vector would do, so the
 * suite proves its canary, dialog and DOM checks fire before trusting their silence. It mimics the
 * reader's markup (`main#reader article`) with dangerous nodes in it, runs an armed vector and an alert.
 */
function selfTestPage(origin: string): string {
  const armed = arm('<img src="/missing-selftest" onerror=alert(1)>', origin, 'selftest.armed');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>detector self-test</title></head><body>
<main id="reader"><article class="cp-article"><h1>${sentinel(0)}</h1><div class="cp-content"><p>${sentinel(0)} start</p>
<a href="javascript:void 0">js link</a>${armed}<svg><a xlink:href="data:text/html,x"><text>x</text></a></svg>
<script>alert('selftest dialog')</script></div></article></main></body></html>`;
}

function ldJson(value: unknown): string {
  // JSON inside <script>: `<` escaped so a vector's `</script>` cannot end the block (wp_json_encode does
  // the same with JSON_HEX_TAG in WordPress's own JSON-LD printers).
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The article page of a site whose REST API is closed: every member of the group in the page's own
 * markup. Served under a CSP that lets no page script run (the page's own vectors executing in the page
 * would be the page's doing, not the reader's), and with `http-equiv` defused, since a meta refresh would
 * navigate the tab away before the reader is asked for.
 */
function fallbackPage(group: Group, origin: string): string {
  const mark = sentinel(group.id);
  const tag = (v: Vector): string => canaryTag('page-html', v.id);
  const armed = (v: Vector): string => arm(v.payload, origin, tag(v)).replace(/http-equiv/gi, 'data-http-equiv');
  const armedUrl = (v: Vector | undefined): string => (v ? arm(urlForm(v.payload), origin, tag(v)) : `${origin}/f/${group.id}/`);
  const pick = (k: number): Vector | undefined => (group.members.length > 0 ? group.members[(group.id + k) % group.members.length] : undefined);
  const joinedText = group.members.map((v) => armed(v)).join(' ');
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `${mark} ${joinedText}`,
    author: [{ '@type': 'Person', name: joinedText, url: armedUrl(pick(0)) }],
    publisher: { '@type': 'Organization', name: joinedText, logo: { '@type': 'ImageObject', url: armedUrl(pick(1)) } },
    image: armedUrl(pick(2)),
    datePublished: '2025-03-01T10:00:00+00:00',
  };
  const meta = (key: string, value: string, by = 'property'): string => `<meta ${by}="${key}" content="${attr(value).replace(/</g, '&lt;')}" />`;
  const prose =
    '<p>The harbour board met on Tuesday to discuss the new cranes, the dredging schedule and the fees that shipping lines will pay from next spring, after a year of delays.</p>';
  const links = group.members.map((v, i) => `<a href="${attr(armedUrl(v))}">link ${i}</a>`).join(' ');
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<title>${text(`${mark} ${joinedText}`)}</title>
<link rel="https://api.w.org/" href="${origin}/wp-json/" />
<link rel="canonical" href="${attr(armedUrl(pick(3))).replace(/</g, '&lt;')}" />
<link rel="icon" href="${attr(armedUrl(pick(4))).replace(/</g, '&lt;')}" />
${meta('og:title', `${mark} ${joinedText}`)}
${meta('og:site_name', joinedText)}
${meta('og:image', armedUrl(pick(5)))}
${meta('og:image:alt', joinedText)}
${meta('og:description', joinedText)}
${meta('author', joinedText, 'name')}
<meta name="generator" content="WordPress 6.7.1" />
<script type="application/ld+json">${ldJson(ld)}</script>
</head>
<body class="wp-singular post-template-default single single-post postid-${group.id} single-format-standard">
<main id="main"><article id="post-${group.id}" class="post-${group.id} post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">${mark} ${joinedText}</h1>
<div class="entry-meta">By <span class="author vcard"><a class="url fn n" rel="author" href="${attr(armedUrl(pick(6)))}">${joinedText}</a></span></div></header>
<div class="entry-content">
<p>${mark} start</p>${prose}${prose}${prose}
<p>${links}</p>
${group.members.map((v) => `<div>${armed(v)}</div>${prose}`).join('\n')}
<p>${mark} end</p>
</div>
</article></main>
</body>
</html>`;
}

/** The page-fallback mode's CSP: no script of the page's runs; images load (they are the page's own). */
export const FALLBACK_CSP = "default-src 'none'; img-src * data:; style-src 'self'; base-uri 'none'; form-action 'none'";

export async function startXssSite(): Promise<XssSite> {
  const groups = new Map<number, Group>();
  const requests: SiteRequest[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    // Absolute first (`//x` alone would parse as a host); the canary call's `\/` gives doubled slashes.
    const url = new URL(`${origin}${req.url ?? '/'}`);
    const p = url.pathname.replace(/\/{2,}/g, '/');
    const from = String(req.headers.origin ?? req.headers.referer ?? '');
    requests.push({ path: `${p}${url.search}`, dest: String(req.headers['sec-fetch-dest'] ?? ''), from, at: Date.now() });
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const json = (body: unknown, status = 200): void =>
      send(status, 'application/json; charset=UTF-8', JSON.stringify(body), {
        'X-Content-Type-Options': 'nosniff',
        Link: `<${origin}/wp-json/>; rel="https://api.w.org/"`,
        ...(req.headers.origin ? { 'Access-Control-Allow-Origin': String(req.headers.origin), Vary: 'Origin' } : {}),
      });
    if (p.startsWith('/canary/') || p.startsWith('/img/') || /\.(png|jpe?g|gif|svg|ico)$/i.test(p)) return send(200, 'image/png', PNG);
    if (p === '/selftest/') return send(200, 'text/html; charset=UTF-8', selfTestPage(origin));
    const g = /^\/g\/(\d+)\/?$/.exec(p);
    const group = g ? groups.get(Number(g[1])) : undefined;
    if (group) return send(200, 'text/html; charset=UTF-8', page(origin, group.id, build(group, origin).canonical));
    const f = /^\/f\/(\d+)\/?$/.exec(p);
    const fallbackGroup = f ? groups.get(Number(f[1])) : undefined;
    if (fallbackGroup) return send(200, 'text/html; charset=UTF-8', fallbackPage(fallbackGroup, origin), { 'Content-Security-Policy': FALLBACK_CSP });
    // After a page-fallback page, the site behaves as with "Disable WP REST API": every route is 401.
    // The tab's last navigation says which group (and mode) the REST requests are for.
    const lastPage = [...requests].reverse().find((r) => r.dest === 'document' && /^\/(g\/|f\/|wp-json\/wp\/v2\/posts\/)\d+/.test(r.path));
    if (p.startsWith('/wp-json') && lastPage?.path.startsWith('/f/')) {
      return json({ code: 'rest_login_required', message: 'REST API restricted to authenticated users.', data: { status: 401 } }, 401);
    }
    if (p === '/wp-json' || p === '/wp-json/') {
      // Which group? The REST index is per site, so it answers for the group of the last post asked for.
      const id = Number(/\/(\d+)/.exec(lastPage?.path ?? '')?.[1] ?? -1);
      const current = groups.get(id);
      return json(current ? build(current, origin).index : { name: 'Hostile Fixture', url: origin, home: origin });
    }
    if (p === '/wp-json/wp/v2/comments') {
      const commented = groups.get(Number(url.searchParams.get('post')));
      return json(commented && url.searchParams.get('page') === '1' ? commentsOf(commented, origin) : []);
    }
    const m = /^\/wp-json\/wp\/v2\/posts\/(\d+)$/.exec(p);
    const postGroup = m ? groups.get(Number(m[1])) : undefined;
    if (postGroup) {
      const { post } = build(postGroup, origin);
      if (!url.searchParams.has('_embed')) delete post._embedded;
      return json(post);
    }
    if (p.startsWith('/wp-json/'))
      return json({ code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } }, 404);
    return send(404, 'text/html; charset=UTF-8', '<!DOCTYPE html><title>Not found</title><p>Not found</p>');
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    register: (group) => void groups.set(group.id, group),
    pageUrl: (id) => `${origin}/g/${id}/`,
    selfTestUrl: `${origin}/selftest/`,
    fallbackUrl: (id) => `${origin}/f/${id}/`,
    rawJsonUrl: (id) => `${origin}/wp-json/wp/v2/posts/${id}?_embed=author,wp:featuredmedia,wp:term`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
