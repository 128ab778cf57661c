/**
 * The bits of Chromium's `chrome.offscreen` and `chrome.runtime.getContexts` we use. They are not in
 * webextension-polyfill (Chromium-only APIs), so they are typed here and read from `globalThis.chrome`.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
export interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

interface ChromeLike {
  offscreen?: OffscreenApi;
  runtime?: { getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]> };
}

export function chromeApi(): ChromeLike | undefined {
  return (globalThis as { chrome?: ChromeLike }).chrome;
}

/** Chromium: an offscreen API exists. Firefox: no (its background page has a DOM instead). */
export function offscreenApi(): OffscreenApi | undefined {
  return chromeApi()?.offscreen;
}
