/**
 * The background's message handlers (wired in index.ts; here so unit tests can drive them with forged
 * senders). Every handler acts only on the sender's own tab and session: a content script, or a reader frame,
 * names a session id, and the id alone proves nothing (issue 13, security 1).
 */
import type { Runtime } from 'webextension-polyfill';
import { bindDetection } from '../core/detect/boundary';
import { ReaderError, toReaderErrorData } from '../core/errors';
import { fetchAdjacent, type CurrentPost, type Direction } from '../core/rest/adjacent';
import { fetchComments, type RawComments } from '../core/rest/comments';
import { fetchLinked } from '../core/rest/linked';
import { fetchPostList, type RawPostList } from '../core/rest/post-list';
import { fetchPostPages } from '../core/page/fetch-pages';
import { isPostId } from '../core/rest/shape';
import type { PostSource } from '../core/rest/site-api';
import type { ArticlePayload, Detection, FetchedPost, WpSiteInfo } from '../core/types';
import { httpUrl } from '../core/url';
import { t } from '../shared/i18n';
import type { Outcome, ToBackground } from '../shared/messages';
import { sendToTab, type Handlers, type SenderPolicy } from '../shared/messaging';
import { flashBadge, setBadge } from './badge';
import { senderPageUrl } from './sender-page';
import { lostSessionError, type Sessions } from './sessions';

type BackgroundMessages = Omit<ToBackground, 'testTrigger'>;

export const BACKGROUND_POLICY: SenderPolicy<BackgroundMessages> = {
  startSession: 'content',
  getArticle: 'extension',
  getPageSnapshot: 'extension',
  cancelSession: 'any',
  getComments: 'extension',
  getAdjacentPost: 'extension',
  getLinkedPost: 'extension',
  getPostList: 'extension',
  getPostPages: 'extension',
  readerEvicted: 'content',
  closeReader: 'extension',
  detectorFound: 'content',
};

/**
 * The tab a message about `session` may act on: the sender's own tab when it owns the session (or the
 * session is gone, e.g. after a worker restart), never another tab's. One of our extension pages outside
 * any tab (the policy checked its origin) acts on the session's tab.
 */
function ownTab(sessions: Sessions, session: string, sender: Runtime.MessageSender): number | undefined {
  const tabId = sender.tab?.id;
  const owner = sessions.tabOf(session);
  if (tabId === undefined) return owner;
  return owner === undefined || owner === tabId ? tabId : undefined;
}

/** Requests about a session's site after its post was read (issue 11); the real REST client by default. */
export interface SiteRequests {
  comments(source: PostSource, postId: number): Promise<RawComments>;
  adjacent(source: PostSource, current: CurrentPost, direction: Direction): Promise<FetchedPost | undefined>;
  linked(source: PostSource, href: string): Promise<FetchedPost>;
  list(detection: Detection, page: number): Promise<RawPostList>;
}

const REST_SITE: SiteRequests = {
  comments: (source, postId) => fetchComments(source, postId),
  adjacent: (source, current, direction) => fetchAdjacent(source, current, direction),
  linked: (source, href) => fetchLinked(source, href),
  list: (detection, page) => fetchPostList(detection, page),
};

/** Another post or page of the session's site as a reader payload: the session's site info, its own permalink as its page. */
function otherPostPayload(source: PostSource & { site?: WpSiteInfo }, fetched: FetchedPost): ArticlePayload {
  const { detection } = source;
  const link = httpUrl(fetched.post.link);
  const sameOrigin = link !== undefined && new URL(link).origin === new URL(detection.pageUrl).origin;
  const { canonicalUrl: _canonical, postJsonUrl: _json, rawJson: _raw, ...rest } = detection;
  const next: Detection = { ...rest, pageUrl: sameOrigin ? link : detection.pageUrl, postType: fetched.post.type === 'page' ? 'page' : 'post' };
  if (isPostId(fetched.post.id)) next.postId = fetched.post.id;
  return { detection: next, fetched: source.site ? { ...fetched, site: source.site } : fetched };
}

/** Runs `work` on the sender's own session's site; failures come back as data (the reader words them). */
async function onSessionSite<T>(
  sessions: Sessions,
  session: string,
  sender: Runtime.MessageSender,
  work: (source: PostSource & { site?: WpSiteInfo }) => Promise<T>,
): Promise<Outcome<T>> {
  const source = ownTab(sessions, session, sender) !== undefined ? sessions.sourceOf(session) : undefined;
  if (source === undefined) return { ok: false, error: lostSessionError().data };
  try {
    return { ok: true, value: await work(source) };
  } catch (error) {
    return { ok: false, error: toReaderErrorData(error) };
  }
}

