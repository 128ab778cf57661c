/**
 * The reader frame over the page: `<clearpost-reader>` (a custom element name, never registered) on
 * <html>, a closed shadow root, and inside it an iframe of our reader page. The page's CSS cannot reach
 * into the frame, and its scripts cannot reach into the closed root or the cross-origin frame.
 *
 * Nothing else in the page changes: styles are set through CSSOM (`style.setProperty`), which a strict
 * page CSP does not block (CSP governs style *attributes* and <style> elements, not CSSOM:
 * https://www.w3.org/TR/CSP3/#directive-style-src-attr), and the host is removed on close. The element
 * that had focus and the scroll position are restored on close.
 */

export const HOST_TAG = 'clearpost-reader';

export interface ReaderFrame {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  /** False once removed (by us, or by a page script that replaced <html>'s children). */
  readonly isOpen: boolean;
  close(): void;
}

/** Declarations set on the host: nothing inherited or matched by page CSS survives `all: initial`. */
const HOST_STYLE: Array<[string, string]> = [
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

const FRAME_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['width', '100%'],
  ['height', '100%'],
  ['border', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['color-scheme', 'normal'],
];

function applyStyle(el: HTMLElement, declarations: Array<[string, string]>): void {
  for (const [name, value] of declarations) el.style.setProperty(name, value, 'important');
}

/**
 * How often the host is put back after a page script removes it or rewrites its style. A page that re-renders
 * <html>'s children once (or strips unknown elements once) would otherwise make the reader vanish without a
 * word (found by test/hostile/page.test.ts); a page whose MutationObserver removes every added node wins after
 * this many rounds, and `onEvicted` is told, instead of the two observers fighting forever.
 */
export const MAX_REPAIRS = 3;

export interface MountOptions {
  /** The page removed the reader for good (after MAX_REPAIRS re-mounts). */
  onEvicted?: () => void;
}

export function mountReaderFrame(doc: Document, src: string, title: string, options: MountOptions = {}): ReaderFrame {
  const win = doc.defaultView;
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };

  const host = doc.createElement(HOST_TAG);
  applyStyle(host, HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  applyStyle(frame, FRAME_STYLE);
  frame.setAttribute('allow', 'clipboard-write');
  frame.title = title;
  frame.src = src;
  root.append(frame);
  doc.documentElement.append(host);
  // Move focus into the reader now (keyboard users start there); the reader page then focuses its
  // own first control or heading once it has loaded.
  frame.focus({ preventScroll: true });
  frame.addEventListener('load', () => frame.focus({ preventScroll: true }), { once: true });

  let open = true;
  const observer = guardHost(doc, host, () => open, options.onEvicted);
  return {
    host,
    frame,
    get isOpen() {
      return open && host.isConnected;
    },
    close() {
      if (!open) return;
      open = false;
      observer?.disconnect();
      host.remove();
      if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
      else if (doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body) doc.activeElement.blur();
      win?.scrollTo(scroll.x, scroll.y);
    },
  };
}

/**
 * Put the host back when a page script removes it (or replaces <html>), and its declarations back when a
 * script rewrites its style attribute; at most MAX_REPAIRS times in all. This observer lives in the content
 * script's isolated world: the page cannot reach it.
 */
function guardHost(doc: Document, host: HTMLElement, isOpen: () => boolean, onEvicted?: () => void): MutationObserver | undefined {
  // A document without a window (tests' inert documents) still has the global MutationObserver.
  const MO = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  if (!MO) return undefined;
  let repairs = 0;
  const watch = (observer: MutationObserver): void => {
    observer.observe(doc, { childList: true });
    observer.observe(doc.documentElement, { childList: true });
    observer.observe(host, { attributes: true, attributeFilter: ['style', 'hidden', 'popover', 'inert'] });
  };
  const observer = new MO((records) => {
    if (!isOpen()) return;
    const restyled = records.some((r) => r.type === 'attributes');
    if (host.isConnected && !restyled) return;
    if (repairs >= MAX_REPAIRS) {
      observer.disconnect();
      host.remove();
      onEvicted?.();
      return;
    }
    repairs++;
    if (restyled) {
      for (const name of ['hidden', 'popover', 'inert']) host.removeAttribute(name);
      applyStyle(host, HOST_STYLE);
    }
    if (!host.isConnected) {
      observer.disconnect();
      doc.documentElement.append(host); // the iframe loads the reader again; its session still holds the article
      observer.takeRecords();
      watch(observer);
    } else observer.takeRecords(); // our own style writes
  });
  watch(observer);
  return observer;
}
