/**
 * Whitespace and emptiness. Sites pad paragraphs with spaces (the seed post's CNN paragraphs start with
 * 12 of them) and leave `<p></p>`, `<p>&nbsp;</p>`, `<p><br></p>` behind; copied text must not carry
 * either. `<pre>` content is never touched.
 *
 * Each pass runs over the top-level children in batches (a slice each, ./slices.ts): every decision looks
 * only at an element's own subtree and its ancestors, so batch by batch gives the one-pass result.
 */
import { isElement } from './dom';
import { runSync, type Sliced } from './slices';

/** Elements per slice of these passes (each is ~10× cheaper per element than DOMPurify). */
export const PASS_ELEMENTS = 2000;

/** The top-level children of `root`, a snapshot in batches of about `limit` elements (subtrees included). */
function* batches(root: Element, limit: number, nodes = false): Generator<{ batch: Node[]; units: number }, void, void> {
  let batch: Node[] = [];
  let units = 0;
  for (const child of nodes ? [...root.childNodes] : [...root.children]) {
    batch.push(child);
    units += isElement(child) ? 1 + child.getElementsByTagName('*').length : 1;
    if (units >= limit) {
      yield { batch, units };
      batch = [];
      units = 0;
    }
  }
  if (batch.length > 0) yield { batch, units };
}

/** `el` (when it matches) and its descendants that match, in document order. */
function within(el: Element, selector: string): Element[] {
  return el.matches(selector) ? [el, ...el.querySelectorAll(selector)] : [...el.querySelectorAll(selector)];
}

/** Blocks whose text is trimmed at both ends. */
const TRIMMED = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, figcaption, caption, td, th, summary, blockquote, div, cite';
/** Elements that are content even without text. */
const SUBSTANTIAL = 'img, picture, video, audio, hr, table, a.cp-embed-load';
/** Blocks removed when they hold nothing. */
const REMOVABLE =
  'p, div, span, h1, h2, h3, h4, h5, h6, strong, b, em, i, u, s, small, mark, blockquote, figure, figcaption, li, ul, ol, dl, dt, dd, details, summary, sup, sub, cite, q, code, a';

// \s covers U+00A0 (&nbsp;) and the other Unicode spaces; zero-width spaces/joiners are padding too.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is listed on its own (the ZWJ too), not as a joined sequence
const LEADING = /^[\s\u200b\u200c\u200d\ufeff]+/;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is listed on its own (the ZWJ too), not as a joined sequence
const TRAILING = /[\s\u200b\u200c\u200d\ufeff]+$/;

function isPre(node: Node): boolean {
  return isElement(node) ? node.closest('pre') !== null : node.parentElement?.closest('pre') !== null;
}

/** Trims whitespace text (and `<br>`s) at the start or the end of a block, descending into inline children. */
function trimEdge(block: Element, atStart: boolean): void {
  let node: Node | null = atStart ? block.firstChild : block.lastChild;
  while (node) {
    const next: Node | null = atStart ? node.nextSibling : node.previousSibling;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      const trimmed = text.replace(atStart ? LEADING : TRAILING, '');
      if (trimmed !== '') {
        node.nodeValue = trimmed;
        return;
      }
      node.parentNode?.removeChild(node);
    } else if (node.nodeType === 8) {
      node.parentNode?.removeChild(node);
    } else if (isElement(node) && node.tagName === 'BR') {
      node.remove();
    } else if (isElement(node) && isInline(node)) {
      trimEdge(node, atStart);
      if (node.firstChild) return;
      if (!node.matches(SUBSTANTIAL) && !node.querySelector(SUBSTANTIAL) && !node.hasAttribute('id')) node.remove();
      else return;
    } else return;
    node = next;
  }
}

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DEL',
  'DFN',
  'EM',
  'I',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

function isInline(el: Element): boolean {
  return INLINE.has(el.tagName);
}

function trimBlock(block: Element): void {
  if (isPre(block)) return;
  trimEdge(block, true);
  trimEdge(block, false);
}

