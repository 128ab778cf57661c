import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/content/detector.ts?script&iife', () => ({ default: 'src/content/detector.js' }));

const registered = new Map<string, { id: string; js?: string[]; matches?: string[]; persistAcrossSessions?: boolean }>();
const granted: { origins: string[]; permissions: string[] } = { origins: [], permissions: [] };

vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: { getAll: async () => structuredClone(granted) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      registerContentScripts: async (scripts: Array<{ id: string }>) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
      updateContentScripts: async (scripts: Array<{ id: string }>) => {
        for (const s of scripts) registered.set(s.id, { ...registered.get(s.id)!, ...s });
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
      },
    },
  },
}));

const { syncDetector, grantedWebOrigins, DETECTOR_ID } = await import('../../../src/background/auto-detect');

describe('opt-in auto-detect registration', () => {
  beforeEach(() => {
    registered.clear();
    granted.origins = [];
  });

  it('registers nothing while no site is granted', async () => {
    await syncDetector();
    expect(registered.size).toBe(0);
  });

  it('registers the detector for exactly the granted sites, then follows grants and removals', async () => {
    granted.origins = ['https://blog.example/*'];
    await syncDetector();
    expect(registered.get(DETECTOR_ID)).toMatchObject({
      js: ['src/content/detector.js'],
      matches: ['https://blog.example/*'],
      persistAcrossSessions: true,
    });
    granted.origins = ['https://blog.example/*', 'http://news.example/*'];
    await syncDetector(); // permissions.onAdded: update, not a duplicate registration
    expect(registered.get(DETECTOR_ID)?.matches).toEqual(['https://blog.example/*', 'http://news.example/*']);
    granted.origins = [];
    await syncDetector(); // permissions.onRemoved of the last site
    expect(registered.size).toBe(0);
  });

  it('ignores non-web origins', () => {
    expect(grantedWebOrigins(['moz-extension://abc/*', 'https://a.example/*', '<all_urls>', '*://b.example/*'])).toEqual([
      'https://a.example/*',
      '*://b.example/*',
    ]);
    expect(grantedWebOrigins(undefined)).toEqual([]);
  });
});
