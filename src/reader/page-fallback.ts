/**
 * Page extraction in the reader frame (issue 4): when REST fails for a reason the page can cure, the
 * reader asks for a snapshot of its tab's page (the content script only serialises it), parses it inert
 * here and runs the core's extractFromPage, so sanitising happens in our extension page, never in the
 * site's. Password-protected posts and lists of posts come back as the core's errors.
 */
import { ReaderError, toReaderErrorData } from '../core/errors';
import type { ExtractOptions } from '../core/page';
import type { Article, Detection, ReaderErrorData } from '../core/types';
import type { PageSnapshot } from '../shared/messages';
import { joinPages, PAGE_LINK_SELECTOR, postPages, splitPageNumber, type PostPage } from '../core/page/multipage';
import { canExtract, parseSnapshot } from '../shared/page-snapshot';
import { mark } from '../shared/timing';

export interface PageFallbackDeps {
  getPageSnapshot(): Promise<PageSnapshot>;
  /** May load the extractor on demand: main.ts imports core/page (Readability) only when REST failed. */
  extractFromPage(doc: Document, pageUrl: string, opts: ExtractOptions): Article | Promise<Article>;
  /** The other pages of a multi-page post (issue 11, item 6), `null` where one could not be read. Absent: one page only. */
  getPages?(urls: string[]): Promise<Array<PageSnapshot | null>>;
}

export type FallbackResult =
  | { ok: true; article: Article }
  /** `canForce`: the page is a list but has text; "Extract from page anyway" may still help. */
  | { ok: false; error: ReaderErrorData; canForce: boolean };

export interface PageFallback {
  /**
   * After a REST failure: an article from the page, or what to show instead. Never rejects. `maxChars`: a page
   * snapshot longer than that is not extracted (the slow-REST page version, ./slow-rest.ts).
   */
  afterRestError(reason: ReaderErrorData, detection?: Detection, maxChars?: number): Promise<FallbackResult>;
  /** The user's "Extract from page anyway": the page taken as the article, whatever its kind says. */
  force(): Promise<FallbackResult>;
}

/**
 * A list page still worth extracting "anyway" has at least a post body's worth of text. The threshold
 * lives with the extractor (core/page pulls in Readability), loaded only once REST has failed, so the
 * reader's first paint of a REST article never waits for it.
 */
async function hasText(doc: Document): Promise<boolean> {
  const { MIN_CONTAINER_TEXT } = await import('../core/page');
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length >= MIN_CONTAINER_TEXT;
}

/** The REST failure, with why the page could not be read either (kind, status and URL kept for Details). */
function unreadable(reason: ReaderErrorData, failure: ReaderErrorData): ReaderErrorData {
  return { ...reason, pageFailure: failure.detail ? { kind: failure.kind, detail: failure.detail } : { kind: failure.kind } };
}

