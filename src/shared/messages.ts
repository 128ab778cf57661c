/**
 * The one typed message contract between the extension's contexts. Each entry maps a message type to
 * its payload and its response, so `send()` and the handler map are both checked by tsc.
 * (Pattern from darkreader's per-direction types and webext-msg's handler map; see docs/style.md.)
 *
 * Flow: toolbar click → background injects the content script → content script detects WordPress,
 * opens the reader frame (reader.html#<session>) and sends `startSession` → background fetches the post
 * JSON → the reader frame asks `getArticle` and normalises/cleans/renders in its own extension page.
 * When REST fails for a reason page extraction can cure (issue 4), the reader asks its tab's content script for
 * `pageSnapshot` (Chromium), or `getPageSnapshot` (background → `pageSnapshot` in the session's tab; Firefox, whose
 * extension frames have no `tabs` API): the content script only serialises the page, and
 * the reader frame parses it inert and extracts the article in its own page (src/reader/page-fallback.ts).
 */
import type { CurrentPost, Direction } from '../core/rest/adjacent';
import type { RawComments } from '../core/rest/comments';
import type { RawPostList } from '../core/rest/post-list';
import type { ExportOptions } from '../core/export';
import type { ArticlePayload, Detection, ReaderErrorData } from '../core/types';

export type { ArticlePayload };
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ReaderErrorData };

/** getArticle's answer: a failure also carries the session's detection (page extraction needs it). */
export type ArticleOutcome = { ok: true; value: ArticlePayload } | { ok: false; error: ReaderErrorData; detection?: Detection };

/**
 * The page as the content script sees it, serialised for page extraction in an extension page (never in
 * the site's page). `html` is `document.documentElement.outerHTML` without our reader host, at most
 * MAX_SNAPSHOT_CHARS (src/shared/page-snapshot.ts); `url` is `location.href` when it was taken.
 */
export interface PageSnapshot {
  html: string;
  url: string;
}

/** Where a context-menu copy gets its article: the REST post, or (fallback) the page itself. */
export type CopySource =
  | { kind: 'rest'; article: ArticlePayload }
  | { kind: 'page'; snapshot: PageSnapshot; reason: ReaderErrorData; detection?: Detection };

/** Content script / reader frame → background. */
export interface ToBackground {
  startSession: { payload: { session: string; detection: Detection }; response: void };
  getArticle: { payload: { session: string }; response: ArticleOutcome };
  /**
   * The reader frame asks for its tab's page (REST failed): relayed to that tab's content script. Where the frame has a
   * `tabs` API (Chromium) it asks its tab's content script itself, `pageSnapshot` below (src/reader/page-snapshot.ts).
   */
  getPageSnapshot: { payload: { session: string }; response: PageSnapshot };
  cancelSession: { payload: { session: string }; response: void };
  /**
   * The other pages of a multi-page post, for page extraction when REST is out of reach (issue 11, item 6): fetched
   * by the background from the session page's own origin only, anonymously (src/core/page/fetch-pages.ts); `null`
   * for a page that could not be read.
   */
  getPostPages: { payload: { session: string; urls: string[] }; response: Array<PageSnapshot | null> };
  /**
   * The reader's "Comments" click (issue 11, item 4): that post's comments from the session's own site (the
   * background asks the REST root the session's post came from, never a URL the reader names).
   */
  getComments: { payload: { session: string; postId: number }; response: Outcome<RawComments> };
  /**
   * The reader's "Previous post" / "Next post" (issue 11, item 2): the post before / after the one shown (its ID
   * and site-local date), from the session's own site, ready to normalise; null at either end.
   */
  getAdjacentPost: { payload: { session: string; current: CurrentPost; direction: Direction }; response: Outcome<ArticlePayload | null> };
  /**
   * A link in the article to another post or page of the same site, plainly clicked (issue 11, item 1: stay in
   * the reader): read through REST from the session's own site, ready to normalise. Only links of the session
   * page's origin (src/core/rest/linked.ts).
   */
  getLinkedPost: { payload: { session: string; href: string }; response: Outcome<ArticlePayload> };
  /**
   * One page of the list of posts an archive, home or search page is (issue 11, item 3), on the reader's request:
   * read for the session's own page (its detection, kept by the background), never for a list the reader names.
   */
  getPostList: { payload: { session: string; page: number }; response: Outcome<RawPostList> };
  /**
   * The page kept removing the reader frame, or (`reason: 'navigated'`) kept navigating it to pages of its own
   * (src/content/reader-frame.ts gave up): say so on the toolbar.
   */
  readerEvicted: { payload: { session: string; reason?: 'navigated' }; response: void };
  closeReader: { payload: { session: string }; response: void };
  /** The auto-detect content script (opt-in sites only) found WordPress signals on its page. */
  detectorFound: { payload: { postLike: boolean }; response: void };
  /** Test builds only (src/test-trigger): runs the same handler as the toolbar click / context menu. */
  testTrigger: { payload: { action: TestAction; frameUrl?: string }; response: void };
}

/** The copy formats of the context menu (the reader also has rich HTML). */
export type MenuCopyFormat = 'text' | 'markdown' | 'html';

/** Test builds only: what the page asks the test trigger to do. */
export type TestAction = 'click' | 'copy-text' | 'copy-markdown' | 'copy-html' | 'copy-quote' | 'reset-storage';

/** Background → content script in a tab. */
export interface ToContent {
  closeReader: { payload: Record<string, never>; response: void };
  /** 'copy' mode: detect only (no frame); the background fetches and copies. */
  detect: { payload: Record<string, never>; response: Detection };
  /** The text selected in the page (context menu "Copy quote with source"): hostile text, checked and capped by the background. */
  selection: { payload: Record<string, never>; response: { text: string } };
  /**
   * Serialise the page (only: no parsing, no extraction in the site's page). With a session, only while that reader is
   * open. From the background, or from the reader frame in this tab (src/reader/page-snapshot.ts).
   */
  pageSnapshot: { payload: { session?: string }; response: PageSnapshot };
  /** Test builds only: the result of a triggered action, echoed to the page for assertions. */
  testResult: { payload: { action: TestAction; text?: string; error?: ReaderErrorData }; response: void };
}

/** Background → the Chromium offscreen document (clipboard for context-menu copies). */
export interface ToOffscreen {
  /** `options`: the export's words and locale, worded by the background (no i18n API offscreen). */
  offscreenCopy: { payload: { format: MenuCopyFormat; source: CopySource; options: ExportOptions }; response: { text: string } };
  /** "Copy quote with source" on the original page: the selection as a quote of the source's article (three flavours). */
  offscreenQuote: { payload: { selection: string; source: CopySource; options: ExportOptions }; response: { text: string } };
}

/**
 * Background → a reader frame (a runtime broadcast every extension page hears: only the frame showing that
 * session answers, src/reader/quote-relay.ts). The context menu's "Copy quote with source" on a selection in
 * the reader: the reader copies its own selection.
 */
export interface ToReader {
  quoteSelection: { payload: { session: string }; response: void };
}

export type Message<M, K extends keyof M = keyof M> = K extends keyof M ? { type: K } & (M[K] extends { payload: infer P } ? P : never) : never;
