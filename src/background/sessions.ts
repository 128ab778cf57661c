/**
 * Reader sessions: one per opening of the reader (session id → the pending post fetch).
 *
 * The content script starts a session with its detection; the reader frame asks for the result with
 * the same id. The two messages race (the frame may load before `startSession` arrives), so a request
 * for an unknown session waits a little for it. Sessions live in memory only: when the MV3 service
 * worker is restarted they are gone, and the reader gets a clear "lost" error with the next step.
 * Pure (the fetch is passed in), so it is unit-tested with a fake fetch.
 */
import { isRetryable, ReaderError, toReaderErrorData } from '../core/errors';
import type { PostSource } from '../core/rest/site-api';
import type { Detection, FetchedPost, WpSiteInfo } from '../core/types';
import type { ArticleOutcome } from '../shared/messages';
import { mark } from '../shared/timing';

export type FetchFn = (detection: Detection, opts: { signal: AbortSignal }) => Promise<FetchedPost>;

export interface SessionOptions {
  fetchPost: FetchFn;
  /** How long `get` waits for a session not started yet (the frame can be faster than the page). */
  waitForStartMs?: number;
  /** Oldest sessions beyond this many are dropped (a tab left open for days must not grow memory). */
  maxSessions?: number;
}

interface Entry {
  tabId: number;
  /** Absent for a session refused before any fetch (fail()). */
  detection?: Detection;
  controller: AbortController;
  outcome: Promise<ArticleOutcome>;
  /** A result was handed out: the next `get` after a failure is a retry. */
  delivered: boolean;
  settled?: ArticleOutcome;
  /** An archive page's session: where its list was read from (an item opened from the list is read there too). */
  listSource?: PostSource;
}

export function lostSessionError(): ReaderError {
  return new ReaderError('cancelled', { detail: 'session-lost' });
}

export class Sessions {
  private readonly entries = new Map<string, Entry>();
  private readonly waiters = new Map<string, Array<() => void>>();
  private readonly waitForStartMs: number;
  private readonly maxSessions: number;

  constructor(private readonly options: SessionOptions) {
    this.waitForStartMs = options.waitForStartMs ?? 5000;
    this.maxSessions = options.maxSessions ?? 32;
  }

  /**
   * Starts fetching for `session` (a repeated start from the same tab replaces the old one; another tab's
   * session is left alone: a session id proves nothing about who sends it).
   */
  start(session: string, tabId: number, detection: Detection): void {
    if (!this.claim(session, tabId)) return;
    const controller = new AbortController();
    const entry: Entry = { tabId, detection, controller, delivered: false, outcome: Promise.resolve({ ok: false, error: lostSessionError().data }) };
    entry.outcome = this.run(entry, detection);
    this.put(session, entry);
  }

  /** Records `session` as failed with `error` without fetching anything (the background refused its start). */
  fail(session: string, tabId: number, error: unknown): void {
    if (!this.claim(session, tabId)) return;
    const outcome: ArticleOutcome = { ok: false, error: toReaderErrorData(error) };
    this.put(session, { tabId, controller: new AbortController(), delivered: false, settled: outcome, outcome: Promise.resolve(outcome) });
  }

  /** The session's article or error; never rejects. */
  async get(session: string): Promise<ArticleOutcome> {
    let entry = this.entries.get(session) ?? (await this.waitForStart(session));
    if (!entry) return { ok: false, error: lostSessionError().data };
    if (entry.delivered && entry.detection && entry.settled && !entry.settled.ok && isRetryable(entry.settled.error)) {
      // The reader's "Try again": fetch anew with the same detection.
      this.start(session, entry.tabId, entry.detection);
      entry = this.entries.get(session);
      if (!entry) return { ok: false, error: lostSessionError().data };
    }
    const outcome = await entry.outcome;
    entry.delivered = true;
    return outcome;
  }

  /** Aborts the fetch and forgets the session. */
  cancel(session: string): void {
    const entry = this.entries.get(session);
    if (!entry) return;
    this.entries.delete(session);
    entry.controller.abort();
  }

  /** Aborts every session of a tab (the tab closed, or its reader closed). */
  cancelTab(tabId: number): void {
    for (const [session, entry] of this.entries) if (entry.tabId === tabId) this.cancel(session);
  }

  /** Where the session's REST post came from (later requests about its site: comments, previous / next). */
  sourceOf(session: string): (PostSource & { site?: WpSiteInfo }) | undefined {
    const entry = this.entries.get(session);
    const settled = entry?.settled;
    if (!settled?.ok) return entry?.listSource;
    const { detection, fetched } = settled.value;
    return { detection, jsonUrl: fetched.jsonUrl, ...(fetched.site ? { site: fetched.site } : {}) };
  }

  /**
   * An archive, home or search page's detection, once REST said "not an article" and detection found which list the
   * page is (issue 11, item 3): what the reader's list is read for.
   */
  listDetectionOf(session: string): Detection | undefined {
    const entry = this.entries.get(session);
    const settled = entry?.settled;
    if (!entry?.detection?.list || !settled || settled.ok || settled.error.kind !== 'not-an-article') return undefined;
    return entry.detection;
  }

  /** The list was read from this REST root: posts opened from it are read from the same one (sourceOf). */
  rememberListSource(session: string, source: PostSource): void {
    const entry = this.entries.get(session);
    if (entry && !entry.settled?.ok) entry.listSource = source;
  }

  /** The page the session was started for (bound to the sender's origin): what page extraction may fetch more of. */
  pageUrlOf(session: string): string | undefined {
    return this.entries.get(session)?.detection?.pageUrl;
  }

  tabOf(session: string): number | undefined {
    return this.entries.get(session)?.tabId;
  }

  get size(): number {
    return this.entries.size;
  }

  private claim(session: string, tabId: number): boolean {
    const existing = this.entries.get(session);
    if (existing && existing.tabId !== tabId) return false;
    this.cancel(session);
    return true;
  }

  private put(session: string, entry: Entry): void {
    this.entries.set(session, entry);
    this.evictOldest();
    for (const wake of this.waiters.get(session) ?? []) wake();
    this.waiters.delete(session);
  }

  private async run(entry: Entry, detection: Detection): Promise<ArticleOutcome> {
    let outcome: ArticleOutcome;
    mark('fetch', 'start');
    try {
      const fetched = await this.options.fetchPost(detection, { signal: entry.controller.signal });
      outcome = { ok: true, value: { detection, fetched } };
    } catch (error) {
      // The detection goes with the failure: the reader's page extraction uses it (post ID, page kind, raw JSON).
      outcome = { ok: false, error: toReaderErrorData(error), detection };
    }
    mark('fetch', 'end');
    entry.settled = outcome;
    return outcome;
  }

  private waitForStart(session: string): Promise<Entry | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const list = this.waiters.get(session)?.filter((w) => w !== wake) ?? [];
        if (list.length) this.waiters.set(session, list);
        else this.waiters.delete(session);
        resolve(undefined);
      }, this.waitForStartMs);
      const wake = (): void => {
        clearTimeout(timer);
        resolve(this.entries.get(session));
      };
      this.waiters.set(session, [...(this.waiters.get(session) ?? []), wake]);
    });
  }

  private evictOldest(): void {
    // Map iteration is insertion order: the first entries are the oldest.
    for (const session of this.entries.keys()) {
      if (this.entries.size <= this.maxSessions) return;
      this.cancel(session);
    }
  }
}
