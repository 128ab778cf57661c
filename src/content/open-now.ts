/**
 * Injected right after content-script.js in the same scripting.executeScript call when the user asked for
 * the reader (src/background/inject.ts): it opens (or closes) the reader during the injection itself.
 * A `toggleReader` message could only be sent once executeScript had returned to the worker, one more
 * worker ⇄ tab hop before the reader frame starts loading (~15–20 ms of every click in `npm run bench`).
 * Files passed to one executeScript run in order, in the same isolated world:
 * https://developer.chrome.com/docs/extensions/reference/api/scripting#type-ScriptInjection
 */
declare global {
  // eslint-disable-next-line no-var -- set by content-script.ts in this isolated world, not the page's
  var __clearpostToggle: (() => Promise<unknown>) | undefined;
}

// A toggle that fails after the frame is up (the worker could not start the session) is not lost: the reader
// asks for its session and, after a short wait, says it lost track of the page and what to do.
void globalThis.__clearpostToggle?.().catch(() => undefined);

export {};
