/**
 * The on-demand content script's behaviour (injected by the background on a toolbar click, the shortcut
 * or a context-menu item; never declared in the manifest). Two modes:
 * - 'reader': `toggle` (run by open-now.ts in the same injection as this script) opens the reader frame at
 *   once (its loading state shows immediately), detects, and starts a session in the background; a second
 *   toggle, Esc or `closeReader` closes it.
 * - 'copy': `detect` only returns the detection; no frame, nothing on the page changes.
 * In both, `snapshot` serialises the page for page extraction when REST fails (the parsing and the
 * extraction happen in an extension page, never here).
 * Dependencies are passed in so jsdom tests drive it without a browser.
 */
import { ReaderError } from '../core/errors';
import type { Detection } from '../core/types';
import type { PageSnapshot, ToBackground } from '../shared/messages';
import { serializePage } from '../shared/page-snapshot';
import { mountReaderFrame, type EvictionReason, type ReaderFrame } from './reader-frame';
import { mark } from '../shared/timing';

export interface ContentDeps {
  doc: Document;
  pageUrl(): string;
  detect(): Promise<Detection>;
  send<K extends keyof ToBackground & string>(type: K, payload: ToBackground[K]['payload']): Promise<unknown>;
  /** The reader page URL for a session (runtime.getURL + hash), with when the user asked for it (epoch ms). */
  readerUrl(session: string, pageUrl: string, openedAt: number): string;
  frameTitle: string;
  newSession(): string;
}

export interface ContentApp {
  toggle(): Promise<{ open: boolean }>;
  close(): void;
  detect(): Promise<Detection>;
  /** The page's markup; with `session`, only while that reader is open (a stale reader gets nothing). */
  snapshot(session?: string): PageSnapshot;
  readonly isOpen: boolean;
}

export function createContentApp(deps: ContentDeps): ContentApp {
  let current: { frame: ReaderFrame; session: string; removeKeys: () => void } | undefined;
  const win = deps.doc.defaultView;

  function close(): void {
    const open = current;
    current = undefined;
    if (!open) return;
    open.removeKeys();
    open.frame.close();
    void deps.send('cancelSession', { session: open.session }).catch(() => undefined);
  }

  async function openReader(): Promise<void> {
    const session = deps.newSession();
    const pageUrl = deps.pageUrl();
    // A page that deletes every node added to it, or keeps navigating the reader frame away, wins after a
    // few repairs; then the session ends and the toolbar says why, rather than the reader vanishing without a
    // word or a page of the site's choosing staying in the reader's place.
    const onEvicted = (reason: EvictionReason): void => {
      if (current?.session !== session) return;
      close();
      // `reason` only when it is not the original one (a removed host), so that message stays as it was.
      void deps.send('readerEvicted', reason === 'navigated' ? { session, reason } : { session }).catch(() => undefined);
    };
    const frame = mountReaderFrame(deps.doc, deps.readerUrl(session, pageUrl, Date.now()), deps.frameTitle, { onEvicted });
    // Esc while focus is still in the page (before the frame took it). Capture phase, so a page handler
    // that stops propagation cannot swallow it; removed again on close. Only a real key press: the page can
    // dispatch a synthetic Escape (isTrusted false) at any time to close the reader under the user.
    const onKey = (event: KeyboardEvent): void => {
      if (event.isTrusted && event.key === 'Escape' && !event.defaultPrevented) close();
    };
    win?.addEventListener('keydown', onKey, true);
    current = { frame, session, removeKeys: () => win?.removeEventListener('keydown', onKey, true) };
    let detection: Detection;
    mark('detect', 'start');
    try {
      detection = await deps.detect();
    } catch {
      // A detection bug must not leave the reader loading forever: the background then answers
      // "not WordPress" and the reader shows that with "Open original".
      detection = { isWordPress: false, pageUrl, pageKind: 'unknown', signals: [] };
    }
    mark('detect', 'end');
    if (current?.session !== session) return; // closed while detecting
    await deps.send('startSession', { session, detection });
  }

  return {
    get isOpen() {
      return current?.frame.isOpen === true;
    },
    async toggle() {
      if (current?.frame.isOpen) {
        close();
        return { open: false };
      }
      if (current) close(); // the page removed our host: start over
      await openReader();
      return { open: true };
    },
    close,
    detect: () => deps.detect(),
    snapshot(session) {
      if (session !== undefined && (current?.session !== session || !current.frame.isOpen)) {
        throw new ReaderError('cancelled', { detail: 'reader-gone' });
      }
      return { html: serializePage(deps.doc), url: deps.pageUrl() };
    },
  };
}
