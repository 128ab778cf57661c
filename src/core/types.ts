/**
 * The core's data contract. Everything here is plain JSON-serialisable data, so it can cross the
 * extension's message boundary unchanged. The core itself never touches extension APIs.
 */

/** Which WordPress signal matched, in rough order of trust. */
export type SignalKind =
  | 'alternate-json' // <link rel="alternate" type="application/json" href=".../wp/v2/posts/N">
  | 'link-header' // HTTP Link: <...>; rel="https://api.w.org/" (or rel="alternate" JSON)
  | 'api-link' // <link rel="https://api.w.org/">
  | 'oembed' // oEmbed discovery link, cut before oembed/1.0
  | 'rsd' // <link rel="EditURI" ... xmlrpc.php?rsd>
  | 'shortlink' // <link rel="shortlink" href="?p=N">
  | 'body-class' // postid-N / page-id-N / attachmentid-N
  | 'post-class' // article.post-N / id="post-N"
  | 'comment-post-id' // <input name="comment_post_ID">
  | 'generator' // <meta name="generator" content="WordPress ...">
  | 'wp-content' // /wp-content/ or /wp-includes/ assets of this site
  | 'wp-block' // wp-block-* markup, wp-block-library styles
  | 'wpcom' // WordPress.com simple site markers
  | 'raw-json'; // the document itself is WP REST JSON

export interface Signal {
  kind: SignalKind;
  /** What was found (an href, an id, a class...), for diagnostics. */
  value: string;
}

export type PostTypeHint = 'post' | 'page' | 'attachment' | 'unknown';

export interface Detection {
  /** True when the signals say this is a WordPress site. */
  isWordPress: boolean;
  /** The page's URL (absolute). */
  pageUrl: string;
  /** REST root, absolute, e.g. "https://ex.com/wp-json/" or "https://ex.com/?rest_route=/". */
  restRoot?: string;
  /** The post's own JSON URL when the page names it (alternate link / header). */
  postJsonUrl?: string;
  postId?: number;
  postType?: PostTypeHint;
  /** Singular (post/page) vs. archive/home/search: only singular pages are articles. */
  pageKind: 'singular' | 'archive' | 'home' | 'search' | 'unknown';
  /** For WordPress.com simple sites: the site slug/host to use with public-api.wordpress.com. */
  wpcomSite?: string;
  /** Set when the document itself is raw WP REST JSON (a post, or an array of posts). */
  rawJson?: RawJsonDetection;
  /**
   * The page's `<link rel="canonical">` (or Link header `rel=canonical`): absolute http(s), resolved
   * against the document base, fragment dropped. Omitted when absent, unsafe, or when the page names
   * several different ones (src/core/detect/canonical.ts).
   */
  canonicalUrl?: string;
  /** On an archive, home or search page: which list of posts it is (src/core/list/target.ts; issue 11, item 3). */
  list?: ListTarget;
  signals: Signal[];
}

/**
 * A list of posts as WordPress shows it on an archive, home or search page (issue 11, item 3): a term or author
 * by ID and/or slug (as the page names it), a search query, a date (year, month, day), or the latest posts.
 */
export type ListTarget =
  | { kind: 'category' | 'tag' | 'author'; id?: number; slug?: string }
  | { kind: 'search'; search: string }
  | { kind: 'date'; year: number; month?: number; day?: number }
  | { kind: 'latest' };

export interface RawJsonDetection {
  kind: 'post' | 'collection' | 'error' | 'other';
  /** The parsed body (a post object, array, or error object). */
  data: unknown;
}

/** A subset of the WP REST post object that Clearpost reads. Everything is optional: sites are hostile. */
export interface WpPost {
  id?: number;
  date?: string;
  date_gmt?: string;
  modified?: string;
  modified_gmt?: string;
  slug?: string;
  status?: string;
  type?: string;
  link?: string;
  title?: { rendered?: string };
  content?: { rendered?: string; protected?: boolean };
  excerpt?: { rendered?: string; protected?: boolean };
  author?: number;
  featured_media?: number;
  categories?: number[];
  tags?: number[];
  class_list?: string[] | Record<string, string>;
  meta?: unknown;
  _links?: Record<string, unknown>;
  _embedded?: WpEmbedded;
  [key: string]: unknown;
}

export interface WpEmbedded {
  author?: unknown[];
  'wp:featuredmedia'?: unknown[];
  'wp:term'?: unknown[][];
  [key: string]: unknown;
}

/** What the REST root index (`GET {root}`) tells about the site. */
export interface WpSiteInfo {
  name?: string;
  description?: string;
  url?: string;
  home?: string;
  iconUrl?: string;
  lang?: string;
}

/** What the REST client hands to normalisation. */
export interface FetchedPost {
  post: WpPost;
  site?: WpSiteInfo;
  /** The URL the post JSON was read from. */
  jsonUrl: string;
}

