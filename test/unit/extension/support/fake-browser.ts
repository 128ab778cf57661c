/**
 * A small in-memory stand-in for `webextension-polyfill` for the extension's unit tests:
 *   vi.mock('webextension-polyfill', () => import('./support/fake-browser'));
 * runtime.sendMessage delivers to the registered onMessage listeners with a configurable sender, the
 * way Chromium does: the first listener that returns a promise answers; none → the call rejects.
 */
import type { Runtime } from 'webextension-polyfill';

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

const listeners = new Set<Listener>();
/** The sender the next runtime.sendMessage appears to come from (tests set it). */
export const state: { sender: Runtime.MessageSender; tabMessages: Array<{ tabId: number; message: unknown }> } = {
  sender: { id: EXTENSION_ID, url: `${ORIGIN}reader.html` },
  tabMessages: [],
};

async function deliver(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  // Structured clone, like the real boundary: class instances and functions do not survive.
  const copy: unknown = JSON.parse(JSON.stringify(message));
  for (const listener of listeners) {
    const answer = listener(copy, sender);
    if (answer !== undefined) return JSON.parse(JSON.stringify((await answer) ?? null)) as unknown;
  }
  throw new Error('Could not establish connection. Receiving end does not exist.');
}

const browser = {
  runtime: {
    id: EXTENSION_ID,
    getURL: (path: string) => `${ORIGIN}${path.replace(/^\//, '')}`,
    onMessage: {
      addListener: (l: Listener) => void listeners.add(l),
      removeListener: (l: Listener) => void listeners.delete(l),
      hasListener: (l: Listener) => listeners.has(l),
    },
    sendMessage: (message: unknown) => deliver(message, state.sender),
  },
  tabs: {
    sendMessage: (tabId: number, message: unknown) => {
      state.tabMessages.push({ tabId, message });
      return deliver(message, { id: EXTENSION_ID });
    },
  },
};

export function resetFakeBrowser(): void {
  listeners.clear();
  state.sender = { id: EXTENSION_ID, url: `${ORIGIN}reader.html` };
  state.tabMessages = [];
}

export default browser;
