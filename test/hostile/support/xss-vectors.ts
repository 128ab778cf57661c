/**
 * The XSS vectors of the hostile suite: DOMPurify's fixture (`expect.json`) and the html5sec.org database
 * (H5SC `items.json`, placeholders expanded from `payloads.json`), read only through test/support/corpus.ts,
 * plus a few URL-only tricks for the fields that hold a URL.
 *
 * Arming: a vector cannot call a canary we define (the reader frame is a cross-origin extension page and
 * its window is out of reach), so each payload is rewritten before it is served:
 * - every `alert`/`prompt`/`confirm`/`print` becomes a function that requests
 *   `http://127.0.0.1:PORT/canary/exec/<field>.<vector>` (a quote-free, space-free, `>`-free expression, so
 *   it fits unquoted attributes, `javascript:` URLs and tagged templates alike);
 * - every absolute URL of another host becomes `http://127.0.0.1:PORT/canary/res/<field>.<vector>/<host>`,
 *   so a load it triggers is logged by the fixture server (with its Sec-Fetch-Dest) instead of leaving the
 *   machine. SVG/MathML namespace URIs stay as they are (they are names, not addresses).
 * Encoded calls (`&#x61;lert`, base64 `data:` documents...) are left as they are: the dialog handler, the
 * sink proxy and the DOM checks catch those.
 */
import { corpusAvailable, readCorpusJson } from '../../support/corpus';

export interface Vector {
  /** Stable id: `dp-<n>` (DOMPurify fixture index), `h5sc-<id>`, `url-<n>`, `clobber-<name>`, `mimicry-<name>`. */
  id: string;
  source: 'dompurify' | 'h5sc' | 'url' | 'clobber' | 'mimicry';
  title: string;
  payload: string;
}

const URL_TRICKS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'javascript://%0aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
  'blob:http://127.0.0.1/00000000-0000-0000-0000-000000000000',
  'file:///etc/passwd',
  'chrome://settings',
  '//evil.example/x.js',
  'https://evil.example/?q="><img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "'><script>alert(1)</script>",
];

/**
 * DOM clobbering of the documents the core parses site HTML into: `<img name=X>` and `<form name=X>`
 * shadow `document.X` (the Document interface has [LegacyOverrideBuiltIns]); Firefox does it even in
 * DOMParser documents. DOMPurify's fixture only tries two names; these are the Document members the core,
 * Readability and the reader call.
 */
const CLOBBER_NAMES = [
  'createElement',
  'createTreeWalker',
  'createDocumentFragment',
  'createTextNode',
  'createRange',
  'createNodeIterator',
  'getElementById',
  'getElementsByTagName',
  'getElementsByClassName',
  'querySelector',
  'querySelectorAll',
  'importNode',
  'adoptNode',
  'evaluate',
  'body',
  'documentElement',
  'head',
  'title',
  'implementation',
  'defaultView',
  'baseURI',
  'URL',
  'documentURI',
  'contentType',
  'doctype',
];

/**
 * Chrome mimicry (issue 13, security 3): a post dressed in the reader's own classes, ids and roles, to pin a
 * fake status toast, toolbar, error or "Load video" placeholder over the article. Nothing here runs; the
 * checks (./xss-checks.ts) say the article shows no chrome class, no `cp-` id and nothing fixed or sticky.
 * test/unit/clean/chrome-mimicry.test.ts runs the same payloads through the cleaner.
 */
export const CHROME_MIMICRY: Record<string, string> = {
  toast: '<p class="cp-status" role="status" data-kind="error">Clearpost: your session expired, sign in again</p>',
  'toast-id': '<p id="cp-status" class="x cp-status">Copied as Markdown</p><a href="#cp-status">status</a>',
  toolbar:
    '<div class="cp-toolbar" role="toolbar"><a class="cp-tool" href="https://evil.example/close">Close</a><span class="cp-copy-group cp-needs-article">Copy</span></div>',
  popover:
    '<div class="cp-settings-anchor"><div class="cp-popover" role="group"><h2 class="cp-popover-title">Reader settings</h2><p class="cp-choice"><a class="cp-button cp-button-primary" href="https://evil.example/login">Sign in</a></p></div></div>',
  error:
    '<div class="cp-error" data-kind="network"><h1 class="cp-error-title" id="cp-error-title">Something went wrong</h1><a class="cp-button cp-open-original" href="https://evil.example/">Open original</a></div>',
  loading: '<div class="cp-loading" id="cp-loading" role="status"><span class="cp-spinner"></span><p>Loading article…</p></div>',
  'embed-placeholder':
    '<figure class="cp-embed"><a class="cp-embed-load" href="https://evil.example/video" data-embed-src="https://www.youtube.com/embed/abcdefghijk" data-embed-provider="YouTube">Load video from YouTube</a></figure>',
  'named-anchor': '<a name="cp-close">x</a><a href="#cp-close">Close reader</a><p><a name="cp-settings"></a><a href="#cp-settings">Settings</a></p>',
  'case-and-spacing': '<p class="\tCP-STATUS  cp-status\ncp-toolbar ">odd spacing</p><p class="cp-status cp-status">twice</p>',
  'reader-ids':
    '<main id="reader"><article class="cp-article"><h1 class="cp-title" id="cp-article-title">Not this article</h1><div class="cp-content">nested</div></article></main><a href="#reader">r</a>',
};