/** A REST article as the background hands it over (getArticle, the context-menu copy): normalised by the receiver. */
export interface ArticlePayload {
  detection: Detection;
  fetched: FetchedPost;
}

export type ReaderErrorKind =
  | 'not-wordpress'
  | 'rest-disabled'
  | 'not-found'
  | 'password-protected'
  /** One post the site refuses to anonymous readers (private, draft, scheduled) while its REST API answers (issue 11, item 7). */
  | 'private'
  | 'not-an-article'
  | 'server-error'
  | 'bad-response'
  | 'timeout'
  | 'network'
  | 'cancelled'
  /** Inside Clearpost or the browser (an unexpected exception, a part that did not answer, a refused clipboard): never the site's fault. */
  | 'internal';

/**
 * The specific case within a kind, when there is more to say than the kind's wording ("the site sent
 * far more data than a post"). The UI words it (src/core/errors.ts ERROR_DETAILS → _locales).
 */
export type ErrorDetail =
  | 'message-refused'
  | 'no-answer'
  | 'page-no-answer'
  | 'data-tab'
  | 'page-too-large'
  | 'no-article-text'
  | 'no-page-url'
  | 'list-not-post'
  | 'not-post-list'
  | 'redirect-other-site'
  | 'login-page'
  | 'too-large'
  | 'html-not-json'
  | 'invalid-json'
  | 'other-site-data'
  | 'clipboard'
  | 'no-post-named'
  | 'rest-hidden'
  | 'reader-gone'
  | 'session-lost'
  | 'detection-shape'
  | 'detection-sender'
  | 'detection-origin'
  | 'redirect-too-many'
  | 'redirect-loop'
  | 'redirect-not-followed';

/** What went wrong, as data: kind, detail, status, code, URL. Never a sentence: the UI words it. */
export interface ReaderErrorData {
  kind: ReaderErrorKind;
  detail?: ErrorDetail;
  /** HTTP status, when there was one. */
  status?: number;
  /** WordPress error code (`rest_login_required`, ...), when there was one. */
  code?: string;
  /** The URL that failed, when there was one. */
  url?: string;
  /** Reader only: page extraction was tried after this failure and failed too, for this reason. */
  pageFailure?: { kind: ReaderErrorKind; detail?: ErrorDetail };
}

export interface Person {
  name: string;
  url?: string;
}

export interface FeaturedImage {
  src: string;
  srcset?: string;
  alt: string;
  /** Caption as plain text (captions come from the site: never HTML). */
  caption?: string;
  width?: number;
  height?: number;
}

export interface OriginalSource {
  /** Display name, e.g. "cnn.com" or "The Verge". */
  name: string;
  url?: string;
  /** How it was found. */
  via: 'footer' | 'yoast-footer' | 'canonical' | 'meta';
}

export interface ArticleLink {
  text: string;
  href: string;
}

export interface Article {
  title: string;
  byline?: Person;
  /** ISO 8601 UTC, from `date_gmt` (or `date` when GMT is missing). */
  published?: string;
  modified?: string;
  site: { name: string; url: string; iconUrl?: string };
  /** The post's permalink on the site that published it (what Clearpost links back to). */
  url: string;
  /** Canonical URL when it differs from `url` (e.g. points at the original publisher). */
  canonicalUrl?: string;
  featuredImage?: FeaturedImage;
  categories: string[];
  tags: string[];
  lang?: string;
  dir: 'ltr' | 'rtl';
  /** Sanitised HTML of the body: safe to insert, links absolute, junk removed. */
  contentHtml: string;
  /** Plain-text excerpt, if any. */
  excerpt?: string;
  /** The original publisher of syndicated/republished posts. */
  source?: OriginalSource;
  links: ArticleLink[];
  wordCount: number;
  readingMinutes: number;
  /** Where the text came from: the REST API, or (fallback) the page itself. */
  origin: 'rest' | 'page';
  /** REST only (issue 11): the post's ID, whether it takes comments, and its site-local `date` as sent (`YYYY-MM-DDTHH:MM:SS`). */
  rest?: { id: number; type: string; comments?: 'open' | 'closed'; siteDate?: string };
  /** Things the core noticed and the UI may mention, as data the UI words (src/reader/render-origin.ts). */
  notes: ArticleNote[];
}

/**
 * A remark about the article, as kinds and data (no sentence: _locales words it). `extracted`: the text was
 * read from the page itself, with the REST failure that caused it (its kind and HTTP status, if any).
 */
export type ArticleNote =
  | { kind: 'shortcodes-removed' }
  /** `pages`: a multi-page post whose pages were read and joined (issue 11, item 6). */
  | { kind: 'extracted'; reason?: ReaderErrorKind; status?: number; pages?: number };
