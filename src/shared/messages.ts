/**
 * The one typed message contract between the extension's contexts. Each entry maps a message type to
 * its payload and its response, so `send()` and the handler map are both checked by tsc.
 * (Pattern from darkreader's per-direction types and webext-msg's handler map; see docs/style.md.)
 *
 * Flow: toolbar click → background injects the content script → content script detects WordPress,
 * opens the reader frame (reader.html#<session>) and sends `startSession` → background fetches the post
 * JSON → the reader frame asks `getArticle` and normalises/cleans/renders in its own extension page.
 */
import type { Detection, FetchedPost, ReaderErrorData } from '../core/types';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ReaderErrorData };

export interface ArticlePayload {
  detection: Detection;
  fetched: FetchedPost;
}

/** Content script / reader frame → background. */
export interface ToBackground {
  startSession: { payload: { session: string; detection: Detection }; response: void };
  getArticle: { payload: { session: string }; response: Outcome<ArticlePayload> };
  cancelSession: { payload: { session: string }; response: void };
  closeReader: { payload: { session: string }; response: void };
  /** The auto-detect content script (opt-in sites only) found WordPress signals on its page. */
  detectorFound: { payload: { postLike: boolean }; response: void };
  /** Test builds only (src/test-trigger): runs the same handler as the toolbar click / context menu. */
  testTrigger: { payload: { action: TestAction }; response: void };
}

/** The copy formats of the context menu (the reader also has rich HTML). */
export type MenuCopyFormat = 'text' | 'markdown';

/** Test builds only: what the page asks the test trigger to do. */
export type TestAction = 'click' | 'copy-text' | 'copy-markdown';

/** Background → content script in a tab. */
export interface ToContent {
  toggleReader: { payload: Record<string, never>; response: { open: boolean } };
  closeReader: { payload: Record<string, never>; response: void };
  /** 'copy' mode: detect only (no frame); the background fetches and copies. */
  detect: { payload: Record<string, never>; response: Detection };
  /** Test builds only: the result of a triggered action, echoed to the page for assertions. */
  testResult: { payload: { action: TestAction; text?: string; error?: ReaderErrorData }; response: void };
}

/** Background → the Chromium offscreen document (clipboard for context-menu copies). */
export interface ToOffscreen {
  offscreenCopy: { payload: { format: MenuCopyFormat; article: ArticlePayload }; response: { text: string } };
}

export type Message<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { payload: infer P } ? P : never)
  : never;
