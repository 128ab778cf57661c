/**
 * Reading progress and the remembered place in each post (issue 11, item 5). A thin bar under the toolbar
 * follows the scroll; where the reader stopped in a post is kept in storage.local (this device only, removed
 * with the extension's data), at most MAX_POSITIONS posts (the oldest go first), and a post opened again
 * continues there. A post read to its end, or left at its top, is forgotten: nothing to continue.
 */
export const POSITIONS_KEY = 'readingPositions';
export const MAX_POSITIONS = 200;
const MAX_URL = 2048;
/** Below / above these fractions of the scroll range there is nothing to continue. */
const EDGE = 0.03;
const SAVE_DEBOUNCE_MS = 800;

export interface PositionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PositionStore {
  get(url: string): Promise<number | undefined>;
  set(url: string, fraction: number): Promise<void>;
}

type Entries = Record<string, [fraction: number, at: number]>;

function read(value: unknown): Entries {
  const out: Entries = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [url, entry] of Object.entries(value)) {
    if (Array.isArray(entry) && typeof entry[0] === 'number' && typeof entry[1] === 'number' && entry[0] > 0 && entry[0] < 1)
      out[url] = [entry[0], entry[1]];
  }
  return out;
}

export function createPositionStore(area: PositionArea, now: () => number = Date.now): PositionStore {
  return {
    async get(url) {
      try {
        return read((await area.get(POSITIONS_KEY))[POSITIONS_KEY])[url]?.[0];
      } catch {
        return undefined; // storage unavailable: start at the top
      }
    },
    async set(url, fraction) {
      if (url.length > MAX_URL || !Number.isFinite(fraction)) return;
      const entries = read((await area.get(POSITIONS_KEY))[POSITIONS_KEY]);
      if (fraction < EDGE || fraction > 1 - EDGE) delete entries[url];
      else entries[url] = [Math.round(fraction * 10_000) / 10_000, now()];
      const kept = Object.entries(entries)
        .sort((a, b) => b[1][1] - a[1][1])
        .slice(0, MAX_POSITIONS);
      await area.set({ [POSITIONS_KEY]: Object.fromEntries(kept) });
    },
  };
}

export interface ReadingPosition {
  /** A post was shown: continue where the reader left it (resolves true when it did). */
  show(url: string): Promise<boolean>;
  /** Writes the current place now (the frame is about to go). */
  flush(): void;
}

/** The scroll range's fraction read so far, 0 when nothing scrolls. */
function fractionOf(doc: Document): number {
  const page = doc.scrollingElement ?? doc.documentElement;
  const range = page.scrollHeight - page.clientHeight;
  return range > 0 ? Math.min(1, Math.max(0, page.scrollTop / range)) : 0;
}

export function trackReading(doc: Document, bar: HTMLElement | null, store: PositionStore | undefined): ReadingPosition {
  const win = doc.defaultView;
  let url: string | undefined;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (url !== undefined) void store?.set(url, fractionOf(doc)).catch(() => undefined);
  };
  const paint = (): void => {
    frame = 0;
    // CSSOM, not a style attribute: allowed under the extension's CSP.
    if (bar) bar.style.transform = `scaleX(${fractionOf(doc)})`;
  };
  win?.addEventListener(
    'scroll',
    () => {
      if (!frame && typeof win.requestAnimationFrame === 'function') frame = win.requestAnimationFrame(paint);
      if (store && url !== undefined) {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(save, SAVE_DEBOUNCE_MS);
      }
    },
    { passive: true },
  );
  return {
    async show(next) {
      if (timer !== undefined) save(); // the place in the post being left
      url = next;
      paint();
      const fraction = store ? await store.get(next) : undefined;
      if (fraction === undefined || url !== next) return false;
      const page = doc.scrollingElement ?? doc.documentElement;
      page.scrollTop = fraction * (page.scrollHeight - page.clientHeight);
      paint();
      return true;
    },
    flush: save,
  };
}
