/**
 * A small stand-in for `webextension-polyfill` in jsdom tests:
 *   vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));
 * i18n answers with the real English strings (the shipped _locales/en/messages.json),
 * storage is in memory with a working onChanged, permissions keep a granted set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');

function loadMessages(): Record<string, Entry> {
  const files = [resolve(root, '_locales/en/messages.json')];
  const merged: Record<string, Entry> = {};
  for (const file of files) {
    if (existsSync(file)) Object.assign(merged, JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>);
  }
  return merged;
}

export const messages = loadMessages();

/** Chrome's substitution rules: $NAME$ → placeholder content, then $1..$9 → substitutions. */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  let text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : match;
  });
  text = text.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  return text.replace(/\$\$/g, '$');
}

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
const listeners = new Set<Listener>();

function memoryArea(name: string) {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key?: string | string[] | null): Promise<Record<string, unknown>> {
      const keys = key === undefined || key === null ? [...data.keys()] : Array.isArray(key) ? key : [key];
      const out: Record<string, unknown> = {};
      for (const k of keys) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      for (const l of listeners) l(changes, name);
    },
  };
}

const granted = new Set<string>();

/** What `tabs.get(id).url` answers (the browser's own view of a tab's page); tests set it. */
export const tabUrls = new Map<number, string>();

export const browser = {
  i18n: { getMessage, getUILanguage: () => 'en-US' },
  storage: {
    sync: memoryArea('sync'),
    local: memoryArea('local'),
    onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  },
  permissions: {
    granted,
    request: async ({ origins = [] }: { origins?: string[] }) => {
      for (const o of origins) granted.add(o);
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      for (const o of origins) granted.delete(o);
      return true;
    },
    getAll: async () => ({ permissions: ['activeTab', 'storage'], origins: [...granted] }),
  },
  tabs: {
    get: async (tabId: number) => ({ id: tabId, url: tabUrls.get(tabId) }),
  },
  runtime: {
    getManifest: () => ({ manifest_version: 3, host_permissions: [], optional_host_permissions: ['*://*/*'] }),
    sendMessage: async () => undefined,
  },
};

export default browser;
