/**
 * Pages that close, hide, disable or cover the reader instead of removing it (issue 13, security 4). Each script
 * waits for the reader host, acts once (then sets `window.__hostileActed`), and (where it changed the page itself) undoes that when the host is gone,
 * so "closing restores the page exactly" is still checked on the page's own DOM. The test (../page.test.ts) then
 * asks, from outside and with a real mouse click, whether the reader is on <html>, visible, on top and usable
 * (`readerOnTop`). The guard's repairs are in src/content/host-guard.ts; unit tests in
 * test/unit/content/reader-frame-hide.test.ts and test/unit/extension/content-app.test.ts (synthetic Esc).
 */
import type { Page } from 'puppeteer-core';
import { isolated } from '../../e2e/support/frame-actions';
import type { HostileCase } from './page-scripts';

/**
 * Runs `act(host)` once, 300 ms after the reader host appears; `undo()` once it is gone again, from the same
 * observer (in the microtask after the removal, so before anything else can look at the page).
 */
const ON_HOST = `
function onHost(act, undo) {
  var done = false, acted = false, undone = false;
  new MutationObserver(function () {
    var host = document.getElementsByTagName('clearpost-reader')[0];
    if (host && !done) { done = true; setTimeout(function () { act(host); acted = true; window.__hostileActed = true; }, 300); }
    if (acted && !host && !undone && undo) { undone = true; undo(); }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
`;

export const HIDING_CASES: HostileCase[] = [
  {
    name: 'a page that dispatches synthetic Escape key presses',
    script: `
var sent = 0;
setInterval(function () {
  if (document.getElementsByTagName('clearpost-reader').length && ++sent >= 5) window.__hostileActed = true;
  var init = { key: 'Escape', code: 'Escape', keyCode: 27, which: 27, bubbles: true, cancelable: true };
  window.dispatchEvent(new KeyboardEvent('keydown', init));
  document.dispatchEvent(new KeyboardEvent('keydown', init));
  if (document.body) document.body.dispatchEvent(new KeyboardEvent('keydown', init));
}, 100);`,
    hides: true,
  },
  {
    name: 'a page that moves the reader host into a hidden element',
    script: `${ON_HOST}
onHost(function (host) { document.getElementById('hideout').append(host); });`,
    transform: (html) => html.replace('</body>', '<div id="hideout" hidden></div></body>'),
    hides: true,
  },
  {
    name: 'a page that hides everything through <html> from a stylesheet (opacity, clip-path)',
    script: `${ON_HOST}
onHost(function () {
  var sheet = document.getElementById('hide-rules').sheet;
  // Nothing that changes the layout: the page's own scroll position must survive the page's own rule.
  sheet.insertRule('html { opacity: 0 !important; clip-path: inset(50%) !important; }', 0);
}, function () { document.getElementById('hide-rules').sheet.deleteRule(0); });`,
    transform: (html) => html.replace('</head>', '<style id="hide-rules"></style></head>'),
    hides: true,
  },
  {
    name: 'a page that puts inert on <html>',
    script: `${ON_HOST}
onHost(function () { document.documentElement.inert = true; }, function () { document.documentElement.inert = false; });`,
    hides: true,
  },
  {
    name: 'a page that draws its own element over the reader',
    script: `${ON_HOST}
var cover;
onHost(function () {
  cover = document.createElement('div');
  cover.textContent = 'PHISH 41c7: your reader session expired';
  cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;color:#000;font:32px sans-serif';
  document.documentElement.append(cover);
}, function () { cover.remove(); });`,
    hides: true,
  },
];

/**
 * 'ok' when the reader host is a child of <html>, <html> neither hides nor disables it, and it wins the hit test in
 * the middle of the viewport; else what is wrong. Read in Puppeteer's isolated realm (not the page's overrides).
 */
export async function readerOnTop(page: Page): Promise<string> {
  return isolated(page).evaluate(() => {
    const root = document.documentElement;
    const host = document.getElementsByTagName('clearpost-reader')[0];
    if (!host) return 'no reader host';
    if (host.parentNode !== root) return `host inside <${(host.parentNode as Element | null)?.localName ?? 'nothing'}>`;
    if (root.inert) return '<html> is inert';
    const css = getComputedStyle(root);
    if (css.display === 'none' || css.opacity !== '1' || css.transform !== 'none' || css.clipPath !== 'none') {
      return `<html> display ${css.display}, opacity ${css.opacity}, transform ${css.transform}, clip-path ${css.clipPath}`;
    }
    const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return hit === host ? 'ok' : `<${hit?.localName ?? 'nothing'}> is on top`;
  });
}
