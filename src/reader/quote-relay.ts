/**
 * The background's relay of the context menu's "Copy quote with source" clicked in this reader frame
 * (src/background/quote-from-menu.ts). A runtime broadcast reaches every extension page: only the frame
 * showing that session answers, and only to the background; every other message is left to other listeners.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Reply } from '../shared/messaging';
import { isEnvelope, type OwnExtension, senderAllowed } from '../shared/messaging';

export function quoteRelay(session: string, own: OwnExtension, copyQuote: () => Promise<void>) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined => {
    if (!session || !isEnvelope(message) || message.type !== 'quoteSelection') return undefined;
    const payload = message.payload as { session?: unknown } | null;
    if (payload?.session !== session || !senderAllowed(sender, 'background', own)) return undefined;
    return copyQuote().then((): Reply => ({ cp: 1, ok: true }));
  };
}
