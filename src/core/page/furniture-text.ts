/** Text and wrapper helpers shared by the furniture rules that read what an element says (./boilerplate.ts, ./boxes.ts). */

export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function textOf(el: Element): string {
  return squash(el.textContent);
}

/** `el` and its ancestors up to (not including) `root`, innermost first. */
export function* upTo(el: Element, root: Element): Generator<Element> {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) yield cur;
}

/** The outermost ancestor of `el` below `root` whose text is still `text` (the wrapper of just this bit). */
export function wrapperOf(el: Element, root: Element, text: string): Element {
  const MEDIA = 'img, picture, video, audio, iframe, table';
  const ownMedia = el.querySelectorAll(MEDIA).length;
  let best = el;
  for (const cur of upTo(el, root)) {
    // Text alone is not enough: a wrapper that also holds a photo is not part of the furniture.
    if (textOf(cur) !== text || cur.querySelectorAll(MEDIA).length > ownMedia) break;
    best = cur;
  }
  return best;
}

/** The outermost ancestor of `el` below `root` whose text stays within `max` characters (a box around `el`). */
export function shortBoxOf(el: Element, root: Element, max: number): Element | undefined {
  let box: Element | undefined;
  for (const cur of upTo(el, root)) {
    if (textOf(cur).length > max) break;
    box = cur;
  }
  return box;
}
