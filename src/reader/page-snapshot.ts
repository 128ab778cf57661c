/**
 * Where the reader gets its page's markup for page extraction (issue 4): from the content script of its own tab,
 * asked directly, one message hop; the background's relay (`getPageSnapshot`, two hops) when the direct way is not
 * there. A page's markup can be megabytes and every hop serialises it again: on the bench's 1.95 MB page the relay
 * cost ~60 ms more than asking the tab (`npm run bench`, refused section; issue 14). Firefox gives an extension
 * frame inside a web page no `tabs` API, so there the relay is the way.
 * The content script answers only for the session of the reader it has open (src/content/content-app.ts).
 */
import { ReaderError } from '../core/errors';
import type { PageSnapshot } from '../shared/messages';

export interface SnapshotRoutes {
  /** The tab this reader frame is in (tabs.getCurrent), if the browser says. */
  currentTab(): Promise<number | undefined>;
  /** The content script of that tab (messaging.ts sendToTab: ReaderError 'page-no-answer' when nothing answered). */
  fromTab(tabId: number): Promise<PageSnapshot>;
  /** The background's relay to the session's tab. */
  viaBackground(): Promise<PageSnapshot>;
}

/** Failures that say the direct way is not there (rather than the content script's answer). */
const UNROUTED = new Set<string>(['page-no-answer', 'no-answer', 'message-refused']);

export async function pageSnapshot(routes: SnapshotRoutes): Promise<PageSnapshot> {
  let tabId: number | undefined;
  try {
    tabId = await routes.currentTab();
  } catch {
    tabId = undefined; // no tabs API here (Firefox)
  }
  if (tabId === undefined) return routes.viaBackground();
  try {
    return await routes.fromTab(tabId);
  } catch (error) {
    // The content script's own refusals (a data tab, a page too large, another reader's session) stand: asking
    // again through the background would only serialise the same page twice. No answer, or a content script that
    // does not take this message from the reader (an older one still in the tab): the relay.
    if (error instanceof ReaderError && UNROUTED.has(error.data.detail ?? '')) return routes.viaBackground();
    throw error;
  }
}
