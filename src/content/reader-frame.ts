/**
 * The reader frame over the page: `<clearpost-reader>` (a custom element name, never registered) on
 * <html>, a closed shadow root, and inside it an iframe of our reader page. The page's CSS cannot reach
 * into the frame, and its scripts cannot reach into the closed root or the cross-origin frame.
 *
 * Nothing else in the page changes: styles are set through CSSOM (`style.setProperty`), which a strict
 * page CSP does not block (CSP governs style *attributes* and <style> elements, not CSSOM:
 * https://www.w3.org/TR/CSP3/#directive-style-src-attr), and the host is removed on close. The element
 * that had focus and the scroll position are restored on close.
 *
 * This file: the frame (made so the page gets no handle on it; a fresh one when something navigated it away).
 * ./host-guard.ts: the host (put back, restyled, un-hidden when the page acts on it or on <html>).
 */
import { HOST_TAG } from '../shared/paths';
import { applyStyle, guardHost, HOST_STYLE } from './host-guard';

export interface ReaderFrame {
  readonly host: HTMLElement;
  /** The current reader iframe (a fresh one replaces it when something navigated it away). */
  readonly frame: HTMLIFrameElement;
  /** False once removed (by us, or by a page script that replaced <html>'s children). */
  readonly isOpen: boolean;
  close(): void;
}

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

/**
 * How often the reader is repaired in all: the host put back after a page script removes, moves, restyles,
 * hides or covers it (./host-guard.ts), or a fresh frame put in after something navigated the reader frame
 * away. A page that re-renders <html>'s children once (or strips unknown elements once) would otherwise make
 * the reader vanish without a word (found by test/hostile/page.test.ts); a page whose MutationObserver removes
 * every added node wins after this many rounds, and `onEvicted` is told, instead of the two observers fighting
 * forever.
 */
export const MAX_REPAIRS = 3;

/** Why the reader gave up: its host kept being removed, or its frame kept being navigated to other pages. */
export type EvictionReason = 'removed' | 'navigated';

export interface MountOptions {
  /**
   * The page removed (or moved, hid, covered: said the same way) the reader for good, or kept navigating its frame
   * away (after MAX_REPAIRS repairs).
   */
  onEvicted?: (reason: EvictionReason) => void;
}

/**
 * The host, made so that a page cannot get its shadow root through a custom element of its own.
 * `clearpost-reader` is a valid custom element name, and a page may register it before we create the host
 * (customElements.define runs in the page's world, but the registry is the document's, so our createElement
 * from the isolated world constructs the page's class: checked in Chromium and Firefox). Its constructor can
 * call attachInternals(), and ElementInternals.shadowRoot returns even a *closed* root when it was attached
 * while the element was already custom ("available to element internals":
 * https://html.spec.whatwg.org/multipage/custom-elements.html#dom-elementinternals-shadowroot,
 * https://dom.spec.whatwg.org/#dom-element-attachshadow). With the root the page reaches the iframe and can
 * set its src or its contentWindow.location: a page of its own in the reader's place (test/hostile/page.test.ts,
 * both browsers). Created in a document without a browsing context (no registry: "look up a custom element
 * definition" finds nothing), the host is an undefined element when the root is attached; the page's class may
 * still upgrade it once it is connected, but then the root is not available to its internals (null).
 * A page's own constructor throwing or attaching a root first cannot happen either: it never runs before
 * attachShadow.
 */
function createHost(doc: Document): HTMLElement {
  const inert = doc.implementation.createHTMLDocument('');
  return doc.adoptNode(inert.createElement(HOST_TAG));
}

