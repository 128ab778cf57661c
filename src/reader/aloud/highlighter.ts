/**
 * Read aloud, step 3: shows the sentence being spoken and keeps it in view, without rewriting the sanitised
 * article. With the CSS Custom Highlight API (Chromium 105+, Firefox 140+: every supported version) the sentence
 * is a Range registered as the `cp-aloud` highlight and styled by `::highlight(cp-aloud)` in reader.css: the DOM
 * is untouched. Elsewhere each Text node the sentence covers is split and its part wrapped in a
 * `<span class="cp-aloud-sentence">`; clear() puts the very same Text nodes back as they were.
 * https://drafts.csswg.org/css-highlight-api-1/
 */
import type { Sentence, Unit } from './plan';

export const HIGHLIGHT_NAME = 'cp-aloud';

export interface Highlighter {
  show(unit: Unit, sentence: Sentence): void;
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

/** The pieces of `sentence` in each Text node: [node, from, to] (offsets into that node's data). */
export function sentencePieces(unit: Unit, sentence: Sentence): Array<[Text, number, number]> {
  const pieces: Array<[Text, number, number]> = [];
  for (const { node, start } of unit.segments) {
    const from = Math.max(sentence.start, start);
    const to = Math.min(sentence.end, start + node.data.length);
    if (to > from) pieces.push([node, from - start, to - start]);
  }
  return pieces;
}

export function sentenceRange(unit: Unit, sentence: Sentence): Range | undefined {
  const pieces = sentencePieces(unit, sentence);
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return undefined;
  const range = unit.element.ownerDocument.createRange();
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[2]);
  return range;
}

export function createHighlighter(win: Window & typeof globalThis): Highlighter {
  const registry = (win.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightCtor = (win as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && typeof HighlightCtor === 'function') {
    return {
      show(unit, sentence) {
        const range = sentenceRange(unit, sentence);
        if (!range) {
          registry.delete(HIGHLIGHT_NAME);
          return;
        }
        registry.set(HIGHLIGHT_NAME, new HighlightCtor(range));
        keepInView(win, range.getBoundingClientRect());
      },
      clear() {
        registry.delete(HIGHLIGHT_NAME);
      },
    };
  }
  return wrapperHighlighter(win);
}

function wrapperHighlighter(win: Window & typeof globalThis): Highlighter {
  /** Each wrapped piece: the original node (now holding the text before the piece), the span, the split-off rest. */
  let wrapped: Array<{ node: Text; span: HTMLSpanElement; rest: Text | null }> = [];
  function clear(): void {
    // In reverse, so a node split twice is rebuilt from its last split back.
    for (const { node, span, rest } of wrapped.reverse()) {
      node.appendData(span.textContent ?? '');
      span.remove();
      if (rest) {
        node.appendData(rest.data);
        rest.remove();
      }
    }
    wrapped = [];
  }
  return {
    show(unit, sentence) {
      clear();
      for (const [node, from, to] of sentencePieces(unit, sentence)) {
        const doc = node.ownerDocument;
        const rest = to < node.data.length ? node.splitText(to) : null;
        const middle = node.splitText(from);
        const span = doc.createElement('span');
        span.className = 'cp-aloud-sentence';
        middle.replaceWith(span);
        span.append(middle);
        wrapped.push({ node, span, rest });
      }
      const first = wrapped[0]?.span;
      if (first) keepInView(win, first.getBoundingClientRect());
    },
    clear,
  };
}

/** Scrolls only when the sentence is not comfortably visible, so the page does not jump at every sentence. */
function keepInView(win: Window, rect: DOMRect): void {
  const height = win.innerHeight;
  // No layout (jsdom), or the sentence is not rendered: nothing to bring into view.
  if (!height || (rect.height === 0 && rect.width === 0)) return;
  const margin = Math.min(120, height / 4); // clear of the sticky toolbar
  if (rect.top >= margin && rect.bottom <= height - margin / 2) return;
  const smooth = !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  win.scrollBy({ top: rect.top - height / 3, behavior: smooth ? 'smooth' : 'auto' });
}
