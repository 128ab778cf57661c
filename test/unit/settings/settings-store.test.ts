import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings, SettingsStorage } from '../../../src/shared/settings';

vi.mock('webextension-polyfill', () => import('../reader/support/browser-mock'));

const { createSettingsStore, DEFAULT_SETTINGS, STORAGE_KEY } = await import('../../../src/shared/settings');

type Listener = Parameters<SettingsStorage['onChanged']['addListener']>[0];

function fakeStorage(initial: unknown) {
  let stored: unknown = initial;
  const listeners = new Set<Listener>();
  const storage: SettingsStorage = {
    areaName: 'sync',
    area: {
      get: vi.fn(async () => (stored === undefined ? {} : { [STORAGE_KEY]: structuredClone(stored) })),
      set: vi.fn(async (items: Record<string, unknown>) => {
        stored = items[STORAGE_KEY];
        for (const l of listeners) l({ [STORAGE_KEY]: { newValue: stored } }, 'sync');
      }),
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  const emit = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    for (const l of listeners) l(changes, area);
  };
  return { storage, stored: () => stored, emit };
}

describe('settings store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads and validates what storage holds', async () => {
    const { storage } = fakeStorage({ theme: 'dark', fontSize: 99, font: 7 });
    expect(await createSettingsStore(storage).load()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 28 });
  });

  it('falls back to the defaults when storage throws', async () => {
    const { storage } = fakeStorage(undefined);
    storage.area.get = () => Promise.reject(new Error('sync disabled'));
    expect(await createSettingsStore(storage).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('debounces writes and merges partial changes into one write', async () => {
    const { storage, stored } = fakeStorage({ theme: 'sepia' });
    const store = createSettingsStore(storage, 400);
    const a = store.save({ fontSize: 20 });
    const b = store.save({ fontSize: 22 });
    const c = store.save({ lineWidth: 80 });
    expect(storage.area.set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    await Promise.all([a, b, c]);
    expect(storage.area.set).toHaveBeenCalledOnce();
    expect(stored()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22, lineWidth: 80 });
  });

  it('validates what it writes', async () => {
    const { storage, stored } = fakeStorage(undefined);
    const store = createSettingsStore(storage, 10);
    const done = store.save({ lineHeight: 5, theme: 'neon' as never });
    await vi.advanceTimersByTimeAsync(10);
    await done;
    expect(stored()).toEqual({ ...DEFAULT_SETTINGS, lineHeight: 2 });
  });

  it('flush writes a pending change at once', async () => {
    const { storage, stored } = fakeStorage(undefined);
    const store = createSettingsStore(storage, 10_000);
    void store.save({ theme: 'dark' });
    await store.flush();
    expect((stored() as { theme: string }).theme).toBe('dark');
  });

  it('reports validated changes from its own area only, and can stop listening', () => {
    const { storage, emit } = fakeStorage(undefined);
    const cb = vi.fn();
    const stop = createSettingsStore(storage).onChanged(cb);
    emit({ [STORAGE_KEY]: { newValue: { theme: 'dark', fontSize: 'x' } } }, 'sync');
    emit({ [STORAGE_KEY]: { newValue: { theme: 'sepia' } } }, 'local');
    emit({ other: { newValue: 1 } }, 'sync');
    expect(cb).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
    stop();
    emit({ [STORAGE_KEY]: { newValue: { theme: 'light' } } }, 'sync');
    expect(cb).toHaveBeenCalledOnce();
  });

  it('the echo of an earlier write does not undo a change still waiting for its debounce', async () => {
    const { storage, emit } = fakeStorage(undefined);
    const store = createSettingsStore(storage, 400);
    const seen: Settings[] = [];
    store.onChanged((s) => seen.push(s));
    void store.save({ justify: true });
    await store.flush(); // written: its echo carries justify
    void store.save({ paragraphSpacing: 2 }); // waiting for the debounce
    emit({ [STORAGE_KEY]: { newValue: { ...DEFAULT_SETTINGS, justify: true } } }, 'sync'); // a late echo of the first write
    expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, justify: true, paragraphSpacing: 2 });
    expect(await store.load()).toEqual({ ...DEFAULT_SETTINGS, justify: true, paragraphSpacing: 2 });
    // Another context's change still comes through for what this one did not touch.
    emit({ [STORAGE_KEY]: { newValue: { ...DEFAULT_SETTINGS, theme: 'dark' } } }, 'sync');
    expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', paragraphSpacing: 2 });
    await vi.advanceTimersByTimeAsync(400); // its own write and echo
    expect(seen.at(-1)).toMatchObject({ justify: true, paragraphSpacing: 2 });
  });

  it('a change being written is kept over echoes until storage has it', async () => {
    const { storage, emit } = fakeStorage(undefined);
    let release: () => void = () => undefined;
    const realSet = storage.area.set;
    storage.area.set = (items) => new Promise<void>((r) => (release = () => void realSet(items).then(r)));
    const store = createSettingsStore(storage, 10);
    const seen: Settings[] = [];
    store.onChanged((s) => seen.push(s));
    const done = store.save({ font: 'mono' });
    await vi.advanceTimersByTimeAsync(10); // handed to storage.set, not confirmed
    emit({ [STORAGE_KEY]: { newValue: { ...DEFAULT_SETTINGS } } }, 'sync');
    expect(seen.at(-1)?.font).toBe('mono');
    release();
    await done;
    emit({ [STORAGE_KEY]: { newValue: { ...DEFAULT_SETTINGS, font: 'sans' } } }, 'sync'); // a later change elsewhere wins
    expect(seen.at(-1)?.font).toBe('sans');
  });

  it('the default store uses browser.storage.sync', async () => {
    const { saveSettings, loadSettings, settingsStore } = await import('../../../src/shared/settings');
    const done = saveSettings({ font: 'sans' });
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(await loadSettings()).toMatchObject({ font: 'sans' });
    const browser = (await import('webextension-polyfill')).default;
    expect(await browser.storage.sync.get(STORAGE_KEY)).toEqual({ [STORAGE_KEY]: { ...DEFAULT_SETTINGS, font: 'sans' } });
    expect(settingsStore()).toBe(settingsStore());
  });
});
