/**
 * On-demand injection of the content script into one tab's top frame (activeTab: only after the user
 * clicked, pressed the shortcut or used the context menu). The script guards itself, so injecting
 * before every use is idempotent.
 */
import browser from 'webextension-polyfill';
import { timed } from '../shared/timing';
// Built by @crxjs/vite-plugin as standalone IIFEs (classic scripts: executeScript cannot run an ES
// module); each import yields its packaged file name.
import contentScript from '../content/content-script.ts?script&iife';
import openNow from '../content/open-now.ts?script&iife';

/** `toggle`: also open the reader (or close it when open) as part of the same injection (../content/open-now.ts). */
export async function injectContentScript(tabId: number, opts: { toggle?: boolean } = {}): Promise<void> {
  const files = opts.toggle ? [contentScript, openNow] : [contentScript];
  // clearpost:inject-start/-end in the worker's timeline: what `npm run bench` reports as the inject phase.
  await timed('inject', () => browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files }));
}
