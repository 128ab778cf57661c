/**
 * Hostile page scripts ("The page fights back", issue 5). Each runs first in <head>, long before Clearpost's
 * content script is injected on the click, and then keeps trying to reach the reader. Whatever a script
 * manages to read or capture goes to `window.__hostile` (an array of strings) for the test to read: it must
 * stay empty of the article's REST-only text and of any handle on the reader.
 *
 * The content script runs in an isolated world, so page-world overrides of built-ins cannot change what it
 * calls; these scripts prove that in the real browsers rather than assume it.
 */

/** Only in the REST answer's content, never in the page's HTML: if the page can read it, it read the reader. */
export const REST_SECRET = 'Reader-only sentence 7f3a9c: the page must never be able to read this.';

/** Shared by every hostile script: the loot box and a sweep that looks for the secret everywhere reachable. */
const COMMON = `
window.__hostile = [];
// Reversed in the source, so the page's own HTML never contains the sentence it looks for.
var secret = ${JSON.stringify([...REST_SECRET].reverse().join(''))}.split('').reverse().join('');
window.__hostileSweep = function () {
  try { if (document.documentElement.outerHTML.indexOf(secret) >= 0) window.__hostile.push('secret in page DOM'); } catch (e) {}
  try { if ((document.body.innerText || '').indexOf(secret) >= 0) window.__hostile.push('secret in page text'); } catch (e) {}
  var hosts = document.getElementsByTagName('clearpost-reader');
  for (var i = 0; i < hosts.length; i++) {
    if (hosts[i].shadowRoot) window.__hostile.push('open shadow root on the reader host');
    try { var f = hosts[i].querySelector('iframe'); if (f) window.__hostile.push('iframe in the light DOM'); } catch (e) {}
  }
  for (var j = 0; j < window.length; j++) {
    try { var d = window.frames[j].document; if (d && d.documentElement.outerHTML.indexOf(secret) >= 0) window.__hostile.push('secret via window.frames'); } catch (e) {}
  }
};
setInterval(window.__hostileSweep, 100);
`;

export interface HostileCase {
  name: string;
  /** Runs first in <head>. */
  script?: string;
  /** Rewrites the page's HTML (after the script is added). */
  transform?: (html: string, origin: string) => string;
  /** Print how long the reader took. */
  slow?: boolean;
  /**
   * 'article': the reader opens with the REST article. 'evicted': the page removes the reader for good; the host
   * is put back MAX_REPAIRS times, then the reader is gone (no loop, no error, page intact). See the report.
   */
  expect?: 'article' | 'evicted';
  /** The page removes the reader host once, after it has appeared. */
  removesOnce?: boolean;
  /** The page tries to navigate the reader frame to PHISH_PATH: that page must never be requested. */
  hijacks?: boolean;
  /**
   * The page closes, hides, disables or covers the reader (./page-hide-scripts.ts): after its try, the reader must be
   * on <html>, visible, on top, and close with a real mouse click.
   */
  hides?: boolean;
}