/** All vectors (empty when the corpus is missing; callers skip visibly). */
export function loadVectors(): Vector[] {
  if (!corpusAvailable) return [];
  const dp = readCorpusJson<{ title: string; payload: string }[]>('xss-vectors', 'dompurify', 'expect.json');
  const items = readCorpusJson<{ id: number; data: string; name?: { en?: string } }[]>('xss-vectors', 'h5sc', 'items.json');
  const templates = readCorpusJson<Record<string, string>>('xss-vectors', 'h5sc', 'payloads.json');
  const expand = (data: string): string => data.replace(/%([a-z0-9_]+)%/gi, (whole, key: string) => templates[key] ?? whole);
  return [
    ...dp.map((v, i): Vector => ({ id: `dp-${i}`, source: 'dompurify', title: v.title, payload: v.payload })),
    ...items.map((v): Vector => ({ id: `h5sc-${v.id}`, source: 'h5sc', title: v.name?.en ?? `H5SC #${v.id}`, payload: expand(v.data) })),
    ...URL_TRICKS.map((payload, i): Vector => ({ id: `url-${i}`, source: 'url', title: `URL trick ${JSON.stringify(payload)}`, payload })),
    ...CLOBBER_NAMES.map(
      (name): Vector => ({
        id: `clobber-${name.toLowerCase()}`,
        source: 'clobber',
        title: `clobbers document.${name}`,
        payload: `<img src="/img/c.png" name="${name}"><img src="/img/c.png" id="${name}" name="${name}"><form name="${name}"></form><p>clobbering ${name}</p>`,
      }),
    ),
    ...Object.entries(CHROME_MIMICRY).map(
      ([name, payload]): Vector => ({ id: `mimicry-${name}`, source: 'mimicry', title: `reader chrome mimicry: ${name}`, payload }),
    ),
  ];
}

/** A canary tag: `<field>.<vector id>`; only [a-z0-9.-], so it fits a regex literal and a URL path. */
export function canaryTag(field: string, vectorId: string): string {
  return `${field}.${vectorId}`.toLowerCase().replace(/[^a-z0-9.-]/g, '-');
}

/**
 * The canary call: `(function(){fetch(/http:\/\/127.0.0.1:P\/canary\/exec\/TAG/.source)})`. A regex
 * literal's `.source` keeps the backslashes, and the URL parser reads `\` as `/` in http URLs, so the
 * expression needs no quote, space or `>`.
 */
export function canaryCall(origin: string, tag: string): string {
  const url = `${origin}/canary/exec/${tag}`.replace(/\//g, '\\/');
  return `(function(){fetch(/${url}/.source)})`;
}

const NAMESPACES = /^https?:\/\/www\.w3\.org\//i;

/** The payload with its dialog calls and foreign URLs pointed at the fixture server's canary. */
export function arm(payload: string, origin: string, tag: string): string {
  const call = canaryCall(origin, tag);
  return payload
    .replace(/\b(alert|prompt|confirm|print)\b/g, call)
    .replace(
      /(https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?/gi,
      (whole: string, _scheme: string | undefined, host: string, offset: number, all: string) => {
        if (NAMESPACES.test(whole) || whole.startsWith(origin)) return whole;
        // `//host` only counts as a URL where an attribute value or a string could start.
        if (!_scheme && offset > 0 && !/[\s"'=(`]/.test(all[offset - 1] ?? '')) return whole;
        return `${origin}/canary/res/${tag}/${host.toLowerCase()}`;
      },
    );
}

/**
 * What a vector puts into a field that holds one URL: the first scheme-bearing attribute value of the
 * payload (`javascript:…`, `data:…`, `vbscript:…`), else the payload itself (then it is only a relative
 * path of odd characters, which must still come out harmless).
 */
export function urlForm(payload: string): string {
  const m = /(?:=\s*["'`]?|^\s*)((?:javascript|vbscript|livescript|data|blob|jar|mocha|feed|file)\s*(?:&colon;|:)[^"'`\s>]*)/i.exec(payload);
  return m?.[1] ?? payload;
}