export function createPageFallback(deps: PageFallbackDeps): PageFallback {
  // One snapshot per reader: "Extract anyway" reads the same page the first attempt looked at.
  let snapshot: Promise<PageSnapshot> | undefined;
  let last: { reason: ReaderErrorData; detection: Detection | undefined } | undefined;

  async function page(): Promise<{ doc: Document; url: string }> {
    snapshot ??= deps.getPageSnapshot();
    try {
      const { html, url } = await snapshot;
      return { doc: parseSnapshot(html), url };
    } catch (error) {
      snapshot = undefined; // a later attempt may ask again (e.g. after a retry)
      throw error;
    }
  }

  /** wp_link_pages()'s "Pages: 1 2 3" is not part of the text once the pages are joined (our inert copy only). */
  function withoutPageLinks(doc: Document): Document {
    for (const node of doc.querySelectorAll(`.page-links, ${PAGE_LINK_SELECTOR}`)) node.remove();
    return doc;
  }

  /**
   * A multi-page post (issue 11, item 6): every page fetched and extracted like this one, joined in page order. Any
   * page that cannot be read or extracted leaves the article as the one page shown (a post with a hole is not joined).
   */
  async function joinAll(shown: Article, pages: PostPage[], url: string, opts: ExtractOptions): Promise<Article> {
    const here = splitPageNumber(new URL(url)).n;
    const others = pages.filter((p) => p.n !== here);
    let snapshots: Array<PageSnapshot | null>;
    try {
      snapshots = (await deps.getPages?.(others.map((p) => p.url))) ?? [];
    } catch {
      return shown;
    }
    const parts: Article[] = [];
    for (const page of pages) {
      if (page.n === here) {
        parts.push(shown);
        continue;
      }
      const snap = snapshots[others.indexOf(page)];
      if (!snap) return shown;
      try {
        parts.push(await deps.extractFromPage(withoutPageLinks(parseSnapshot(snap.html)), snap.url, opts));
      } catch {
        return shown;
      }
    }
    return joinPages(shown, parts);
  }

  async function extract(
    doc: Document,
    url: string,
    reason: ReaderErrorData,
    detection: Detection | undefined,
    forced: boolean,
  ): Promise<FallbackResult> {
    try {
      mark('normalize', 'start');
      const pages = deps.getPages ? postPages(doc, url) : undefined;
      const opts: ExtractOptions = { reason, ...(detection ? { detection } : {}) };
      const first = await deps.extractFromPage(pages ? withoutPageLinks(doc) : doc, url, opts);
      // Only this page's own ID and kind apply to it: the other pages are read with the REST failure alone.
      const article = pages ? await joinAll(first, pages, url, { reason }) : first;
      mark('normalize', 'end');
      return { ok: true, article };
    } catch (error) {
      const data = toReaderErrorData(error);
      return { ok: false, error: data, canForce: !forced && data.kind === 'not-an-article' && (await hasText(doc)) };
    }
  }

  return {
    async afterRestError(reason, detection, maxChars) {
      last = { reason, detection };
      // A private post (issue 11, item 7) is said to be private; a signed-in reader who sees it on the page
      // may still take the page ("Extract from page anyway"). Nothing is read before that click.
      if (reason.kind === 'private') return { ok: false, error: reason, canForce: detection?.rawJson === undefined };
      const listPage = reason.kind === 'not-an-article' && detection?.rawJson === undefined;
      if (!canExtract(reason, detection) && !listPage) return { ok: false, error: reason, canForce: false };
      let read: { doc: Document; url: string };
      try {
        // clearpost:snapshot-*: the page's markup asked for (./page-snapshot.ts), received and parsed inert (npm run bench, refused section).
        mark('snapshot', 'start');
        snapshot ??= deps.getPageSnapshot();
        if (maxChars !== undefined && (await snapshot).html.length > maxChars) return { ok: false, error: reason, canForce: false };
        read = await page();
        mark('snapshot', 'end');
      } catch (error) {
        // A list page stays "not an article" whether or not the page could be read.
        return { ok: false, error: listPage ? reason : unreadable(reason, toReaderErrorData(error)), canForce: false };
      }
      // REST already said "a list of posts": only look whether there is text worth an "anyway".
      if (listPage) return { ok: false, error: reason, canForce: await hasText(read.doc) };
      return extract(read.doc, read.url, reason, detection, false);
    },

    async force() {
      const reason = last?.reason;
      let read: { doc: Document; url: string };
      try {
        read = await page();
      } catch (error) {
        const failure = toReaderErrorData(error);
        return { ok: false, error: reason ? unreadable(reason, failure) : failure, canForce: false };
      }
      // The user says this page is the article: taken as singular, so the list check passes. The
      // password check still applies (never get around a password).
      const base: Detection = last?.detection ?? { isWordPress: false, pageUrl: read.url, pageKind: 'unknown', signals: [] };
      return extract(read.doc, read.url, reason ?? new ReaderError('not-an-article').data, { ...base, pageKind: 'singular' }, true);
    },
  };
}
