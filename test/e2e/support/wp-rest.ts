/**
 * The fixture site's REST API: the routes Clearpost reads, with WordPress's own shapes for embeds, `_fields`,
 * errors and the anti-REST plugins. Shapes follow /work/shared/docs/wordpress.md §2 (core's
 * class-wp-rest-server.php and the controllers).
 */
import { comments, findPost, localise, media, permalink, posts, siteInfo, terms, users, type Permalinks } from './wp-data';

type Json = Record<string, unknown>;

export interface RestContext {
  origin: string;
  permalinks: Permalinks;
  /** Set when an anti-REST plugin answers every anonymous request (§2.7). */
  restAuth?: 'rest_login_required' | 'rest_cannot_access';
}

export interface RestResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export function restRoot(ctx: Pick<RestContext, 'origin' | 'permalinks'>): string {
  return ctx.permalinks === 'pretty' ? `${ctx.origin}/wp-json/` : `${ctx.origin}/index.php?rest_route=/`;
}

/** The URL WordPress itself prints for a route, in the site's REST style. */
export function restUrl(ctx: Pick<RestContext, 'origin' | 'permalinks'>, route: string): string {
  const r = route.replace(/^\//, '');
  return ctx.permalinks === 'pretty' ? `${ctx.origin}/wp-json/${r}` : `${ctx.origin}/index.php?rest_route=/${r}`;
}

function error(status: number, code: string, message: string): RestResponse {
  return { status, body: { code, message, data: { status } }, headers: {} };
}

const PLUGIN_ERRORS = {
  // "Disable WP REST API" (Jeff Starr), disable-wp-rest-api.php v1.9
  rest_login_required: 'REST API restricted to authenticated users.',
  // "Disable REST API" (Dave McHale), v1.7
  rest_cannot_access: 'DRA: Only authenticated users can access the REST API.',
} as const;

function postLinks(ctx: RestContext, id: number, type: 'post' | 'page', author: number, fm: number): Json {
  const base = type === 'page' ? 'pages' : 'posts';
  const links: Json = {
    self: [{ href: restUrl(ctx, `wp/v2/${base}/${id}`), targetHints: { allow: ['GET'] } }],
    collection: [{ href: restUrl(ctx, `wp/v2/${base}`) }],
    about: [{ href: restUrl(ctx, `wp/v2/types/${type}`) }],
    author: [{ embeddable: true, href: restUrl(ctx, `wp/v2/users/${author}`) }],
    replies: [{ embeddable: true, href: restUrl(ctx, `wp/v2/comments?post=${id}`) }],
    curies: [{ name: 'wp', href: 'https://api.w.org/{rel}', templated: true }],
  };
  if (fm) links['wp:featuredmedia'] = [{ embeddable: true, href: restUrl(ctx, `wp/v2/media/${fm}`) }];
  if (type === 'post') {
    links['wp:term'] = [
      { taxonomy: 'category', embeddable: true, href: restUrl(ctx, `wp/v2/categories?post=${id}`) },
      { taxonomy: 'post_tag', embeddable: true, href: restUrl(ctx, `wp/v2/tags?post=${id}`) },
    ];
  }
  return links;
}

function userObject(ctx: RestContext, id: number): Json | undefined {
  const u = users.find((x) => x.id === id);
  return u && localise(u, ctx.origin);
}

function mediaObject(ctx: RestContext, id: number): Json | undefined {
  const m = media.find((x) => x.id === id);
  return m && localise(m, ctx.origin);
}

function termObjects(ctx: RestContext, ids: unknown, taxonomy: string): Json[] {
  const list = Array.isArray(ids) ? ids : [];
  return terms.filter((t) => t.taxonomy === taxonomy && list.includes(t.id)).map((t) => localise(t, ctx.origin));
}

/** `?_embed`, `?_embed=1|true`, `?_embed=author,wp:term` or `_embed[]=…` (rest_parse_embed_param, WP ≥ 5.4). */
function embedRels(params: URLSearchParams): Set<string> | 'all' | undefined {
  const values = [...params.getAll('_embed'), ...params.getAll('_embed[]')];
  if (values.length === 0) return undefined;
  if (values.some((v) => v === '' || v === '1' || v === 'true')) return 'all';
  return new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()));
}

export function postObject(ctx: RestContext, id: number, params = new URLSearchParams()): Json | undefined {
  const entry = findPost(id);
  if (!entry) return undefined;
  const post = localise(entry.raw, ctx.origin, permalink(entry, ctx.origin, ctx.permalinks));
  const author = Number(post.author ?? 0);
  const fm = Number(post.featured_media ?? 0);
  post._links = postLinks(ctx, id, entry.type, author, fm);
  const rels = embedRels(params);
  if (rels) {
    const want = (rel: string): boolean => rels === 'all' || rels.has(rel);
    const embedded: Json = {};
    const user = userObject(ctx, author);
    if (want('author') && user) embedded.author = [user];
    const m = mediaObject(ctx, fm);
    if (want('wp:featuredmedia') && m) embedded['wp:featuredmedia'] = [m];
    if (want('wp:term') && entry.type === 'post') {
      embedded['wp:term'] = [termObjects(ctx, post.categories, 'category'), termObjects(ctx, post.tags, 'post_tag')];
    }
    post._embedded = embedded;
  }
  return applyFields(post, params);
}

