/**
 * Test builds only (declared in the test manifest for http://127.0.0.1/* — the e2e fixture server):
 * lets a test drive the extension where the browser cannot simulate a toolbar click (Firefox), via
 *   window.postMessage({clearpostTest: 'click' | 'copy-text' | 'copy-markdown'}, '*')
 * and reports copy results back as window.postMessage({clearpostTestResult: {action, text | error}}).
 */
import type { TestAction, ToContent } from '../shared/messages';
import { handleMessages, sendToBackground } from '../shared/messaging';

const ACTIONS: readonly TestAction[] = ['click', 'copy-text', 'copy-markdown'];

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window || typeof event.data !== 'object' || event.data === null) return;
  const action = (event.data as { clearpostTest?: unknown }).clearpostTest;
  if (!ACTIONS.includes(action as TestAction)) return;
  void sendToBackground('testTrigger', { action: action as TestAction }).catch((error: unknown) => {
    window.postMessage({ clearpostTestResult: { action, error: String(error) } }, '*');
  });
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
