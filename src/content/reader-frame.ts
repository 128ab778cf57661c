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

export function mountReaderFrame(doc: Document, src: string, title: string): ReaderFrame {
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
  return {
    host,
    frame,
    get isOpen() {
      return open && host.isConnected;
    },
    close() {
      if (!open) return;
      open = false;
      host.remove();
      if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
      else if (doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body) doc.activeElement.blur();
      win?.scrollTo(scroll.x, scroll.y);
    },
  };
}
