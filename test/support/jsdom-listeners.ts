// jsdom 27 gives every Document its own CSS selector engine (@asamuzakjp/dom-selector), and each engine adds nine
// capture listeners (focus, focusin, keydown, keyup, mouseover/down/up, click, mouseout) to the WINDOW that are
// never removed: jsdom/lib/jsdom/living/nodes/Document-impl.js `new DOMSelector(...)`, dom-selector's
// `Finder._registerEventListeners`. Our code parses hostile HTML into inert documents (DOMParser,
// createHTMLDocument) thousands of times per test file, so the window's listener lists grow without bound and
// every later addEventListener/dispatch walks them: 500 parses took 0.4 s at first and 2.0 s after 2 500.
//
// Only the window's own document needs those listeners (they remember the last input event for :focus-visible
// and friends). A document without a browsing context cannot take focus or input, so its engine's listeners are
// dead weight: this setup lets the first engine (the test window's document, created before setup files run)
// keep its listeners and drops the rest. Files in the Node environment have no jsdom window: nothing to do.
const SELECTOR_HANDLERS = new Set(['_handleFocusEvent', '_handleKeyboardEvent', '_handleMouseEvent']);

type Add = (type: string, listener: unknown, ...rest: unknown[]) => void;

// The engine calls the window's public addEventListener with its own (named) arrow functions; below that,
// jsdom converts listeners into callback wrappers, so the name is only visible at this level.
const jsdomWindow = (globalThis as { jsdom?: { window: { addEventListener: Add } } }).jsdom?.window;

// Files that share a worker's jsdom (the `unit` project's `isolate: false`) run this once each: patch once.
const PATCHED = Symbol.for('clearpost.selectorListenersDropped');

if (jsdomWindow && !(PATCHED in jsdomWindow)) {
  Object.defineProperty(jsdomWindow, PATCHED, { value: true });
  const add = jsdomWindow.addEventListener;
  jsdomWindow.addEventListener = function (this: unknown, type, listener, ...rest) {
    if (typeof listener === 'function' && SELECTOR_HANDLERS.has(listener.name)) return;
    return add.call(this, type, listener, ...rest);
  };
}