export function backgroundHandlers(sessions: Sessions, site: SiteRequests = REST_SITE): Handlers<BackgroundMessages> {
  return {
    startSession: ({ session, detection }, sender) => {
      // The policy guarantees a tab; the type does not.
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      let bound: Detection;
      try {
        // The page URL the REST client's origin guard is built from is the one the browser reports for the
        // sender, never the one in the message: a compromised renderer could otherwise aim the worker's
        // requests at any origin (an intranet host, a router), on auto-detect sites without a click.
        bound = bindDetection(detection, senderPageUrl(sender));
      } catch (error) {
        // The reader asks for this session next: it gets the reason, and nothing was requested.
        sessions.fail(session, tabId, error);
        return;
      }
      sessions.start(session, tabId, bound);
    },
    getArticle: async ({ session }, sender) => {
      const outcome = await sessions.get(session);
      const owner = sessions.tabOf(session);
      // A reader frame only reads its own tab's session.
      if (owner !== undefined && sender.tab?.id !== undefined && owner !== sender.tab.id) {
        return { ok: false, error: lostSessionError().data };
      }
      return outcome;
    },
    getPageSnapshot: async ({ session }, sender) => {
      // A reader frame only reads its own tab's page (the session may be gone after a worker restart:
      // the frame's own tab is still the right one).
      const tabId = ownTab(sessions, session, sender);
      if (tabId === undefined) throw lostSessionError();
      return sendToTab(tabId, 'pageSnapshot', { session });
    },
    getComments: ({ session, postId }, sender) => onSessionSite(sessions, session, sender, (source) => site.comments(source, postId)),
    getAdjacentPost: ({ session, current, direction }, sender) =>
      onSessionSite(sessions, session, sender, async (source) => {
        if (direction !== 'previous' && direction !== 'next') throw new ReaderError('internal');
        const fetched = await site.adjacent(source, current, direction);
        return fetched ? otherPostPayload(source, fetched) : null;
      }),
    // The reader checked the link is a post of the same site (core/rest/linked.ts); the core checks it again here.
    getLinkedPost: ({ session, href }, sender) =>
      onSessionSite(sessions, session, sender, async (source) => {
        if (typeof href !== 'string') throw new ReaderError('internal');
        return otherPostPayload(source, await site.linked(source, href));
      }),
    // The session's own archive page only: its detection (bound to the sender's origin at startSession) says which list.
    getPostList: async ({ session, page }, sender) => {
      const detection = ownTab(sessions, session, sender) !== undefined ? sessions.listDetectionOf(session) : undefined;
      if (detection === undefined) return { ok: false, error: lostSessionError().data };
      try {
        const list = await site.list(detection, page);
        sessions.rememberListSource(session, { detection: { ...detection, restRoot: list.root }, jsonUrl: list.jsonUrl });
        return { ok: true, value: list };
      } catch (error) {
        return { ok: false, error: toReaderErrorData(error) };
      }
    },
    // Only URLs on the origin of the session's own page (its detection was bound to the sender's origin at startSession).
    getPostPages: async ({ session, urls }, sender) => {
      const pageUrl = ownTab(sessions, session, sender) !== undefined ? sessions.pageUrlOf(session) : undefined;
      if (pageUrl === undefined || !Array.isArray(urls)) throw lostSessionError();
      return fetchPostPages(pageUrl, urls);
    },
    cancelSession: ({ session }, sender) => {
      if (ownTab(sessions, session, sender) !== undefined) sessions.cancel(session);
    },
    readerEvicted: async ({ session, reason }, sender) => {
      const tabId = ownTab(sessions, session, sender);
      if (tabId === undefined) return;
      sessions.cancel(session);
      await flashBadge(tabId, 'error', t(reason === 'navigated' ? 'badgeHijacked' : 'badgeEvicted'));
    },
    closeReader: async ({ session }, sender) => {
      // Only the reader in the sender's own tab is closed, whatever session it names.
      const tabId = ownTab(sessions, session, sender);
      if (tabId === undefined) return;
      sessions.cancel(session);
      await sendToTab(tabId, 'closeReader', {});
    },
    detectorFound: async ({ postLike }, sender) => {
      if (postLike && sender.tab?.id !== undefined) await setBadge(sender.tab.id, 'wordpress', t('badgeWordPress'));
    },
  };
}
