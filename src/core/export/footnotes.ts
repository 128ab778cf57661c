/**
 * Footnotes in the exports (issue 10 §1). WordPress core's Footnotes block (docs/wordpress.md §4.2) writes
 * `<sup data-fn=ID class="fn"><a href="#ID" id="ID-link">1</a></sup>` in the text and
 * `<ol class="wp-block-footnotes"><li id="ID">note <a href="#ID-link">↩︎</a></li></ol>` after it; the cleaner
 * renames those classes to cp-fn / cp-footnotes (../clean/structure.ts). In-page anchors mean nothing in a
 * copy, so Markdown gets real footnotes (`[^1]` … `[^1]: note`) and plain text a bracketed marker with the
 * notes listed at the end.
 */

export interface Footnotes {
  /** Each reference element (the <sup>) → the id of the note it points at. */
  refs: Map<Element, string>;
  /** Note id → its <li>, without the back-links, in list order. */
  notes: Map<string, Element>;
}

/** A back-link's text: arrows (↩ ↑ ⤴ ^), maybe with a variation selector (U+FE0E/FE0F, as in core's "↩︎"). */
const BACK_ARROWS = /^(?:\s|\u21A9|\u2191|\u2934|\^|\uFE0E|\uFE0F)*$/;

function targetId(a: Element): string | undefined {
  const href = a.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** Finds the notes lists and the references to them in `body`; removes the lists' back-links (a copy has nowhere to jump to). */
export function findFootnotes(body: Element): Footnotes {
  const notes = new Map<string, Element>();
  for (const li of body.querySelectorAll('ol.cp-footnotes > li[id]')) notes.set(li.getAttribute('id') ?? '', li);
  const refs = new Map<Element, string>();
  if (notes.size === 0) return { refs, notes };
  const refIds = new Set<string>();
  for (const sup of body.querySelectorAll('sup')) {
    const links = sup.querySelectorAll('a[href^="#"]');
    const id = links.length === 1 && links[0] ? targetId(links[0]) : undefined;
    if (id === undefined || !notes.has(id) || sup.closest('ol.cp-footnotes')) continue;
    refs.set(sup, id);
    const own = links[0]?.getAttribute('id');
    if (own) refIds.add(own);
  }
  for (const li of notes.values()) {
    for (const a of [...li.querySelectorAll('a[href^="#"]')]) {
      const id = targetId(a);
      if ((id !== undefined && refIds.has(id)) || BACK_ARROWS.test(a.textContent ?? '')) a.remove();
    }
  }
  return { refs, notes };
}

/** Note ids in the order a reader meets them: by first reference, then notes nobody references, in list order. */
export function noteOrder(footnotes: Footnotes): string[] {
  const order = new Set(footnotes.refs.values());
  for (const id of footnotes.notes.keys()) order.add(id);
  return [...order];
}
