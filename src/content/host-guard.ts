/**
 * Keeping the reader host where it belongs (issue 5 "the page fights back", issue 13 security 4). The host is a
 * child of <html> with a closed shadow root, so the page cannot reach the reader itself; what it can do is act on
 * the host element and on its one ancestor, <html>:
 * - remove the host, or replace <html> (it is put back);
 * - rewrite the host's style or put `hidden`/`popover`/`inert` on it (its declarations come back, the attributes go);
 * - move the host somewhere else, e.g. into a hidden element (it goes back to <html>);
 * - hide everything through <html>: `display: none`, opacity, transforms, filters, clip/mask, containment...
 *   from a style attribute or a stylesheet (inline `!important` declarations on <html> undo them: they beat every
 *   page rule, https://www.w3.org/TR/css-cascade-5/#cascade-sort);
 * - make the reader unusable with `inert` on <html> (the attribute is taken off);
 * - draw something over the reader: a positioned element after the host in <html>, or anything that wins the hit
 *   test at the viewport's middle and corners (a page popover or modal dialog in the top layer) — the host goes
 *   back to the end of <html>.
 * What the guard changes on <html> is recorded and put back exactly on close. Every repair counts against
 * MAX_REPAIRS (shared with the frame's), then the reader is evicted. This runs in the content script's isolated
 * world: page overrides of DOM methods do not reach it. Not done: putting the host in the top layer (popover), which
 * a page can still cover with a modal dialog and which puts a `popover` attribute on the host the page can see.
 */

/** Declarations set on the host: nothing inherited or matched by page CSS survives `all: initial`. */
export const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['width', '100vw'],
  ['height', '100vh'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['pointer-events', 'auto'],
  // The largest z-index there is: the reader sits above every page layer.
  ['z-index', '2147483647'],
  // `normal`: the reader page picks its own colours (themes), the page's color-scheme must not leak.
  ['color-scheme', 'normal'],
];

/**
 * What <html> must compute for its child, the host, to be seen whole and used: each is a property through which an
 * ancestor hides, shrinks, moves or disables its descendants (transform and containment also make <html> the
 * containing block of the fixed host). An engine that does not know a property reports '' and is not asked.
 */