/** `_fields` keeps the named top-level keys; `_links`/`_embedded` only when named (docs §2.4). */
function applyFields(obj: Json, params: URLSearchParams): Json {
  const raw = params.get('_fields');
  if (!raw) return obj;
  const keep = new Set(raw.split(',').map((f) => f.trim().split('.')[0]));
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keep.has(k)));
}

function indexObject(ctx: RestContext, params: URLSearchParams): Json {
  const root = restRoot(ctx);
  return applyFields(
    {
      name: siteInfo.name,
      description: siteInfo.description,
      url: ctx.origin,
      home: ctx.origin,
      gmt_offset: 0,
      timezone_string: 'UTC',
      page_for_posts: 0,
      page_on_front: 0,
      show_on_front: 'posts',
      namespaces: ['oembed/1.0', 'wp/v2', 'wp-site-health/v1'],
      authentication: [],
      routes: { '/': { namespace: '', methods: ['GET'] }, '/wp/v2/posts/(?P<id>[\\d]+)': { namespace: 'wp/v2', methods: ['GET'] } },
      site_logo: 0,
      site_icon: 12480,
      site_icon_url: `${ctx.origin}/wp-content/uploads/2025/01/cropped-icon-512x512.png`,
      _links: {
        help: [{ href: 'https://developer.wordpress.org/rest-api/' }],
        'wp:featuredmedia': [{ embeddable: true, type: 'site_icon', href: `${root.replace(/\/$/, '')}/wp/v2/media/12480` }],
      },
    },
    params,
  );
}

function collection(items: Json[]): RestResponse {
  return { status: 200, body: items, headers: { 'X-WP-Total': String(items.length), 'X-WP-TotalPages': '1' } };
}

/**
 * `wp/v2/comments?post=N` as core answers it (WP_REST_Comments_Controller::get_items): approved comments of that
 * post, `per_page` (default 10, at most 100) and `page`, `order` (default desc by date_gmt), `_fields`; a page past the
 * last one is a 400 `rest_comment_invalid_page_number`; the headers give the totals.
 */
function commentsList(ctx: RestContext, params: URLSearchParams): RestResponse {
  const post = Number(params.get('post') ?? 0);
  const perPage = Math.min(100, Math.max(1, Number(params.get('per_page') ?? 10) || 10));
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const all = comments
    .filter((c) => !post || c.post === post)
    .sort((a, b) => String(a.date_gmt).localeCompare(String(b.date_gmt)) * (params.get('order') === 'asc' ? 1 : -1));
  const pages = Math.ceil(all.length / perPage);
  if (page > 1 && page > pages)
    return error(400, 'rest_comment_invalid_page_number', 'The page number requested is larger than the number of pages available.');
  const link = (c: Json): string => {
    const entry = findPost(Number(c.post));
    return entry ? permalink(entry, ctx.origin, ctx.permalinks) : ctx.origin;
  };
  const items = all.slice((page - 1) * perPage, page * perPage).map((c) => applyFields(localise(c, ctx.origin, link(c)), params));
  return { status: 200, body: items, headers: { 'X-WP-Total': String(all.length), 'X-WP-TotalPages': String(pages) } };
}

/** Answer one REST request. `route` is what follows the root, e.g. "/wp/v2/posts/12483". */
export function handleRest(ctx: RestContext, route: string, params: URLSearchParams): RestResponse {
  const response = route1(ctx, route.replace(/\/+$/, '') || '/', params);
  // Every REST response carries the root link (WP_REST_Server::serve_request).
  response.headers.Link = `<${restRoot(ctx)}>; rel="https://api.w.org/"`;
  return response;
}

