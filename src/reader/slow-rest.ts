/**
 * A REST API that answers slowly or never (issue 14): after SLOW_REST_MS without an answer the reader shows
 * the article extracted from the page (the same page extraction as after a REST failure, ./page-fallback.ts),
 * then, when the REST answer arrives:
 * - the user has not scrolled or selected anything: the REST version replaces it (cleaner: exact byline,
 *   dates, captions); a REST failure shows what an immediate failure would have shown, so the final view
 *   never depends on how fast the site answered;
 * - the user is reading (scrolled, or a selection): nothing moves under their eyes; a quiet button above the
 *   article offers the REST version ("A cleaner version is ready"), and a REST failure leaves the page be.
 * A REST API that never answers: the REST client's own timeout (10 s, core/rest/http.ts) ends the wait as a
 * failure, handled as above. reader-app.ts load() owns these decisions; this file has the parts.
 */
import type { Article } from '../core/types';
import { t } from '../shared/i18n';
import { el } from './dom';
import type { FallbackResult } from './page-fallback';

/**
 * Issue 14 wants the page version on screen ≤ 1.5 s after the click: 700 ms leaves the rest for the page
 * snapshot, extraction and render, while a healthy site's REST answer (fetch ~40 ms against the bench's local
 * fixture; a few hundred ms over a real network) comes well before it: no page version flashes up there.
 */
export const SLOW_REST_MS = 700;

/**
 * No page version of a page bigger than this (HTML characters): extracting it costs more than the REST answer
 * it would stand in for. A 5 MB post is slow over REST only because its JSON is big, and its page's extraction
 * (Readability, one task) took 27–37 s in the bench's scaling run (2026-12-06), against ~3 s for the REST path.
 * The bench's heavy news page (1.87 MB, ~0.3 s to extract) still gets one.
 */
export const PAGE_VERSION_MAX_CHARS = 2_000_000;

/**
 * What is left of the `ms` wait at `now` when the user asked for the reader at `openedAt` (epoch ms, passed
 * by the content script in the reader URL). The reader's own boot used to come on top of the whole wait
 * (~950 ms under load before the 700 ms began). A time that is absent, in the future or implausibly old (a
 * clock change, a hand-made URL) gives the whole wait: never more, never less than zero.
 */
export function waitLeft(ms: number, openedAt: number | undefined, now: number): number {
  if (openedAt === undefined) return ms;
  const elapsed = now - openedAt;
  if (!(elapsed >= 0) || elapsed > 60_000) return ms;
  return Math.max(0, ms - elapsed);
}

/** The value if `promise` settles within `ms`, else `undefined`. A rejection is passed on. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface PageVersionSteps {
  slowRestMs: number;
  /** The page extraction a REST timeout would give (./page-fallback.ts; it never rejects). */
  extract(): Promise<FallbackResult>;
  /** False once a newer load (a retry) took over. */
  current(): boolean;
  /** Puts the page version on screen, marked as still waiting for REST (`data-rest-pending`). */
  show(article: Article): Promise<void>;
}

/**
 * Waits up to `slowRestMs` for `request`; if it has not settled by then, extracts the page and shows that
 * version meanwhile. Resolves true when the page version went on screen, false when there was no need (REST
 * was quick, or answered while the page was being extracted) or no way (the page gave no article: the loading
 * state stays until REST answers). Never rejects: the caller awaits `request` itself for the outcome.
 */
export async function showPageWhileSlow(request: Promise<unknown>, steps: PageVersionSteps): Promise<boolean> {
  const settled = request.then(
    () => true,
    () => true,
  );
  if (await within(settled, steps.slowRestMs)) return false;
  let arrived = false;
  void settled.then(() => (arrived = true));
  const page = await steps.extract();
  // REST answered during the extraction: its outcome is shown at once, not the page version for a moment.
  if (!page.ok || arrived || !steps.current()) return false;
  await steps.show(page.article);
  return true;
}

/** True once the reader has moved the page version: scrolled it, or selected some of it. */
export function isReading(doc: Document): boolean {
  const scroller = doc.scrollingElement ?? doc.documentElement;
  if (scroller.scrollTop > 0) return true;
  const selection = doc.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
}

/**
 * The quiet offer shown above a page version the user is reading: one button, announced politely, that
 * swaps in the REST article. It goes away with the page version (clearMain removes it).
 */
export function cleanerVersionOffer(onShow: () => void): HTMLElement {
  const button = el('button', { type: 'button', class: 'cp-button' }, t('reader_cleanerVersionReady'));
  button.addEventListener('click', onShow);
  return el('p', { class: 'cp-cleaner-ready', role: 'status' }, button);
}