const ROOT_NEUTRAL: Array<[string, string]> = [
  ['opacity', '1'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['clip-path', 'none'],
  ['mask-image', 'none'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['scale', 'none'],
  ['rotate', 'none'],
  ['perspective', 'none'],
  ['zoom', '1'],
  ['contain', 'none'],
  ['content-visibility', 'visible'],
  ['will-change', 'auto'],
  ['interactivity', 'auto'],
];

export function applyStyle(el: HTMLElement, declarations: Array<[string, string]>, priority = 'important'): void {
  for (const [name, value] of declarations) el.style.setProperty(name, value, priority);
}

/** What is wrong with the host right now, if anything. */
export type HostProblem = 'removed' | 'moved' | 'restyled' | 'hidden' | 'inert' | 'covered';

/** Attributes that hide or disable an element; never on our host. */
const HOST_ATTRS = ['hidden', 'popover', 'inert'];

function rootHides(root: HTMLElement): boolean {
  const win = root.ownerDocument.defaultView;
  if (!win) return false;
  const computed = win.getComputedStyle(root);
  if (computed.display === 'none') return true;
  return ROOT_NEUTRAL.some(([name, value]) => {
    const actual = computed.getPropertyValue(name).trim();
    return actual !== '' && actual !== value;
  });
}

/** Points where nothing but the host may be hit: the middle and near each corner of the viewport. */
function samplePoints(win: Window): Array<[number, number]> {
  const w = win.innerWidth;
  const h = win.innerHeight;
  if (!(w > 0 && h > 0)) return [];
  return [
    [0.5, 0.5],
    [0.1, 0.1],
    [0.9, 0.1],
    [0.1, 0.9],
    [0.9, 0.9],
  ].map(([x, y]) => [Math.floor(w * x!), Math.floor(h * y!)]);
}

const POSITIONED = new Set(['relative', 'absolute', 'fixed', 'sticky']);

function covered(doc: Document, host: HTMLElement): boolean {
  const root = doc.documentElement;
  // A positioned element after the host in <html> is painted over it (same z-index: tree order decides).
  for (let next = host.nextElementSibling; next; next = next.nextElementSibling) {
    const computed = doc.defaultView?.getComputedStyle(next);
    if (computed && computed.display !== 'none' && POSITIONED.has(computed.position)) return true;
  }
  // jsdom has no hit testing; a browser reports the host for any point over the reader (shadow content is retargeted).
  if (typeof doc.elementFromPoint !== 'function' || !doc.defaultView) return false;
  return samplePoints(doc.defaultView).some(([x, y]) => {
    const hit = doc.elementFromPoint(x, y);
    return hit !== null && hit !== host && hit !== root;
  });
}

/** `style`: the host's style attribute as HOST_STYLE leaves it (any other value was written by the page). */
export function hostProblem(doc: Document, host: HTMLElement, style: string | null): HostProblem | undefined {
  const root = doc.documentElement;
  if (!host.isConnected) return 'removed';
  if (host.parentNode !== root) return 'moved';
  if (HOST_ATTRS.some((name) => host.hasAttribute(name)) || host.getAttribute('style') !== style) return 'restyled';
  if (root.hasAttribute('inert')) return 'inert';
  if (rootHides(root)) return 'hidden';
  if (covered(doc, host)) return 'covered';
  return undefined;
}

export interface Repairs {
  /** Counts one repair; false when MAX_REPAIRS are spent. */
  spend(): boolean;
  /** Give up: remove the host for good and tell the caller. */
  evict(): void;
  /** The host went back in: its frame reloads the reader. */
  reinserted(): void;
}

export interface HostGuard {
  /** Stops watching and puts back what the guard changed on <html>, exactly. */
  stop(): void;
}

/** How often the guard looks for what no mutation announces (a stylesheet rule, an overlay in the top layer). */
export const CHECK_INTERVAL_MS = 400;

/** The attributes of <html> the guard changed, with their values before, to put back on close. */
function rootRecorder(): { touch(root: Element, name: string): void; restore(): void } {
  const saved = new Map<Element, Map<string, string | null>>();
  return {
    touch(root, name) {
      const attrs = saved.get(root) ?? new Map<string, string | null>();
      if (!attrs.has(name)) attrs.set(name, root.getAttribute(name));
      saved.set(root, attrs);
    },
    restore() {
      for (const [root, attrs] of saved) {
        for (const [name, value] of attrs) {
          if (value === null) root.removeAttribute(name);
          else root.setAttribute(name, value);
        }
      }
      saved.clear();
    },
  };
}

export function guardHost(doc: Document, host: HTMLElement, isOpen: () => boolean, repairs: Repairs): HostGuard {
  const win = doc.defaultView;
  // A document without a window (tests' inert documents) still has the global MutationObserver.
  const MO = win?.MutationObserver ?? globalThis.MutationObserver;
  const recorder = rootRecorder();
  const style = host.getAttribute('style');
  let observer: MutationObserver | undefined;
  const watch = (): void => {
    if (!observer) return;
    observer.observe(doc, { childList: true });
    observer.observe(doc.documentElement, { childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'inert'] });
    observer.observe(host, { attributes: true, attributeFilter: ['style', ...HOST_ATTRS] });
  };

  const repair = (problem: HostProblem): void => {
    const root = doc.documentElement;
    if (problem === 'restyled') {
      for (const name of [...HOST_ATTRS, 'style']) host.removeAttribute(name);
      applyStyle(host, HOST_STYLE); // from scratch: the same attribute as at mount
    } else if (problem === 'inert') {
      recorder.touch(root, 'inert');
      root.removeAttribute('inert');
    } else if (problem === 'hidden') {
      recorder.touch(root, 'style');
      if (win?.getComputedStyle(root).display === 'none') root.style.setProperty('display', 'block', 'important');
      applyStyle(root, ROOT_NEUTRAL);
    } else {
      // removed, moved or covered: back to the end of <html>; the iframe loads the reader again (its session still
      // holds the article).
      repairs.reinserted();
      root.append(host);
    }
  };

  const check = (): void => {
    if (!isOpen()) return;
    // A page that hides the host several ways at once costs one repair per way.
    for (let round = 0; round < 6; round++) {
      const problem = hostProblem(doc, host, style);
      if (!problem) break;
      if (!repairs.spend()) {
        stop();
        repairs.evict();
        return;
      }
      observer?.disconnect();
      repair(problem);
      watch(); // our own writes are not the page's
    }
  };

  observer = MO ? new MO(check) : undefined;
  watch();
  const timer = win ? win.setInterval(check, CHECK_INTERVAL_MS) : undefined;
  function stop(): void {
    observer?.disconnect();
    if (timer !== undefined) win?.clearInterval(timer);
  }
  return {
    stop() {
      stop();
      recorder.restore();
    },
  };
}
