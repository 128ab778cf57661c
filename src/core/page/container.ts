/**
 * The post body as the WordPress theme marks it. `the_content()` is printed inside a wrapper whose class
 * every theme family names its own way; these are the ones found on the corpus's 532 WordPress pages
 * (../../../../shared/corpus/wp-html-pages), most common first: `.entry-content` (Underscores-based and
 * default themes, 244 pages), `.post-content`, `.article-content`, `.td-post-content` (tagDiv Newspaper),
 * `.single-post-content`, `.entry-body`, `.post-body`, `.wp-block-post-content` (block themes), and the
 * schema.org `itemprop="articleBody"`.
 */

/** In order of trust: the more specific to "the body of one post", the earlier. */
export const CONTAINER_SELECTORS = [
  '.wp-block-post-content',
  '.entry-content',
  '[itemprop="articleBody"]',
  '.td-post-content',
  '.single-post-content',
  '.post-content',
  '.article-content',
  '.entry-body',
  '.post-body',
  '.article-body',
  '.post-entry',
  '.single-content',
  '.the-content',
  '.post_content',
  '.post-text',
  '.article__body',
  '.entry',
];

/** Places where another post's excerpt / content markup lives (related posts, widgets, comments). */
const ELSEWHERE = 'aside, nav, footer, .widget, .sidebar, #sidebar, #comments, .comments-area, .comment, [class*="related"], [id*="related"]';

/**
 * A post body wraps paragraphs: some themes put `post-text` / `article__body` on every <p> instead, and
 * then the biggest paragraph is not the post.
 */
const WRAPPER_TAGS = new Set(['DIV', 'ARTICLE', 'SECTION', 'MAIN', 'TD']);

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Another post's element inside `el` (a "related posts" or "you may like" list of post-M articles). */
function holdsOtherPosts(el: Element, postId: number): boolean {
  for (const inner of el.querySelectorAll('article, [id^="post-"]')) {
    const m = /^post-(\d+)$/.exec(inner.id) ?? /(?:^|\s)post-(\d+)(?:\s|$)/.exec(inner.getAttribute('class') ?? '');
    if (m && Number(m[1]) !== postId) return true;
  }
  return false;
}

/**
 * The element WordPress prints for post N (`<article id="post-N" class="post-N ...">`). Some themes
 * print post N's classes twice, once on the post and once on a box of related posts after it
 * (mensagensreflexao.com.br: `<article class="post-1806">` with the text, then `<article id="post-1806">`
 * wrapping six other posts' articles): the one that holds other posts is not the post.
 */
export function postElement(doc: Document, postId: number | undefined): Element | undefined {
  if (postId === undefined) return undefined;
  const byId = doc.getElementById(`post-${postId}`);
  const candidates = [...(byId ? [byId] : []), ...doc.getElementsByClassName(`post-${postId}`)];
  return candidates.find((el) => !holdsOtherPosts(el, postId)) ?? candidates[0];
}

/** `.class` through getElementsByClassName (much faster than selector matching in jsdom). */
function query(scope: ParentNode, selector: string): Element[] {
  if (/^\.[\w-]+$/.test(selector)) return [...(scope as Document | Element).getElementsByClassName(selector.slice(1))];
  return [...scope.querySelectorAll(selector)];
}

export interface Container {
  /** Usually one element; several when the post's own element holds more than one (multi-page posts). */
  els: Element[];
  selector: string;
}

/**
 * The post body container: inside the detected post's element when there is one, else the matching
 * element with the most text outside related-post/widget/comment areas. Nested matches of the same
 * selector collapse to the outermost (`.entry-content .entry-content` in page builders). Inside the
 * post's own element every match belongs to the post (themes that print `<!--nextpage-->` sections or
 * split the body around an inline ad repeat the wrapper), so all of them are kept, in page order.
 */
export function findContainer(doc: Document, postId?: number): Container | undefined {
  const post = postElement(doc, postId);
  const scopes: ParentNode[] = post ? [post, doc] : [doc];
  for (const scope of scopes) {
    for (const selector of CONTAINER_SELECTORS) {
      const all = query(scope, selector).filter(
        (el) => WRAPPER_TAGS.has(el.tagName.toUpperCase()) && (!el.closest(ELSEWHERE) || el.contains(post ?? null)),
      );
      const outer = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
      let best: Element | undefined;
      let bestLen = 0;
      for (const el of outer) {
        const len = textLength(el);
        if (len > bestLen) {
          best = el;
          bestLen = len;
        }
      }
      if (!best || bestLen === 0) continue;
      if (scope === post) {
        const parts = outer.filter((el) => textLength(el) > 0);
        return { els: parts, selector };
      }
      return { els: [best], selector };
    }
  }
  // No theme marker anywhere: the post's own element is the container (issue 4 names `article.post-N`);
  // its header and footer furniture is removed by the caller (./body.ts).
  if (post && WRAPPER_TAGS.has(post.tagName.toUpperCase()) && textLength(post) > 0) return { els: [post], selector: POST_ELEMENT };
  return undefined;
}

/** `Container.selector` when the container is the post's own element. */
export const POST_ELEMENT = 'article.post-N';
