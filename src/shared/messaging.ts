/**
 * Typed messaging between the extension's contexts, on top of webextension-polyfill (promise-based
 * `runtime.sendMessage` / `tabs.sendMessage` in Chromium and Firefox alike).
 *
 * Wire format: `{cp: 1, type, payload}` → `{cp: 1, ok: true, value} | {cp: 1, ok: false, error}`.
 * A handler's exception never crosses the boundary as a raw exception: it is turned into
 * ReaderErrorData (src/core/errors) and the sending side throws it again as a ReaderError, so every
 * context shows the same clear, serialisable failure. Error data carries no sentence: the receiver
 * rebuilds it from known parts (readErrorData) and the UI words it, and a content script's reply keeps
 * only its kind and detail, since a compromised page renderer can answer anything.
 *
 * Every listener validates the sender: only our own extension (runtime.onMessage already excludes
 * other extensions and web pages, but a check costs nothing, see
 * https://developer.chrome.com/docs/extensions/develop/security-privacy/stay-secure#content_scripts),
 * and each message type says where it may come from: a content script in a tab, or one of our
 * extension pages (reader frame, options, offscreen document, background).
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { ReaderError, readErrorData, toReaderErrorData } from '../core/errors';
import type { ReaderErrorData } from '../core/types';
import type { ToBackground, ToContent } from './messages';
import { READER_PAGE } from './paths';

/**
 * A message map: type → {payload, response}. Written as a self-referencing constraint (not an index
 * signature) so the interfaces in messages.ts satisfy it.
 */
export type MessageMap<M = Record<string, never>> = { [K in keyof M]: { payload: unknown; response: unknown } };

export interface Envelope {
  cp: 1;
  type: string;
  payload: unknown;
}

export type Reply = { cp: 1; ok: true; value?: unknown } | { cp: 1; ok: false; error: ReaderErrorData };

export type Handlers<M extends MessageMap<M>> = {
  [K in keyof M]: (payload: M[K]['payload'], sender: Runtime.MessageSender) => Promise<M[K]['response']> | M[K]['response'];
};

/**
 * Where a message type may come from:
 * - 'content': a content script in a tab (sender.tab set, sender.url not one of our pages);
 * - 'extension': one of our own extension pages (sender.url under our extension origin; the reader
 *   frame is such a page even though it sits inside a tab);
 * - 'background': the background context (tabs.sendMessage from it has no sender.tab);
 * - 'any': any context of our own extension.
 */
export type SenderKind = 'content' | 'extension' | 'background' | 'any';
export type SenderPolicy<M> = { [K in keyof M]?: SenderKind };

export interface OwnExtension {
  /** runtime.id */
  id: string;
  /**
   * Our page origins: runtime.getURL(''), e.g. "chrome-extension://<id>/" or "moz-extension://<uuid>/",
   * plus the reader's: with `use_dynamic_url` Chromium serves web-accessible pages from a per-session
   * random origin (https://developer.chrome.com/docs/extensions/reference/manifest/web-accessible-resources).
   */
  origins: string[];
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' && value !== null && (value as { cp?: unknown }).cp === 1 && typeof (value as { type?: unknown }).type === 'string'
  );
}

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && (value as { cp?: unknown }).cp === 1 && 'ok' in value;
}

/** True when `sender` is allowed to send a message of kind `kind` to us. */
export function senderAllowed(sender: Runtime.MessageSender, kind: SenderKind, own: OwnExtension): boolean {
  if (sender.id !== own.id) return false;
  const url = sender.url;
  const fromOurPage = typeof url === 'string' && own.origins.some((origin) => url.startsWith(origin));
  switch (kind) {
    case 'content':
      return sender.tab !== undefined && typeof sender.tab.id === 'number' && !fromOurPage;
    case 'extension':
      return fromOurPage;
    case 'background':
      return sender.tab === undefined;
    case 'any':
      return true;
  }
}

/**
 * Builds a runtime.onMessage listener from a handler map (pure: testable without a browser).
 * Returns undefined for messages that are not ours or have no handler here, so another context's
 * listener can answer them (e.g. the offscreen document ignores `getArticle`).
 */
