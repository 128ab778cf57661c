/**
 * Whitespace and emptiness. Sites pad paragraphs with spaces (the seed post's CNN paragraphs start with
 * 12 of them) and leave `<p></p>`, `<p>&nbsp;</p>`, `<p><br></p>` behind; copied text must not carry
 * either. `<pre>` content is never touched.
 */
import { isElement } from './dom';

/** Blocks whose text is trimmed at both ends. */
const TRIMMED = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, figcaption, caption, td, th, summary, blockquote, div, cite';
/** Elements that are content even without text. */
const SUBSTANTIAL = 'img, picture, video, audio, hr, table, a.cp-embed-load';
/** Blocks removed when they hold nothing. */
const REMOVABLE = 'p, div, span, h1, h2, h3, h4, h5, h6, strong, b, em, i, u, s, small, mark, blockquote, figure, figcaption, li, ul, ol, dl, dt, dd, details, summary, sup, sub, cite, q, code, a';

// \s covers U+00A0 (&nbsp;) and the other Unicode spaces; zero-width spaces/joiners are padding too.
const LEADING = /^[\s\u200b\u200c\u200d\ufeff]+/;
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

const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DEL', 'DFN', 'EM', 'I', 'INS', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);

function isInline(el: Element): boolean {
  return INLINE.has(el.tagName);
}

export function trimBlocks(root: Element): void {
  for (const block of [root, ...root.querySelectorAll(TRIMMED)]) {
    if (isPre(block)) continue;
    trimEdge(block, true);
    trimEdge(block, false);
  }
}

function hasContent(el: Element): boolean {
  if ((el.textContent ?? '').replace(/[\s\u200b\u200c\u200d\ufeff]+/g, '') !== '') return true;
  return el.matches(SUBSTANTIAL) || el.querySelector(SUBSTANTIAL) !== null;
}

/** Removes empty blocks, innermost first, so a wrapper of empty paragraphs goes too. */
export function removeEmpty(root: Element): void {
  const candidates = [...root.querySelectorAll(REMOVABLE)].reverse();
  for (const el of candidates) {
    if (!root.contains(el)) continue;
    if (el.closest('pre')) continue;
    // An empty anchor target (e.g. `<span id="x"></span>` that a link points at) must stay.
    if (el.hasAttribute('id')) continue;
    if (!hasContent(el)) el.remove();
  }
}

/** Drops whitespace-only text nodes between blocks (they would become stray spaces in copied text). */
export function dropInterBlockWhitespace(root: Element): void {
  root.normalize(); // merge the text nodes left beside removed blocks
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const drop: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim() !== '' || isPre(node)) continue;
    const parent = node.parentElement;
    if (!parent || /^(P|H[1-6]|LI|DT|DD|TD|TH|FIGCAPTION|CAPTION|SUMMARY|CITE|A|SPAN|STRONG|EM|B|I|U|S|Q|SMALL|MARK|CODE|SUB|SUP|ABBR|TIME)$/.test(parent.tagName)) continue;
    const prev = node.previousSibling;
    const next = node.nextSibling;
    const blockish = (n: Node | null): boolean => n === null || (isElement(n) && !isInline(n) && n.tagName !== 'IMG' && n.tagName !== 'BR');
    if (blockish(prev) && blockish(next)) drop.push(node);
  }
  for (const node of drop) node.parentNode?.removeChild(node);
}
