/**
 * Detection on big pages (src/core/detect/elements.ts and the searches that stop early): every signal must
 * still be found wherever on the page it sits, and a page whose signals are all in <head> must not be read
 * whole. The pages are built like the bench's heavy news page: thousands of elements of menu, teasers
 * and comments around the article.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { jsonViewerText } from '../../../src/core/detect/raw-json';
import { htmlDoc } from './fixture';

const SITE = 'https://news.example';
const PAGE = `${SITE}/2025/01/28/story/`;

/** Menus, teaser rails and comments: ~`n` × 6 elements that carry no WordPress signal of their own. */
function furniture(n: number): string {
  const teasers = Array.from(
    { length: n },
    (_, i) => `<li class="teaser"><a href="/s/${i}/"><span class="kicker">K</span><span>Title ${i}</span></a><time>1 h</time></li>`,
  );
  return `<nav><ul class="menu">${teasers.join('')}</ul></nav>`;
}

function comments(n: number): string {
  return `<ol class="comment-list">${Array.from({ length: n }, (_, i) => `<li id="comment-${i}" class="comment"><article class="comment-body"><p>c ${i}</p></article></li>`).join('')}</ol>`;
}

const HEAD =
  `<link rel="https://api.w.org/" href="${SITE}/wp-json/">` +
  `<link rel="alternate" type="application/json" href="${SITE}/wp-json/wp/v2/posts/4821">` +
  `<link rel="canonical" href="${PAGE}">` +
  `<link rel="stylesheet" id="wp-block-library-css" href="${SITE}/wp-includes/css/dist/block-library/style.min.css">` +
  `<meta name="generator" content="WordPress 6.7">`;

function page(head: string, bodyClass: string, body: string): Document {
  return htmlDoc(`<!DOCTYPE html><html><head>${head}</head><body class="${bodyClass}">${body}</body></html>`);
}

const kinds = (d: { signals: { kind: string }[] }): string[] => d.signals.map((s) => s.kind);

describe('a huge WordPress page whose signals sit in <head>', () => {
  const body =
    `<div id="page">${furniture(600)}<main><article id="post-4821" class="post-4821 post type-post">` +
    `<p class="wp-block-paragraph">Text</p></article>${comments(500)}` +
    `<form><input type="hidden" name="comment_post_ID" value="4821"></form></main>${furniture(300)}</div>`;

  it('finds everything, the late comment form included', () => {
    const d = detect(page(HEAD, 'wp-singular post-template-default single single-post postid-4821', body), PAGE);
    expect(d.isWordPress).toBe(true);
    expect(d.postId).toBe(4821);
    expect(d.postType).toBe('post');
    expect(d.postJsonUrl).toBe(`${SITE}/wp-json/wp/v2/posts/4821`);
    expect(d.canonicalUrl).toBe(PAGE);
    expect(d.signals).toContainEqual({ kind: 'post-class', value: 'post-4821' });
    expect(d.signals).toContainEqual({ kind: 'comment-post-id', value: '4821' });
    expect(d.signals).toContainEqual({ kind: 'wp-content', value: `${SITE}/wp-includes/css/dist/block-library/style.min.css` });
    expect(d.signals).toContainEqual({ kind: 'wp-block', value: '#wp-block-library-css' });
  });

  it('never lists the whole page (no querySelectorAll) and never reads its text', () => {
    const doc = page(HEAD, 'wp-singular post-template-default single single-post postid-4821', body);
    const listed: string[] = [];
    const qsa = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selector: string) => {
      listed.push(selector);
      return qsa(selector);
    }) as typeof doc.querySelectorAll;
    // The JSON-viewer check must look at the tags of <body>'s children, not at the text of a page-wide <div>.
    const wrapper = doc.getElementById('page') as HTMLElement;
    Object.defineProperty(wrapper, 'textContent', {
      get: () => {
        throw new Error('read the whole page text');
      },
    });
    const d = detect(doc, PAGE);
    expect(d.postId).toBe(4821);
    expect(listed).toEqual([]);
  });
});

