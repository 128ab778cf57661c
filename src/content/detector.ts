/**
 * The opt-in auto-detect script, registered only for the sites the user granted (options page). Tiny
 * on purpose (it runs on every page load of those sites): two cheap WordPress signals, no polyfill, no
 * core. When the page looks like a WordPress post it tells the background, which shows "WP" on the
 * toolbar button for this tab. It reads the page and changes nothing.
 */
interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> | undefined };
}

const api = (globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike }).browser ?? (globalThis as { chrome?: RuntimeLike }).chrome;
const isWordPress = document.querySelector('link[rel="https://api.w.org/"]') !== null;
// A single post or page: WordPress prints postid-N / page-id-N on <body> (body_class()).
const isPost = /(?:^|\s)(?:postid|page-id)-\d+(?:\s|$)/.test(document.body?.className ?? '');

if (api && isWordPress && isPost) {
  // Same envelope as src/shared/messaging.ts (not imported: that would pull in the polyfill).
  void api.runtime.sendMessage({ cp: 1, type: 'detectorFound', payload: { postLike: true } })?.catch(() => undefined);
}
