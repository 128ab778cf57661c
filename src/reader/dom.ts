/**
 * A tiny element builder. Site strings only ever reach the DOM through `textContent` and
 * `setAttribute` here, never through HTML parsing, so a title like `<img onerror=...>` stays text.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Fills a localised sentence that has one placeholder with a node (e.g. a link), keeping word order in
 * the translator's hands: "Originally from $1" → ["Originally from ", <a>]. `message` is produced by
 * t(key, marker).
 */
export function fillMessage(message: string, marker: string, node: Node): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const [before, ...rest] = message.split(marker);
  append(fragment, before ?? '');
  if (rest.length > 0) append(fragment, node, rest.join(marker));
  else append(fragment, ' ', node); // the message lost its placeholder: still show the link
  return fragment;
}

/** Private-use character: cannot occur in a translation, so splitting on it is unambiguous. */
export const MARKER = '\uE000';

/**
 * A link out of the reader. The reader lives in a frame over the page, so a plain click would load the
 * site inside our frame; a new tab without opener/referrer is the safe default (rNeomy's reader does the
 * same with `<base target="_blank">`).
 */
export function externalLink(href: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLAnchorElement {
  const rel = ['noopener', 'noreferrer', ...(attrs.rel?.split(/\s+/) ?? [])];
  return el('a', { ...attrs, href, target: '_blank', rel: [...new Set(rel)].join(' ') }, ...children);
}

/** One of reader.html's own fixed elements; a missing one is our bug, not the site's. */
export function byId<T extends HTMLElement>(doc: Document, id: string, type: new () => T): T {
  const node = doc.getElementById(id);
  if (!(node instanceof type)) throw new Error(`reader.html is missing #${id}`);
  return node;
}
