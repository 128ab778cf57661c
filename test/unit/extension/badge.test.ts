import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const badge = new Map<number, { text: string; color?: string; title?: string }>();
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: { getMessage: (key: string) => (key === 'actionTitle' ? 'Open in Clearpost reader' : key), getUILanguage: () => 'en' },
    action: {
      getBadgeText: async ({ tabId }: { tabId: number }) => badge.get(tabId)?.text ?? '',
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badge.set(tabId, { ...badge.get(tabId), text }),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) =>
        void badge.set(tabId, { text: '', ...badge.get(tabId), color }),
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => {
        if (typeof title !== 'string') throw new TypeError('Chromium wants a string title');
        badge.set(tabId, { text: '', ...badge.get(tabId), title });
      },
    },
  },
}));

const { flashBadge, setBadge } = await import('../../../src/background/badge');

describe('badge', () => {
  beforeEach(() => {
    badge.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('flashes a confirmation with its tooltip, then clears it and restores the default tooltip', async () => {
    await flashBadge(3, 'ok', 'Copied as clean text');
    expect(badge.get(3)).toMatchObject({ text: '✓', title: 'Copied as clean text' });
    await vi.advanceTimersByTimeAsync(3000);
    expect(badge.get(3)).toMatchObject({ text: '', title: 'Open in Clearpost reader' });
  });

  it('puts the auto-detect "WP" mark back after a flash, on that tab only', async () => {
    await setBadge(5, 'wordpress', 'WordPress article');
    await flashBadge(5, 'error', 'It failed');
    await flashBadge(6, 'restricted');
    expect(badge.get(5)?.text).toBe('!');
    await vi.advanceTimersByTimeAsync(3000);
    expect(badge.get(5)?.text).toBe('WP');
    expect(badge.get(6)?.text).toBe('');
  });
});
