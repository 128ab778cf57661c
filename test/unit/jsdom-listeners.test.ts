import { expect, test } from 'vitest';

// Guards test/support/jsdom-listeners.ts: without it every parsed document leaves nine listeners on the window
// and the Node tiers slow down quadratically (the XSS and corpus sweeps parse thousands of documents per file).
test('parsing documents leaves no listeners on the test window', () => {
  const jsdomWindow = (globalThis as unknown as { jsdom: { window: object } }).jsdom.window;
  const implKey = Object.getOwnPropertySymbols(jsdomWindow).find((s) => s.description === 'impl');
  expect(implKey, 'jsdom window implementation symbol').toBeDefined();
  const impl = (jsdomWindow as Record<symbol, { _eventListeners?: Record<string, unknown[]> }>)[implKey as symbol] ?? {};
  const clicks = () => impl._eventListeners?.click?.length ?? 0;

  const before = clicks();
  for (let i = 0; i < 50; i++) {
    new DOMParser().parseFromString('<p>x</p>', 'text/html');
    document.implementation.createHTMLDocument('');
  }
  expect(clicks()).toBe(before);

  // The window's own listeners still work.
  let heard = 0;
  window.addEventListener('click', () => heard++);
  document.body.click();
  expect(heard).toBe(1);
});