export function trimBlocks(root: Element): void {
  runSync(trimBlocksSteps(root));
}

/** root first, then every trimmed block in document order (a block's trim touches only its subtree). */
export function* trimBlocksSteps(root: Element, limit = PASS_ELEMENTS): Sliced<void> {
  trimBlock(root);
  for (const { batch, units } of batches(root, limit)) {
    for (const child of batch) for (const block of within(child as Element, TRIMMED)) trimBlock(block);
    yield { step: 'trim', units };
  }
}

function hasContent(el: Element): boolean {
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is listed on its own (the ZWJ too), not as a joined sequence
  if ((el.textContent ?? '').replace(/[\s\u200b\u200c\u200d\ufeff]+/g, '') !== '') return true;
  return el.matches(SUBSTANTIAL) || el.querySelector(SUBSTANTIAL) !== null;
}

/** Removes empty blocks, innermost first, so a wrapper of empty paragraphs goes too. */
export function removeEmpty(root: Element): void {
  runSync(removeEmptySteps(root));
}

export function* removeEmptySteps(root: Element, limit = PASS_ELEMENTS): Sliced<void> {
  for (const { batch, units } of batches(root, limit)) {
    for (const child of batch) removeEmptyIn(root, child as Element);
    yield { step: 'empty', units };
  }
}

function removeEmptyIn(root: Element, top: Element): void {
  const candidates = within(top, REMOVABLE).reverse();
  for (const el of candidates) {
    if (!root.contains(el)) continue;
    if (el.closest('pre')) continue;
    // An empty anchor target (e.g. `<span id="x"></span>` that a link points at) must stay.
    if (el.hasAttribute('id')) continue;
    if (hasContent(el)) continue;
    // `a<b> </b>b`: an inline element holding only a space is the space between two words (issue 10 §1);
    // removing it glued them. It becomes that space (block edges are trimmed again afterwards).
    if (isInline(el) && /\s/.test(el.textContent ?? '')) el.replaceWith(el.ownerDocument.createTextNode(' '));
    else el.remove();
  }
}

/** Drops whitespace-only text nodes between blocks (they would become stray spaces in copied text). */
export function dropInterBlockWhitespace(root: Element): void {
  runSync(dropInterBlockWhitespaceSteps(root));
}

/** Decisions read the tree as it is before any drop (the drops happen at the end), so batches cannot change them. */
export function* dropInterBlockWhitespaceSteps(root: Element, limit = PASS_ELEMENTS): Sliced<void> {
  root.normalize(); // merge the text nodes left beside removed blocks
  const drop: Node[] = [];
  for (const { batch, units } of batches(root, limit, true)) {
    for (const child of batch) {
      if (child.nodeType === 3) considerWhitespace(child, drop);
      else if (isElement(child)) {
        const walker = root.ownerDocument.createTreeWalker(child, 4 /* NodeFilter.SHOW_TEXT */);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) considerWhitespace(node, drop);
      }
    }
    yield { step: 'whitespace', units };
  }
  for (const node of drop) node.parentNode?.removeChild(node);
}

function considerWhitespace(node: Node, drop: Node[]): void {
  if ((node.nodeValue ?? '').trim() !== '' || isPre(node)) return;
  const parent = node.parentElement;
  if (
    !parent ||
    /^(P|H[1-6]|LI|DT|DD|TD|TH|FIGCAPTION|CAPTION|SUMMARY|CITE|A|SPAN|STRONG|EM|B|I|U|S|Q|SMALL|MARK|CODE|SUB|SUP|ABBR|TIME)$/.test(parent.tagName)
  )
    return;
  const prev = node.previousSibling;
  const next = node.nextSibling;
  const blockish = (n: Node | null): boolean => n === null || (isElement(n) && !isInline(n) && n.tagName !== 'IMG' && n.tagName !== 'BR');
  if (blockish(prev) && blockish(next)) drop.push(node);
}