describe('signals that only a late element carries', () => {
  it('a second, different canonical at the end of <body> still makes the canonical ambiguous', () => {
    const d = detect(page(HEAD, 'single postid-4821', `${furniture(500)}<link rel="canonical" href="${SITE}/other/">`), PAGE);
    expect(d.canonicalUrl).toBeUndefined();
  });

  it('a WordPress generator printed at the end of <body> is found', () => {
    const d = detect(page('', 'home', `${furniture(500)}<meta name="generator" content="WordPress 6.5">`), PAGE);
    expect(d.isWordPress).toBe(true);
    expect(d.signals).toEqual([{ kind: 'generator', value: 'WordPress 6.5' }]);
  });

  it('the comment form after 500 comments, behind a non-input element with the same name', () => {
    const d = detect(page('', 'home', `${comments(500)}<div name="comment_post_ID" value="1"></div><input name="comment_post_ID" value="66">`), PAGE);
    expect(d.postId).toBe(66);
    expect(kinds(d)).toEqual(['comment-post-id']);
  });

  it('the first same-site asset in page order, whatever its tag: an <img> before a later <script>', () => {
    const body = `<img src="https://cdn.other.example/wp-content/uploads/x.jpg">${furniture(500)}<img src="/wp-content/uploads/2025/01/a.jpg">${furniture(500)}<script src="/wp-includes/js/late.js"></script>`;
    const d = detect(page('', 'single postid-9', body), PAGE);
    expect(d.signals).toContainEqual({ kind: 'wp-content', value: `${SITE}/wp-content/uploads/2025/01/a.jpg` });
    expect(d.isWordPress).toBe(true);
  });

  it('a same-site script in <head> before the theme stylesheet is the first asset, and a <link> in <body> after an <img> is not', () => {
    const head = `<script src="/wp-includes/js/jquery.js"></script><link rel="stylesheet" href="/wp-content/themes/t/style.css">`;
    const first = detect(page(head, 'single postid-9', furniture(300)), PAGE);
    expect(first.signals).toContainEqual({ kind: 'wp-content', value: `${SITE}/wp-includes/js/jquery.js` });
    const late = detect(
      page(
        '',
        'single postid-9',
        `${furniture(300)}<img src="/wp-content/uploads/a.jpg"><link rel="stylesheet" href="/wp-content/themes/t/style.css">`,
      ),
      PAGE,
    );
    expect(late.signals).toContainEqual({ kind: 'wp-content', value: `${SITE}/wp-content/uploads/a.jpg` });
  });

  it('an asset URL seen first on an element that does not count still counts on a later one that does', () => {
    // A theme stylesheet on a CDN counts as a <link rel=stylesheet>, not as a <link rel=icon>.
    const css = 'https://cdn.other.example/wp-content/themes/t/style.css';
    const d = detect(page(`<link rel="icon" href="${css}">`, 'single postid-9', `${furniture(500)}<link rel="stylesheet" href="${css}">`), PAGE);
    expect(d.signals).toContainEqual({ kind: 'wp-content', value: css });
  });

  it('a WordPress.com asset late in the page is reported when a WordPress.com marker makes it count', () => {
    const head = '<meta name="generator" content="WordPress.com">';
    const body = `${Array.from({ length: 300 }, (_, i) => `<img src="/wp-content/uploads/${i}.jpg">`).join('')}<script src="https://s1.wp.com/_static/x.js"></script>`;
    const d = detect(page(head, 'single postid-3', body), 'https://blog.example.com/a/');
    const wpcom = d.signals.filter((s) => s.kind === 'wpcom').map((s) => s.value);
    expect(wpcom).toEqual(['generator: WordPress.com', 'asset: https://s1.wp.com/_static/x.js']);
    expect(d.wpcomSite).toBe('blog.example.com');
  });

  it('the article post-N after a run of post-* classes that name no post (singular page)', () => {
    const meta = Array.from({ length: 60 }, () => '<div class="post-meta"><span class="post-date">d</span></div>').join('');
    const d = detect(
      page(
        '',
        'single post-template-default',
        `<div class="post-thumbnail"></div>${meta}${furniture(300)}<article class="post-31 post"></article><aside class="post-32"></aside>`,
      ),
      PAGE,
    );
    expect(d.postId).toBe(31);
    expect(d.signals).toContainEqual({ kind: 'post-class', value: 'post-31' });
  });

  it('a second post ID far down a page of unknown kind still makes it a list, not one post', () => {
    const one = detect(page('', '', `<article class="post-5"></article>${furniture(500)}<div id="post-5"></div>`), PAGE);
    expect(one.postId).toBe(5);
    const two = detect(page('', '', `<article class="post-5"></article>${furniture(500)}<div id="post-6"></div>`), PAGE);
    expect(two.postId).toBeUndefined();
    expect(kinds(two)).not.toContain('post-class');
  });

  it('a wp-block-* class behind an element whose class only contains the text', () => {
    const d = detect(
      page('', 'single postid-9', `<div class="has-wp-block-gap"></div>${furniture(300)}<figure class="x wp-block-image"></figure>`),
      PAGE,
    );
    expect(d.signals).toContainEqual({ kind: 'wp-block', value: 'wp-block-image' });
  });
});

describe('the JSON viewer check on ordinary pages', () => {
  it('reads a lone <pre> with only empty <div>s around it, and nothing else', () => {
    const json = '{"id":1}';
    expect(jsonViewerText(htmlDoc(`<body><div></div><pre>${json}</pre><div> </div></body>`))).toBe(json);
    expect(jsonViewerText(htmlDoc(`<body><div>text</div><pre>${json}</pre></body>`))).toBeUndefined();
    expect(jsonViewerText(htmlDoc(`<body><pre>${json}</pre><pre>${json}</pre></body>`))).toBeUndefined();
    expect(jsonViewerText(htmlDoc(`<body><pre>${json}</pre><script>1</script></body>`))).toBeUndefined();
    expect(jsonViewerText(htmlDoc('<body><div></div><pre>not json</pre></body>'))).toBeUndefined();
  });
});
