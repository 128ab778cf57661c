/**
 * sanitizeInert in slices, for long posts (issue 5): the one DOMPurify configuration (./sanitize.ts
 * `purify`, same config, same hook) run on groups of top-level nodes instead of the whole body at once.
 *
 * Why the result is the same as sanitizeInert's:
 *  - the body markup is parsed ONCE, exactly as DOMPurify parses a string (`parseLikePurifier` mirrors
 *    its _initDocument for this configuration), so no group boundary can change how anything parses;
 *  - each group is handed to DOMPurify as nodes (a DocumentFragment): DOMPurify imports them into its
 *    own document under a <body> and walks them as it walks a parsed string. Its decisions on a node
 *    look at that node, its subtree and its parent's namespace (HTML <body> both ways), never at siblings;
 *  - the rules after DOMPurify that look only at subtrees run per group (enforceLocal); the one that
 *    needs every link (keepLinkedIds) runs once on the assembled body.
 * test/unit/clean/sanitize-groups.test.ts checks the equality on the seed, the corpus and the XSS vectors.
 */
import { inertDocument } from './dom';
import { enforceLocal, keepLinkedIds, purify, sanitizeInert } from './sanitize';
import type { Sliced } from './slices';

export interface GroupOptions {
  /** Body markup up to this many characters is sanitised in one call, as before (default 100 000). */
  wholeBelow?: number;
  /** Elements per DOMPurify call (default 200: ~15-25 ms in Chromium on a loaded 2-core machine). */
  groupElements?: number;
}

export const WHOLE_BELOW_CHARS = 100_000;
export const GROUP_ELEMENTS = 200;

/** DOMPurify 3.5 _initDocument for a string, HTML namespace, FORCE_BODY off, no Trusted Types. */
function parseLikePurifier(html: string): HTMLElement {
  const leading = /^[\r\n\t ]+/.exec(html)?.[0];
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The same reads as DOMPurify's, a clobbered `doc.body` included, so even odd markup parses alike.
  const target: Element = doc.body || doc.documentElement;
  if (html && leading) target.insertBefore(document.createTextNode(leading), target.childNodes[0] || null);
  const body = Document.prototype.getElementsByTagName.call(doc, 'body')[0] as HTMLElement | undefined;
  if (!body) throw new Error('DOMParser produced no <body>');
  return body;
}

function elementCount(node: Node): number {
  return node.nodeType === 1 ? 1 + (node as Element).getElementsByTagName('*').length : 0;
}

/** Same result as sanitizeInert(root, baseUrl), yielding after each group of top-level nodes. */
export function* sanitizeInGroups(root: Element, baseUrl: string, opts: GroupOptions = {}): Sliced<HTMLElement> {
  const html = root.innerHTML;
  if (html.length <= (opts.wholeBelow ?? WHOLE_BELOW_CHARS)) {
    const whole = sanitizeInert(root, baseUrl);
    yield { step: 'sanitize', units: elementCount(whole) };
    return whole;
  }
  const limit = Math.max(1, opts.groupElements ?? GROUP_ELEMENTS);
  const body = parseLikePurifier(html);
  yield { step: 'sanitize-parse', units: elementCount(body) };
  const out = inertDocument().createElement('div');
  const doc = body.ownerDocument;
  while (body.firstChild) {
    const group = doc.createDocumentFragment();
    let size = 0;
    while (body.firstChild && (size === 0 || size + elementCount(body.firstChild) <= limit)) {
      size += Math.max(1, elementCount(body.firstChild));
      group.append(body.firstChild);
    }
    const holder = out.ownerDocument.createElement('div');
    holder.append(out.ownerDocument.adoptNode(purify(group, baseUrl)));
    enforceLocal(holder, baseUrl);
    out.append(...holder.childNodes);
    yield { step: 'sanitize', units: size };
  }
  keepLinkedIds(out);
  yield { step: 'sanitize-ids', units: elementCount(out) };
  return out;
}