/**
 * One reader iframe; a replacement is made the same way. No `name`: a named frame could be targeted by
 * window.open(url, name) or <a/form target=name> from the page whatever tree it sits in (the search for a
 * navigable by name walks the navigable tree, not window.frames:
 * https://html.spec.whatwg.org/multipage/document-sequences.html#the-rules-for-choosing-a-navigable; checked:
 * both browsers navigate a named iframe in a closed shadow root that way), while an empty name is never matched.
 * (A page of another origin shown in the frame could set its window.name; a replacement frame is a new navigable
 * without it.) Nor is the frame in `window.frames`: frames in a shadow tree are not
 * "document-tree child navigables" (https://html.spec.whatwg.org/multipage/nav-history-apis.html#document-tree-child-navigables;
 * window.length stays 0 in Chromium and Firefox, test/hostile/support/page-scripts.ts tries it).
 * `allow="clipboard-write"` names no origin, so it means 'src' (https://www.w3.org/TR/permissions-policy/#iframe-allow-attribute):
 * a document of another origin in the frame does not get the permission. `sandbox` and `credentialless` govern
 * what the framed document may do, not who may navigate the frame
 * (https://html.spec.whatwg.org/multipage/iframe-embed-object.html#attr-iframe-sandbox,
 * https://wicg.github.io/anonymous-iframe/), so neither helps here; a sandbox without allow-same-origin would also
 * give the reader an opaque origin, without extension APIs.
 */
function createFrame(doc: Document, src: string, title: string): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  applyStyle(frame, FRAME_STYLE);
  frame.setAttribute('allow', 'clipboard-write');
  frame.title = title;
  frame.src = src;
  return frame;
}

export function mountReaderFrame(doc: Document, src: string, title: string, options: MountOptions = {}): ReaderFrame {
  const win = doc.defaultView;
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };

  const host = createHost(doc);
  applyStyle(host, HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  let frame = createFrame(doc, src, title);

  let open = true;
  let evicted = false;
  let repairs = 0;
  /** The current frame's next `load` is one we started (the first navigation, or the frame reloading after a re-mount). */
  let ourLoad = true;
  let focusOnLoad = true;
  const spendRepair = (): boolean => {
    if (repairs >= MAX_REPAIRS) return false;
    repairs++;
    return true;
  };
  const evict = (reason: EvictionReason): void => {
    if (evicted) return;
    evicted = true;
    guard.stop();
    host.remove();
    options.onEvicted?.(reason);
  };

  /**
   * A load we did not start means the frame was navigated away from the reader (by whoever got a handle on it;
   * the reader page itself never navigates): that document must not stay in the reader's place. The frame is
   * replaced by a fresh one (a new navigable: no history entries or window.name of the other page carry over)
   * that loads the reader again; its session in the background still holds the article. Our own re-mounts reload
   * the frame too: `ourLoad` is set again for those. Limit: a page that delays its own `load` event stays until
   * it fires.
   */
  const onLoad = (event: Event): void => {
    if (!open || evicted || event.currentTarget !== frame) return;
    if (ourLoad) {
      ourLoad = false;
      // Move focus into the reader once it has loaded; the reader page then focuses its own first control.
      if (focusOnLoad) frame.focus({ preventScroll: true });
      focusOnLoad = false;
      return;
    }
    if (!spendRepair()) {
      evict('navigated');
      return;
    }
    const fresh = createFrame(doc, src, title);
    fresh.addEventListener('load', onLoad);
    // Focus follows when it was in the reader (the page keeps it otherwise).
    focusOnLoad = doc.activeElement === host;
    ourLoad = true;
    frame.replaceWith(fresh);
    frame = fresh;
  };
  frame.addEventListener('load', onLoad);
  root.append(frame);
  doc.documentElement.append(host);
  // Move focus into the reader now (keyboard users start there).
  frame.focus({ preventScroll: true });

  const guard = guardHost(doc, host, () => open && !evicted, {
    spend: spendRepair,
    evict: () => evict('removed'),
    reinserted: () => {
      ourLoad = true;
    },
  });
  return {
    host,
    get frame() {
      return frame;
    },
    get isOpen() {
      return open && host.isConnected;
    },
    close() {
      if (!open) return;
      open = false;
      guard.stop();
      host.remove();
      if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
      else if (doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body) doc.activeElement.blur();
      win?.scrollTo(scroll.x, scroll.y);
    },
  };
}
