/**
 * Content script entry (built as a standalone IIFE, injected on demand with scripting.executeScript).
 * Idempotent: a second injection into the same tab finds the flag in this isolated world and does
 * nothing, so the background can inject before every use without double listeners.
 */
import browser from 'webextension-polyfill';
import type { ToContent } from '../shared/messages';
import { handleMessages, sendToBackground } from '../shared/messaging';
import { READER_PAGE } from '../shared/paths';
import { createContentApp } from './content-app';
import { detectPage } from './page-detection';

declare global {
  // eslint-disable-next-line no-var -- a global of this isolated world, not of the page
  var __clearpostContent: boolean | undefined;
  // eslint-disable-next-line no-var -- called by open-now.ts, injected after this file to open the reader
  var __clearpostToggle: (() => Promise<unknown>) | undefined;
}

if (!globalThis.__clearpostContent) {
  globalThis.__clearpostContent = true;

  const app = createContentApp({
    doc: document,
    pageUrl: () => location.href,
    detect: () => detectPage(document, location.href),
    send: (type, payload) => sendToBackground(type, payload),
    readerUrl: (session, pageUrl, openedAt) =>
      `${browser.runtime.getURL(READER_PAGE)}#${new URLSearchParams({ session, page: pageUrl, at: String(openedAt) }).toString()}`,
    frameTitle: browser.i18n.getMessage('readerFrameTitle') || 'Clearpost reader',
    // Not crypto.randomUUID(): it exists only in secure contexts, and plain-http pages are not one.
    newSession: () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(''),
  });

  globalThis.__clearpostToggle = () => app.toggle();

  // Only the background talks to the content script, and (pageSnapshot) the reader frame it opened: the frame asks its
  // own tab directly, one message hop for megabytes of markup instead of two (src/reader/page-snapshot.ts). 'any' is
  // any context of this extension (no web page, no other extension); the session check in snapshot() keeps the
  // answer to the reader that is open here.
  handleMessages<ToContent>(
    {
      closeReader: () => app.close(),
      detect: () => app.detect(),
      pageSnapshot: ({ session }) => app.snapshot(session),
      // The context menu's "Copy quote with source": as laid out (paragraph breaks kept), unlike the menu's selectionText.
      selection: () => ({ text: document.getSelection()?.toString() ?? '' }),
    },
    { pageSnapshot: 'any' },
    'background',
  );
}
