/**
 * The page a message or a reply really came from, as the BROWSER reports it (issue 13, security 1): a
 * content script's own claims (its Detection's `pageUrl`) come from the page's renderer, which a compromised
 * renderer controls; `MessageSender.url` / `frameId` and `tabs.get().url` are filled in by the browser.
 * core/detect/boundary.ts binds a Detection to the URL returned here.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { DetectionRefused } from '../core/detect/boundary';

/** The sender's page URL: its tab's top frame only (we inject nowhere else), on the tab's own origin. */
export function senderPageUrl(sender: Runtime.MessageSender): string {
  const url = sender.url;
  if (sender.frameId !== 0 || typeof url !== 'string') throw new DetectionRefused('sender', 'frame');
  const tabUrl = sender.tab?.url;
  // Both come from the browser; they differ only while the tab moves to another page (a stale sender).
  if (typeof tabUrl === 'string' && originOf(tabUrl) !== originOf(url)) throw new DetectionRefused('sender', 'tab');
  return url;
}

/** The URL of the page in `tabId`'s top frame (activeTab or a host permission makes it visible). */
export async function tabPageUrl(tabId: number): Promise<string> {
  const url = (await browser.tabs.get(tabId)).url;
  if (typeof url !== 'string') throw new DetectionRefused('sender', 'tab');
  return url;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
