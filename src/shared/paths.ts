/** Packaged names, shared by the manifest (vite.config.ts), the background, the content script and the pages. */

/** The reader page, framed into the site's tab (web-accessible; `use_dynamic_url` on Chromium). */
export const READER_PAGE = 'src/reader/reader.html';
/** The Chromium offscreen document used for context-menu copies. */
export const OFFSCREEN_PAGE = 'src/offscreen/offscreen.html';
/**
 * The reader frame's host element on the page (src/content/reader-frame.ts); page snapshots drop it. Here, not in
 * reader-frame.ts, so the pages' bundles do not carry the content script's frame code for one string.
 */
export const HOST_TAG = 'clearpost-reader';
