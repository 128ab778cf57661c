/** Packaged paths, shared by the manifest (vite.config.ts), the background and the content script. */

/** The reader page, framed into the site's tab (web-accessible; `use_dynamic_url` on Chromium). */
export const READER_PAGE = 'src/reader/reader.html';
/** The Chromium offscreen document used for context-menu copies. */
export const OFFSCREEN_PAGE = 'src/offscreen/offscreen.html';