/** A page of the site's own, served by every hostile site, that a page script would like to show in the reader's place. */
export const PHISH_PATH = '/phish.html';
export const PHISH_TEXT = 'PHISH 41c7: paste your password here';
export const PHISH_PAGE = `<!DOCTYPE html><html><head><title>Clearpost reader</title></head><body><h1>${PHISH_TEXT}</h1><button>Copy</button></body></html>`;

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'window.fetch, XMLHttpRequest and Response overridden',
    script: `
var fake = new Response(JSON.stringify({ id: 12483, title: { rendered: 'PWNED by fetch' }, content: { rendered: '<p>PWNED</p>' } }), { headers: { 'content-type': 'application/json' } });
window.fetch = function () { window.__hostile.push('page fetch called: ' + String(arguments[0])); return Promise.resolve(fake.clone()); };
XMLHttpRequest.prototype.open = function (m, u) { window.__hostile.push('page XHR: ' + u); throw new Error('no XHR'); };
Response.prototype.json = function () { return Promise.resolve({ title: { rendered: 'PWNED by json()' } }); };
Response.prototype.text = function () { return Promise.resolve('{"title":{"rendered":"PWNED by text()"}}'); };`,
  },
  {
    name: 'JSON.parse, JSON.stringify and structuredClone overridden',
    script: `
JSON.parse = function () { return { title: { rendered: 'PWNED by JSON.parse' }, content: { rendered: '<p>PWNED</p>' } }; };
JSON.stringify = function () { return '{"type":"getArticle","session":"forged"}'; };
window.structuredClone = function () { return { pwned: true }; };`,
  },
  {
    name: 'Element.prototype attachShadow / appendChild / append / querySelector, document.querySelector overridden',
    script: `
var origAttach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  var root = origAttach.call(this, { mode: 'open' });
  window.__hostile.push('attachShadow captured a root on <' + this.localName + '>');
  return root;
};
var origAppend = Node.prototype.appendChild;
Node.prototype.appendChild = function (n) { if (n && n.localName === 'clearpost-reader') window.__hostile.push('appendChild saw the host'); return origAppend.call(this, n); };
Element.prototype.append = function () { window.__hostile.push('append called'); };
Element.prototype.prepend = function () { window.__hostile.push('prepend called'); };
Element.prototype.querySelector = function () { return null; };
Element.prototype.querySelectorAll = function () { return []; };
Element.prototype.getElementsByTagName = function () { return []; };
Document.prototype.querySelector = function () { return null; };
Document.prototype.querySelectorAll = function () { return []; };
document.querySelector = function () { return null; };
document.querySelectorAll = function () { return []; };
document.createElement = function (t) { window.__hostile.push('createElement ' + t); return Document.prototype.createElement.call(document, 'span'); };
HTMLIFrameElement.prototype.focus = function () { window.__hostile.push('iframe focus'); };
CSSStyleDeclaration.prototype.setProperty = function () { window.__hostile.push('setProperty'); };`,
  },
  {
    name: 'Object.defineProperty tricks and Object.prototype pollution',
    script: `
Object.defineProperty(Document.prototype, 'documentElement', { get: function () { return document.createElement('div'); }, configurable: true });
Object.defineProperty(Node.prototype, 'isConnected', { get: function () { return false; }, configurable: true });
Object.defineProperty(Document.prototype, 'activeElement', { get: function () { return null; }, configurable: true });
Object.defineProperty(window, 'scrollTo', { value: function () { window.__hostile.push('scrollTo'); }, writable: false });
Object.defineProperty(Object.prototype, 'isWordPress', { get: function () { return false; }, set: function () {}, configurable: true });
Object.defineProperty(Object.prototype, 'pageKind', { get: function () { return 'archive'; }, set: function () {}, configurable: true });
Object.defineProperty(Object.prototype, 'then', { get: function () { window.__hostile.push('then read'); return undefined; }, configurable: true });
Object.prototype.restRoot = 'http://evil.example/wp-json/';
Object.prototype.postJsonUrl = 'http://evil.example/wp-json/wp/v2/posts/1';
Object.defineProperty = function () { throw new Error('defineProperty disabled by the page'); };`,
  },
  {
    name: 'Array.prototype, String.prototype and Promise.prototype pollution',
    script: `
Array.prototype.map = function () { return ['PWNED']; };
Array.prototype.filter = function () { return []; };
Array.prototype.find = function () { return 'PWNED'; };
Array.prototype.includes = function () { return true; };
Array.prototype.forEach = function () {};
Array.prototype.join = function () { return 'PWNED'; };
Array.prototype[Symbol.iterator] = function* () { yield 'PWNED'; };
Array.from = function () { return []; };
String.prototype.trim = function () { return 'PWNED'; };
String.prototype.replace = function () { return 'PWNED'; };
String.prototype.toLowerCase = function () { return 'pwned'; };
Promise.prototype.then = function () { window.__hostile.push('then'); return this; };
RegExp.prototype.test = function () { return true; };`,
  },
  {
    name: 'a page that listens to and forges message events (postMessage to every frame, fake runtime-like messages)',
    script: `
window.addEventListener('message', function (e) {
  try { var s = JSON.stringify(e.data); if (s && s.indexOf('Reader-only') >= 0) window.__hostile.push('secret in a message event'); } catch (err) {}
  window.__hostileMessages = (window.__hostileMessages || 0) + 1;
}, true);
var forged = [
  { type: 'getArticle', session: 'x' }, { type: 'closeReader' }, { type: 'startSession', session: 'x', detection: { isWordPress: true, pageUrl: 'http://evil.example/', pageKind: 'singular', signals: [] } },
  'clearpost:close', { cmd: 'print' }, { type: 'toggleReader' },
];
var baseFrames = -1;
addEventListener('load', function () { baseFrames = window.length; });
setInterval(function () {
  if (baseFrames >= 0 && window.length > baseFrames) window.__hostile.push('the page sees an extra frame (window.length ' + window.length + ')');
  for (var i = 0; i < window.length; i++) {
    for (var k = 0; k < forged.length; k++) { try { window.frames[i].postMessage(forged[k], '*'); } catch (e) {} }
  }
  for (var k2 = 0; k2 < forged.length; k2++) window.postMessage(forged[k2], '*');
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'x' }));
}, 150);`,
  },
  {
    name: 'a MutationObserver that deletes every node added to <html> or <body> (anti-overlay scripts)',
    script: `
addEventListener('load', function () {
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      var added = records[i].addedNodes;
      for (var j = 0; j < added.length; j++) {
        var n = added[j];
        if (n.parentNode) { window.__hostileRemoved = (window.__hostileRemoved || 0) + 1; n.parentNode.removeChild(n); }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
});`,
    expect: 'evicted',
  },
  {
    name: 'a script that removes the reader host once (a page re-rendering <html>)',
    script: `
addEventListener('load', function () {
  var done = false;
  new MutationObserver(function () {
    var host = document.getElementsByTagName('clearpost-reader')[0];
    if (host && !done) { done = true; setTimeout(function () { host.remove(); window.__hostileRemoved = 1; }, 300); }
  }).observe(document.documentElement, { childList: true });
});`,
    removesOnce: true,
  },
  {
    // Every route a page script has to the reader frame: window.frames by index (frames in a shadow tree are not
    // listed: length stays 0 in both browsers), and our host's tag registered as the page's own custom element,
    // whose constructor keeps an ElementInternals: its shadowRoot is the host's root, closed or not, when the root
    // was attached to an element that was already custom. Through it the page reached the iframe in Chromium and
    // Firefox and navigated it (src, contentWindow.location) to a page of its own.
    name: 'a script that registers <clearpost-reader> as its own custom element and navigates the reader frame',
    script: `
var phish = location.origin + '${PHISH_PATH}';
var ownFrames = -1;
addEventListener('load', function () { ownFrames = window.length; });
customElements.define('clearpost-reader', class extends HTMLElement {
  constructor() { super(); try { this.__internals = this.attachInternals(); } catch (e) {} window.__hostileHost = this; }
});
setInterval(function () {
  var host = window.__hostileHost;
  var root = host && host.__internals && host.__internals.shadowRoot;
  var frame = root && root.querySelector('iframe');
  if (frame && !frame.__hostileNavigated) {
    frame.__hostileNavigated = true;
    window.__hostile.push('the reader iframe through ElementInternals.shadowRoot');
    // Through the WindowProxy, as a page with any handle on the frame would; frame.src = phish works as well.
    frame.contentWindow.location = phish;
  }
  for (var i = Math.max(ownFrames, 0); ownFrames >= 0 && i < window.length; i++) {
    try { window.frames[i].location = phish; window.__hostile.push('navigated window.frames[' + i + ']'); } catch (e) {}
  }
}, 50);`,
    hijacks: true,
  },
  {
    name: 'a <base href> pointing to another site, with relative REST links',
    transform: (html, origin) =>
      html
        .replace('<head>', '<head><base href="http://base-elsewhere.example/somewhere/">')
        .split(`href="${origin}/wp-json/`)
        .join('href="/wp-json/'),
  },
  {
    name: 'a giant DOM (50 000 extra elements)',
    transform: (html) =>
      html.replace(
        '</body>',
        `<div id="giant-dom" hidden>${'<div class="g"><span>row</span><a href="#r">link</a><i>i</i><b>b</b></div>'.repeat(10_000)}</div></body>`,
      ),
    slow: true,
  },
];

/** The case's page: the loot box and sweep first in <head>, then the case's script, then its transform. */
export function hostilePage(c: HostileCase): (html: string, origin: string) => string {
  return (html, origin) => {
    const head = `<script>${COMMON}</script>${c.script ? `<script>${c.script}</script>` : ''}`;
    const withScripts = html.replace('<head>', `<head>${head}`);
    return c.transform ? c.transform(withScripts, origin) : withScripts;
  };
}
