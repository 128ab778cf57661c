/** Reading progress and the remembered place per post (issue 11, item 5): bounded storage, edges forgotten. */
import { describe, expect, it } from 'vitest';
import { createPositionStore, MAX_POSITIONS, POSITIONS_KEY, trackReading } from '../../../src/reader/reading-position';

function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    area: {
      get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
    },
  };
}

describe('position store', () => {
  it('remembers a place per post; the top and the end are forgotten', async () => {
    const { area } = memoryArea();
    const store = createPositionStore(area);
    await store.set('https://a.example/1/', 0.42);
    expect(await store.get('https://a.example/1/')).toBe(0.42);
    expect(await store.get('https://a.example/2/')).toBeUndefined();
    await store.set('https://a.example/1/', 0.99);
    expect(await store.get('https://a.example/1/')).toBeUndefined();
    await store.set('https://a.example/1/', 0.5);
    await store.set('https://a.example/1/', 0.01);
    expect(await store.get('https://a.example/1/')).toBeUndefined();
  });

  it(`bounded: at most ${MAX_POSITIONS} posts, the least recently read go first`, async () => {
    const { area, data } = memoryArea();
    let clock = 0;
    const store = createPositionStore(area, () => ++clock);
    for (let i = 0; i < MAX_POSITIONS + 25; i++) await store.set(`https://a.example/${i}/`, 0.5);
    expect(Object.keys(data[POSITIONS_KEY] as object)).toHaveLength(MAX_POSITIONS);
    expect(await store.get('https://a.example/0/')).toBeUndefined();
    expect(await store.get(`https://a.example/${MAX_POSITIONS + 24}/`)).toBe(0.5);
  });

  it('ignores what it did not write (another version, a hand edit) and survives storage failures', async () => {
    const { area, data } = memoryArea();
    data[POSITIONS_KEY] = { 'https://a.example/x/': [7, 1], 'https://a.example/y/': 'no', 'https://a.example/z/': [0.3, 5] };
    const store = createPositionStore(area);
    expect(await store.get('https://a.example/x/')).toBeUndefined();
    expect(await store.get('https://a.example/z/')).toBe(0.3);
    const broken = createPositionStore({ get: async () => Promise.reject(new Error('off')), set: async () => undefined });
    expect(await broken.get('https://a.example/z/')).toBeUndefined();
  });
});

describe('trackReading', () => {
  it('a post opened again continues at its place, and the bar shows how far', async () => {
    const { area } = memoryArea();
    const store = createPositionStore(area);
    await store.set('https://a.example/1/', 0.5);
    const page = document.scrollingElement ?? document.documentElement;
    Object.defineProperty(page, 'scrollHeight', { configurable: true, value: 3000 });
    Object.defineProperty(page, 'clientHeight', { configurable: true, value: 1000 });
    const bar = document.createElement('div');
    const reading = trackReading(document, bar, store);
    expect(await reading.show('https://a.example/1/')).toBe(true);
    expect(page.scrollTop).toBe(1000);
    expect(bar.style.transform).toBe('scaleX(0.5)');
    page.scrollTop = 1500;
    reading.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(await store.get('https://a.example/1/')).toBe(0.75);
    expect(await reading.show('https://a.example/2/')).toBe(false);
  });
});
