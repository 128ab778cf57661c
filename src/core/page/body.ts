/**
 * Chooses the post body HTML: the WordPress container when the theme marks one and it holds real text,
 * else Readability's pick. `page` is only read: the container is copied into an inert document
 * (`createHTMLDocument`: no browsing context, so nothing in it loads or runs) before anything is removed.
 */
import { inertDocument, parseInert } from '../clean/dom';
import { stripBoilerplate } from './boilerplate';
import { findContainer, POST_ELEMENT } from './container';
import { stripFurniture } from './junk';
import { runReadability, type ReadabilityResult } from './readability';

/**
 * Below this many characters a "container" is an excerpt, a teaser or an empty wrapper around
 * script-rendered content, and Readability is asked instead. ~40 words: shorter than any real post body
 * in the corpus, longer than an excerpt box.
 */
export const MIN_CONTAINER_TEXT = 250;

export interface PageBody {
  html: string;
  via: 'wordpress' | 'readability';
  /** Set when Readability ran: its metadata fills gaps in the page's own. */
  readability?: ReadabilityResult;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * What a theme prints around `the_content()` inside the post element: the title, the meta line and the
 * post footer (`header.entry-header`, `.entry-meta`, `footer.entry-footer` in Underscores-based themes).
 * The reader prints title, byline and dates itself.
 */
function dropPostChrome(copy: Element): void {
  for (const el of [...copy.querySelectorAll('header, footer, h1, .entry-header, .entry-meta, .post-meta, .entry-footer, .post-footer')]) {
    if (copy.contains(el)) el.remove();
  }
}

/**
 * True when most of Readability's paragraphs are text of `post` (Readability found the body inside the
 * post's element, and its finer pick is better than the whole element with its meta lines, tag lists and
 * "related" rows); false when it picked something elsewhere or much bigger.
 */
function pickedInside(picked: Element, post: Element[]): boolean {
  const postText = post.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ')).join(' ');
  const paras = [...picked.querySelectorAll('p, li, h2, h3, h4, blockquote')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 30);
  if (paras.length === 0) return false;
  const inside = paras.filter((t) => postText.includes(t)).length;
  return inside >= paras.length * 0.8;
}

export function pickBody(page: Document, postId: number | undefined): PageBody | undefined {
  const inert = inertDocument(page);
  const found = findContainer(page, postId);
  let copy: Element | undefined;
  let containerLen = 0;
  if (found) {
    copy = inert.createElement('div');
    for (const el of found.els) copy.append(inert.importNode(el, true));
    if (found.selector === POST_ELEMENT) dropPostChrome(copy);
    stripFurniture(copy);
    stripBoilerplate(copy);
    containerLen = textLength(copy);
    if (containerLen >= MIN_CONTAINER_TEXT && found.selector !== POST_ELEMENT) return { html: copy.innerHTML, via: 'wordpress' };
  }
  const readability = runReadability(page);
  // Parsed with DOMParser into an inert document (../clean/dom.ts says why not innerHTML: AMO's linter).
  const picked = readability ? parseInert(readability.contentHtml) : undefined;
  // The post's own element (no theme marker inside it) is a coarse container: Readability's pick wins
  // when it lies inside that element; when it lies elsewhere, the post element wins.
  const postOnly = found?.selector === POST_ELEMENT && containerLen >= MIN_CONTAINER_TEXT;
  if (readability && picked && (postOnly ? pickedInside(picked, found.els) : textLength(picked) > containerLen)) {
    // Readability keeps share bars, "related" lists and newsletter boxes when they sit inside the block
    // it picks; it ran with keepClasses, so the same furniture rules apply to its pick.
    stripFurniture(picked);
    stripBoilerplate(picked);
    return { html: picked.innerHTML, via: 'readability', readability };
  }
  if (copy && containerLen > 0) return { html: copy.innerHTML, via: 'wordpress' };
  return undefined;
}