function route1(ctx: RestContext, route: string, params: URLSearchParams): RestResponse {
  if (ctx.restAuth) return error(401, ctx.restAuth, PLUGIN_ERRORS[ctx.restAuth]);
  if (route === '/') return { status: 200, body: indexObject(ctx, params), headers: {} };
  let m = /^\/wp\/v2\/(posts|pages)\/(\d+)$/.exec(route);
  if (m) {
    const entry = findPost(Number(m[2]));
    const wanted = m[1] === 'pages' ? 'page' : 'post';
    if (!entry || entry.type !== wanted) return error(404, 'rest_post_invalid_id', 'Invalid post ID.');
    const password = params.get('password');
    if (password !== null) return error(403, 'rest_post_incorrect_password', 'Incorrect post password.');
    return { status: 200, body: postObject(ctx, entry.id, params), headers: {} };
  }
  m = /^\/wp\/v2\/(posts|pages)$/.exec(route);
  if (m) {
    const type = m[1] === 'pages' ? 'page' : 'post';
    const slug = params.get('slug');
    const include = params.get('include');
    // `before` / `after`: strict comparisons with the site-local `date` (a date_query on post_date); `order` by date.
    const before = params.get('before');
    const after = params.get('after');
    const date = (p: (typeof posts)[number]): string => String(p.raw.date ?? '');
    // The archive filters (issue 11, item 3): categories / tags / author by ID, search in title and content.
    const termIds = (key: string): number[] | undefined => (params.has(key) ? (params.get(key) ?? '').split(',').map(Number) : undefined);
    const categories = termIds('categories');
    const tags = termIds('tags');
    const author = params.get('author');
    const search = params.get('search')?.toLowerCase();
    const has = (p: (typeof posts)[number], key: string, ids: number[] | undefined): boolean =>
      !ids || ((p.raw[key] as number[] | undefined) ?? []).some((id) => ids.includes(id));
    const text = (p: (typeof posts)[number]): string =>
      `${String((p.raw.title as Json | undefined)?.rendered ?? '')} ${String((p.raw.content as Json | undefined)?.rendered ?? '')}`.toLowerCase();
    const sorted = posts
      .filter((p) => p.type === type)
      .filter((p) => !slug || (p.raw.slug as string) === slug)
      .filter((p) => !include || include.split(',').map(Number).includes(p.id))
      .filter((p) => !before || date(p) < before)
      .filter((p) => !after || date(p) > after)
      .filter((p) => has(p, 'categories', categories) && has(p, 'tags', tags))
      .filter((p) => !author || String(p.raw.author) === author)
      .filter((p) => !search || text(p).includes(search))
      .sort((a, b) => date(a).localeCompare(date(b)) * (params.get('order') === 'asc' ? 1 : -1));
    const perPage = params.has('per_page') ? Math.min(100, Math.max(1, Number(params.get('per_page')) || 10)) : sorted.length;
    // `page` past the last one: core's 400 rest_post_invalid_page_number; the headers give the totals.
    const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
    const pages = Math.max(1, Math.ceil(sorted.length / Math.max(1, perPage)));
    if (page > pages) return error(400, 'rest_post_invalid_page_number', 'The page number requested is larger than the number of pages available.');
    const items = sorted.slice((page - 1) * perPage, page * perPage).map((p) => postObject(ctx, p.id, params) as Json);
    return { status: 200, body: items, headers: { 'X-WP-Total': String(sorted.length), 'X-WP-TotalPages': String(pages) } };
  }
  m = /^\/wp\/v2\/users\/(\d+)$/.exec(route);
  if (m) {
    const u = userObject(ctx, Number(m[1]));
    return u ? { status: 200, body: u, headers: {} } : error(404, 'rest_user_invalid_id', 'Invalid user ID.');
  }
  m = /^\/wp\/v2\/media\/(\d+)$/.exec(route);
  if (m) {
    const item = mediaObject(ctx, Number(m[1]));
    return item ? { status: 200, body: item, headers: {} } : error(404, 'rest_post_invalid_id', 'Invalid post ID.');
  }
  m = /^\/wp\/v2\/(categories|tags)(?:\/(\d+))?$/.exec(route);
  if (m) {
    const taxonomy = m[1] === 'tags' ? 'post_tag' : 'category';
    if (m[2]) {
      const t = terms.find((x) => x.taxonomy === taxonomy && x.id === Number(m?.[2]));
      return t ? { status: 200, body: localise(t, ctx.origin), headers: {} } : error(404, 'rest_term_invalid', 'Term does not exist.');
    }
    const postId = Number(params.get('post') ?? 0);
    const entry = postId ? findPost(postId) : undefined;
    const ids = entry ? (taxonomy === 'category' ? entry.raw.categories : entry.raw.tags) : terms.map((t) => t.id);
    return collection(termObjects(ctx, ids, taxonomy));
  }
  if (route === '/wp/v2/comments') return commentsList(ctx, params);
  m = /^\/wp\/v2\/search$/.exec(route);
  if (m) {
    const ids = (params.get('include') ?? '').split(',').map(Number);
    const hits = posts
      .filter((p) => ids.includes(p.id))
      .map((p) => ({ id: p.id, title: p.raw.title, url: permalink(p, ctx.origin, ctx.permalinks), type: 'post', subtype: p.type }));
    return collection(hits as Json[]);
  }
  return error(404, 'rest_no_route', 'No route was found matching the URL and request method.');
}
