/**
 * The exports read and build HTML only inside an inert document (../clean/dom.ts inertDocument): nothing
 * parsed there runs scripts or loads images, in a page, an extension page or jsdom.
 */
import { inertDocument, parseHtmlBody } from '../clean/dom';

export { inertDocument };

/**
 * The article body as a detached element. `contentHtml` is sanitised by normalisation already; it is
 * parsed in an inert document so reading it for export can never trigger anything.
 */
export function parseBody(contentHtml: string, doc: Document = inertDocument()): HTMLElement {
  const box = doc.createElement('div');
  box.append(...parseHtmlBody(contentHtml).childNodes); // parsed inert, adopted into `doc` by append
  return box;
}

/**
 * The text of a <pre> as it reads on screen: textContent skips <br>, which the Verse and Preformatted
 * blocks (and code pasted through the visual editor) use for their line breaks.
 */
export function preformattedText(pre: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        if ((child as Element).tagName.toUpperCase() === 'BR') out += '\n';
        else walk(child);
      }
    }
  };
  walk(pre);
  return out;
}
