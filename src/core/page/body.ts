/**
 * Chooses the post body HTML: the WordPress container when the theme marks one and it holds real text,
 * else Readability's pick. `page` is only read: the container is copied into an inert document
 * (`createHTMLDocument`: no browsing context, so nothing in it loads or runs) before anything is removed.
 */
import { parseInert } from '../clean/dom';
import { findContainer } from './container';
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


export function pickBody(page: Document, postId: number | undefined): PageBody | undefined {
  const inert = page.implementation.createHTMLDocument('');
  const found = findContainer(page, postId);
  let copy: Element | undefined;
  let containerLen = 0;
  if (found) {
    copy = inert.createElement('div');
    for (const el of found.els) copy.append(inert.importNode(el, true));
    stripFurniture(copy);
    containerLen = textLength(copy);
    if (containerLen >= MIN_CONTAINER_TEXT) return { html: copy.innerHTML, via: 'wordpress' };
  }
  const readability = runReadability(page);
  // Parsed with DOMParser into an inert document (../clean/dom.ts says why not innerHTML: AMO's linter).
  const picked = readability ? parseInert(readability.contentHtml) : undefined;
  if (readability && picked && textLength(picked) > containerLen) {
    // Readability keeps share bars, "related" lists and newsletter boxes when they sit inside the block
    // it picks; it ran with keepClasses, so the same furniture rules apply to its pick.
    stripFurniture(picked);
    return { html: picked.innerHTML, via: 'readability', readability };
  }
  if (copy && containerLen > 0) return { html: copy.innerHTML, via: 'wordpress' };
  return undefined;
}
