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
}

/** Background → content script in a tab. */
export interface ToContent {
  toggleReader: { payload: Record<string, never>; response: { open: boolean } };
  closeReader: { payload: Record<string, never>; response: void };
}

export type Message<M, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & (M[K] extends { payload: infer P } ? P : never)
  : never;