export function makeListener<M extends MessageMap<M>>(
  handlers: Partial<Handlers<M>>,
  own: OwnExtension,
  policy: SenderPolicy<M> = {},
  defaultKind: SenderKind = 'any',
): (message: unknown, sender: Runtime.MessageSender) => Promise<Reply> | undefined {
  return (message, sender) => {
    if (!isEnvelope(message)) return undefined;
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof M];
    if (typeof handler !== 'function') return undefined;
    const kind = policy[message.type as keyof M] ?? defaultKind;
    if (!senderAllowed(sender, kind, own)) {
      // Answer (rather than stay silent) so the caller fails fast instead of waiting for nothing.
      return Promise.resolve({ cp: 1, ok: false, error: new ReaderError('internal', { detail: 'message-refused' }).data });
    }
    return (async (): Promise<Reply> => {
      try {
        const value: unknown = await handler(message.payload as M[keyof M]['payload'], sender);
        return value === undefined ? { cp: 1, ok: true } : { cp: 1, ok: true, value };
      } catch (error) {
        return { cp: 1, ok: false, error: toReaderErrorData(error) };
      }
    })();
  };
}

/**
 * Turns a reply back into a value, or throws the handler's failure as a ReaderError. `fromTab`: the reply
 * came from a content script, so only the whitelisted kind and detail of a failure are kept.
 */
export function unwrapReply<T>(reply: unknown, fromTab = false): T {
  if (!isReply(reply)) {
    // No listener answered (e.g. the service worker restarted and lost the receiver, or the tab has
    // no content script): a clear error rather than `undefined` passed along.
    throw new ReaderError('internal', { detail: 'no-answer' });
  }
  if (!reply.ok) {
    const { kind, ...extra } = readErrorData(reply.error, fromTab);
    throw new ReaderError(kind, extra);
  }
  return reply.value as T;
}

export function ownExtension(): OwnExtension {
  // Not `new URL().origin`: it is "null" for non-special schemes such as moz-extension: in some engines.
  const origins = [browser.runtime.getURL(''), browser.runtime.getURL(READER_PAGE)].map(
    (url) => /^[a-z][a-z0-9+.-]*:\/\/[^/]+\//i.exec(url)?.[0] ?? url,
  );
  return { id: browser.runtime.id, origins: [...new Set(origins)] };
}

function envelope(type: string, payload: unknown): Envelope {
  return { cp: 1, type, payload };
}

/** Sends `type` to the background (or any extension page with a handler for it). */
export async function sendToBackground<K extends keyof ToBackground & string>(
  type: K,
  payload: ToBackground[K]['payload'],
): Promise<ToBackground[K]['response']> {
  return sendRuntime<ToBackground, K>(type, payload);
}

/** runtime.sendMessage for any message map (e.g. background → offscreen document). */
export async function sendRuntime<M extends MessageMap<M>, K extends keyof M & string>(type: K, payload: M[K]['payload']): Promise<M[K]['response']> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(envelope(type, payload));
  } catch (error) {
    throw new ReaderError('internal', { detail: 'no-answer', ...causeOf(error) });
  }
  return unwrapReply<M[K]['response']>(reply);
}

/** Sends `type` to our content script in `tabId` (top frame only: we inject nowhere else). */
export async function sendToTab<K extends keyof ToContent & string>(
  tabId: number,
  type: K,
  payload: ToContent[K]['payload'],
): Promise<ToContent[K]['response']> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, envelope(type, payload), { frameId: 0 });
  } catch (error) {
    throw new ReaderError('internal', { detail: 'page-no-answer', ...causeOf(error) });
  }
  return unwrapReply<ToContent[K]['response']>(reply, true);
}

/**
 * Registers a handler map on runtime.onMessage; returns a function that removes it.
 * `policy` says where each type may come from (default `defaultKind`, 'any' = our own extension).
 */
export function handleMessages<M extends MessageMap<M>>(
  handlers: Partial<Handlers<M>>,
  policy: SenderPolicy<M> = {},
  defaultKind: SenderKind = 'any',
): () => void {
  const listener = makeListener<M>(handlers, ownExtension(), policy, defaultKind);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Keeps the browser's own wording out of user-facing text but available for debugging. */
function causeOf(error: unknown): { code?: string } {
  return error instanceof Error && error.message ? { code: error.message.slice(0, 200) } : {};
}
