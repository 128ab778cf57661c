/**
 * Finding elements on a big page without paying for the whole page. Detection runs on the click's critical
 * path, on pages of 25 000+ elements (the bench's 2 MB news page, scripts/bench/heavy-page.ts), where
 * every query that visits the whole page costs ~0.3–7 ms in Chromium (more on a loaded machine):
 * - a tag-name collection (`getElementsByTagName`) is live and lazy: reading its first items only walks the
 *   page up to them, and browsers match a tag name far faster than an attribute selector such as
 *   `[class*="post-"]`;
 * - `querySelectorAll` always visits every element; `querySelector` stops at the first match, and
 *   matchesInOrder() below keeps stopping early for the next ones.
 * Each helper gives exactly what the query it replaces would, in document order.
 */

/** The elements named `tag` in `root`, in document order, as a live collection: iterate it and stop early. */
export function byTag(root: Document | Element, tag: string): HTMLCollectionOf<Element> {
  return root.getElementsByTagName(tag);
}

/** Node.DOCUMENT_POSITION_FOLLOWING, without needing a `Node` global (the core also runs under jsdom). */
const FOLLOWING = 4;

/** The element of `candidates` that comes first in document order. */
export function firstInDocument(candidates: ReadonlyArray<Element | null | undefined>): Element | undefined {
  let first: Element | undefined;
  for (const el of candidates) {
    if (!el) continue;
    if (first === undefined || (el.compareDocumentPosition(first) & FOLLOWING) !== 0) first = el;
  }
  return first;
}

/**
 * What matchesInOrder may spend walking to the next matches before one querySelectorAll of the whole page is
 * cheaper: `matches()` calls on the siblings it passes (cheap everywhere), and queries below an element,
 * which are cheap in browsers but in jsdom cost about a query of the whole page each (its selector engine
 * walks the document for an element-scoped query; the unit and bench:quality tiers run detection there).
 * Enough for the common shapes: <body class="post-template-default"> then the article inside it; a
 * <head> of childless <link>/<script>/<meta> elements.
 */
const WALK_MATCHES = 32;
const WALK_QUERIES = 2;

interface Budget {
  matches: number;
  queries: number;
}

/**
 * The elements `doc.querySelectorAll(selector)` lists, in the same order, found one at a time so that a
 * caller that stops early has only paid for the page up to there: the next match after an element is in
 * its subtree, else in a following sibling (itself, then its subtree), else the same one level up. Once
 * the walk's budget is spent, the rest comes from one querySelectorAll.
 */
export function* matchesInOrder(doc: Document, selector: string): Generator<Element, void, undefined> {
  const budget: Budget = { matches: WALK_MATCHES, queries: WALK_QUERIES };
  let el = doc.querySelector(selector);
  while (el !== null) {
    yield el;
    const next = nextMatch(el, selector, budget);
    if (next === undefined) break; // out of budget
    el = next;
  }
  if (el === null) return;
  const all = Array.from(doc.querySelectorAll(selector));
  yield* all.slice(all.indexOf(el) + 1);
}

/** The next match after `el` in document order; null when there is none, undefined when out of budget. */
function nextMatch(el: Element, selector: string, budget: Budget): Element | null | undefined {
  const below = (root: Element): Element | null | undefined => {
    if (root.firstElementChild === null) return null; // most of <head>: nothing to query
    return --budget.queries < 0 ? undefined : root.querySelector(selector);
  };
  const inside = below(el);
  if (inside !== null) return inside;
  for (let node: Element | null = el; node !== null; node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib !== null; sib = sib.nextElementSibling) {
      if (--budget.matches < 0) return undefined;
      if (sib.matches(selector)) return sib;
      const found = below(sib);
      if (found !== null) return found;
    }
  }
  return null;
}
