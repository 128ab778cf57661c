/**
 * Test builds only (declared in the test manifest for http://127.0.0.1/* — the e2e fixture server):
 * lets a test drive the extension where the browser cannot simulate a toolbar click (Firefox), via
 *   window.postMessage({clearpostTest: 'click' | 'copy-text' | 'copy-markdown' | 'copy-html' | 'copy-quote'}, '*')
 * and reports copy results back as window.postMessage({clearpostTestResult: {action, text | error}}).
 * 'copy-quote' is the context menu "Copy quote with source" on the page's selection, or, when <html> carries
 * data-clearpost-test-frame-url, on a selection in that frame (the reader's URL: the click is relayed to it).
 * 'reset-storage' empties the extension's storage.sync and storage.local, as a fresh profile has them: the e2e
 * tier keeps one browser across its files (test/e2e/support/suite.ts), and no file may see another's settings.
 * Once the background has taken an action it also posts {clearpostTestAck: action}, so a test waits for the
 * handler instead of a fixed window (issue 13: that window cost every Firefox click 1.5 s).
 *
 * It also forges messages for the hostile tier (test/hostile/forged-messages.test.ts): a compromised renderer can
 * send anything our content script could, from the content script's world, with the browser's real sender.
 * Chromium's test reaches that world over CDP; Firefox's WebDriver BiDi cannot enter an extension's content-script
 * sandbox, so there the page asks this script (which runs in that world) to send the raw envelope:
 *   window.postMessage({clearpostTestForge: {cp: 1, type, payload}}, '*') → {clearpostTestForgeReply: reply}
 */
import type { TestAction, ToContent } from '../shared/messages';
import browser from 'webextension-polyfill';
import { handleMessages, isEnvelope, sendToBackground } from '../shared/messaging';

const ACTIONS: readonly TestAction[] = ['click', 'copy-text', 'copy-markdown', 'copy-html', 'copy-quote', 'reset-storage'];

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window || typeof event.data !== 'object' || event.data === null) return;
  const forged = (event.data as { clearpostTestForge?: unknown }).clearpostTestForge;
  if (isEnvelope(forged)) {
    void browser.runtime.sendMessage(forged).then(
      (reply: unknown) => window.postMessage({ clearpostTestForgeReply: reply ?? null }, '*'),
      (error: unknown) => window.postMessage({ clearpostTestForgeReply: { error: String(error) } }, '*'),
    );
    return;
  }
  const action = (event.data as { clearpostTest?: unknown }).clearpostTest;
  if (!ACTIONS.includes(action as TestAction)) return;
  // 'copy-quote' as if clicked in another frame (the reader's): the test names that frame's URL on <html>.
  const frameUrl = action === 'copy-quote' ? document.documentElement.getAttribute('data-clearpost-test-frame-url') : null;
  void sendToBackground('testTrigger', { action: action as TestAction, ...(frameUrl ? { frameUrl } : {}) }).then(
    () => window.postMessage({ clearpostTestAck: action }, '*'),
    (error: unknown) => window.postMessage({ clearpostTestResult: { action, error: String(error) } }, '*'),
  );
});

handleMessages<ToContent>(
  {
    testResult: (result) => {
      window.postMessage({ clearpostTestResult: result }, '*');
    },
  },
  {},
  'background',
);
