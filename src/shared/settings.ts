/**
 * Reader settings: one typed defaults object, validation on read (per field, falling back to the default
 * of that field only), debounced writes to storage.sync, and a change feed.
 * Pattern from darkreader's `validateSettings` + webext-options-sync's `typeof defaults` (docs/style.md §9.3).
 *
 * Storage is injectable (`createSettingsStore(storage)`) so unit tests never need an extension runtime;
 * the module-level functions use `browser.storage` lazily.
 */
import browser from 'webextension-polyfill';

export const THEMES = ['auto', 'light', 'dark', 'sepia'] as const;
/**
 * `hyperlegible`: Atkinson Hyperlegible Next (Braille Institute, SIL OFL 1.1), bundled because letters that mirror or
 * look alike (b d p q, I l 1, O 0) are drawn apart, which readers with dyslexia or low vision ask for; its files
 * are fetched from the extension only when it is chosen (an unused @font-face loads nothing). `mono`: the system's.
 */
export const FONTS = ['serif', 'sans', 'hyperlegible', 'mono'] as const;
/**
 * "Load images from other sites": `always`, or `click` (an image whose host is not the post's site, by registrable
 * domain, shows a button with its host and alt text instead; nothing is requested before the click). README "Privacy".
 */
export const IMAGE_LOADING = ['always', 'click'] as const;
/** Markdown for notes apps (issue 10 §4, src/core/export/meta.ts MarkdownOptions): link and image styles. */
export const MD_LINKS = ['inline', 'reference'] as const;
export const MD_IMAGES = ['keep', 'alt', 'none'] as const;
/** The Cite panel's last style (issue 10 §3); the order is the panel's. */
export const CITE_STYLES = ['apa', 'mla', 'chicago', 'chicagoNote', 'harvard', 'bibtex', 'ris', 'csl'] as const;
export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type ImageLoading = (typeof IMAGE_LOADING)[number];

/** Numeric ranges (inclusive) and the step the UI uses; values are clamped and snapped to the step. */
export const RANGES = {
  fontSize: { min: 14, max: 28, step: 1 }, // px
  lineWidth: { min: 45, max: 90, step: 1 }, // ch: 45–90 is the classic comfortable measure
  lineHeight: { min: 1.3, max: 2.0, step: 0.05 }, // unitless multiplier
  paragraphSpacing: { min: 0.5, max: 2.5, step: 0.25 }, // em between paragraphs
  aloudRate: { min: 0.5, max: 2.0, step: 0.05 }, // SpeechSynthesisUtterance.rate (1 = the voice's normal speed)
} as const;

/**
 * Read aloud's voice per article language (primary subtag → voiceURI): a voice chosen for a German article must
 * not read the next English one. No entry: the first local voice for that language (src/reader/aloud/voices.ts).
 */
export type AloudVoices = Record<string, string>;
/** Bounds on the voice map: storage.sync allows 8 KB per item, and the map is site-independent user data. */
export const ALOUD_VOICES_MAX = 24;
const VOICE_URI_MAX = 200;

export const DEFAULT_SETTINGS = {
  theme: 'auto' as Theme,
  font: 'serif' as Font,
  fontSize: 19,
  lineWidth: 66,
  lineHeight: 1.6,
  otherSiteImages: 'always' as ImageLoading,
  paragraphSpacing: 1,
  /** Justified text (ragged-right when off, the default: even word spacing reads more easily for many). */
  justify: false,
  /** Hyphenation in the article's language (CSS `hyphens: auto`), on as before this setting existed. */
  hyphenate: true,
  aloudRate: 1,
  aloudVoices: {} as AloudVoices,
  /** Off by default: the clipboard's Markdown stays what it was; notes-app users turn it on. */
  mdFrontMatter: false,
  mdLinks: 'inline' as (typeof MD_LINKS)[number],
  mdImages: 'keep' as (typeof MD_IMAGES)[number],
  citeStyle: 'apa' as (typeof CITE_STYLES)[number],
};

/** Widened by the `as` casts above: `theme` is `Theme`, not the literal 'auto'. */
export type Settings = typeof DEFAULT_SETTINGS;
export type NumericSetting = keyof typeof RANGES;

/** The one storage.sync key (a single small item, far below the 8 KB per-item quota). */
export const STORAGE_KEY = 'settings';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Clamp into the range and snap to its step; non-finite or non-numbers give `undefined`. */
export function clampSetting(key: NumericSetting, value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const { min, max, step } = RANGES[key];
  const clamped = Math.min(max, Math.max(min, value));
  const snapped = min + Math.round((clamped - min) / step) * step;
  // Round away float noise (1.3 + 6 * 0.05 = 1.6000000000000003).
  return Math.min(max, Number(snapped.toFixed(2)));
}

/** Anything in, a complete valid Settings out. Bad fields fall back to their own default only. */
export function validateSettings(raw: unknown): Settings {
  const input: Record<string, unknown> = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    theme: isOneOf(THEMES, input.theme) ? input.theme : DEFAULT_SETTINGS.theme,
    font: isOneOf(FONTS, input.font) ? input.font : DEFAULT_SETTINGS.font,
    fontSize: clampSetting('fontSize', input.fontSize) ?? DEFAULT_SETTINGS.fontSize,
    lineWidth: clampSetting('lineWidth', input.lineWidth) ?? DEFAULT_SETTINGS.lineWidth,
    lineHeight: clampSetting('lineHeight', input.lineHeight) ?? DEFAULT_SETTINGS.lineHeight,
    otherSiteImages: isOneOf(IMAGE_LOADING, input.otherSiteImages) ? input.otherSiteImages : DEFAULT_SETTINGS.otherSiteImages,
    paragraphSpacing: clampSetting('paragraphSpacing', input.paragraphSpacing) ?? DEFAULT_SETTINGS.paragraphSpacing,
    justify: typeof input.justify === 'boolean' ? input.justify : DEFAULT_SETTINGS.justify,
    hyphenate: typeof input.hyphenate === 'boolean' ? input.hyphenate : DEFAULT_SETTINGS.hyphenate,
    aloudRate: clampSetting('aloudRate', input.aloudRate) ?? DEFAULT_SETTINGS.aloudRate,
    aloudVoices: validateVoices(input.aloudVoices),
    mdFrontMatter: typeof input.mdFrontMatter === 'boolean' ? input.mdFrontMatter : DEFAULT_SETTINGS.mdFrontMatter,
    mdLinks: isOneOf(MD_LINKS, input.mdLinks) ? input.mdLinks : DEFAULT_SETTINGS.mdLinks,
    mdImages: isOneOf(MD_IMAGES, input.mdImages) ? input.mdImages : DEFAULT_SETTINGS.mdImages,
    citeStyle: isOneOf(CITE_STYLES, input.citeStyle) ? input.citeStyle : DEFAULT_SETTINGS.citeStyle,
  };
}

/** Keeps only `language → voiceURI` string pairs with a plausible language key; at most ALOUD_VOICES_MAX. */
function validateVoices(raw: unknown): AloudVoices {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const entries = Object.entries(raw as Record<string, unknown>).filter(
    (entry): entry is [string, string] =>
      /^[a-z]{2,3}$/.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length > 0 && entry[1].length <= VOICE_URI_MAX,
  );
  return Object.fromEntries(entries.slice(0, ALOUD_VOICES_MAX));
}

/** The slice of `storage` the settings need (structurally compatible with browser.storage). */
export interface SettingsStorage {
  area: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /** Name of the area above as reported by onChanged ('sync'). */
  areaName: string;
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  };
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Merges `partial` into the stored settings; the write is debounced. Resolves once written. */
  save(partial: Partial<Settings>): Promise<void>;
  /** Calls `cb` with validated settings whenever they change (in any tab, or the options page). */
  onChanged(cb: (settings: Settings) => void): () => void;
  /** Writes a pending change now (e.g. before the page unloads). */
  flush(): Promise<void>;
}

/** Dragging a slider fires many input events; storage.sync has write quotas (120/min in Chromium). */
export const SAVE_DEBOUNCE_MS = 400;

export function createSettingsStore(storage: SettingsStorage, debounceMs = SAVE_DEBOUNCE_MS): SettingsStore {
  let pending: Partial<Settings> = {};
  /** Changes handed to storage.set and not yet confirmed. */
  let inFlight: Partial<Settings> = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];

  async function readStored(): Promise<Settings> {
    try {
      const items = await storage.area.get(STORAGE_KEY);
      return validateSettings(items[STORAGE_KEY]);
    } catch {
      // Sync storage can be unavailable (disabled by policy, profile errors): the reader still works.
      return { ...DEFAULT_SETTINGS };
    }
  }

  async function write(): Promise<void> {
    timer = undefined;
    const changes = pending;
    const batch = waiters;
    pending = {};
    waiters = [];
    inFlight = { ...inFlight, ...changes };
    try {
      // Re-read so a change made meanwhile in another tab is merged, not overwritten.
      const next = validateSettings({ ...(await readStored()), ...changes });
      await storage.area.set({ [STORAGE_KEY]: next });
      for (const w of batch) w.resolve();
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      for (const key of Object.keys(changes) as Array<keyof Settings>) if (inFlight[key] === changes[key]) delete inFlight[key];
    }
  }

  /**
   * What this context changed and storage does not hold yet, laid over what storage reports. Without it the echo
   * of an earlier write (storage.onChanged fires in every context, the writer's too) undid a change still waiting
   * for its debounce: in Firefox a slider moved right after a checkbox snapped back until its own write landed.
   */
  const withUnwritten = (settings: Settings): Settings => validateSettings({ ...settings, ...inFlight, ...pending });

  return {
    load: async () => withUnwritten(await readStored()),
    save(partial) {
      pending = { ...pending, ...partial };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void write(), debounceMs);
      return new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
    },
    async flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      await write();
    },
    onChanged(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
        const change = changes[STORAGE_KEY];
        if (areaName !== storage.areaName || !change) return;
        cb(withUnwritten(validateSettings(change.newValue)));
      };
      storage.onChanged.addListener(listener);
      return () => storage.onChanged.removeListener(listener);
    },
  };
}

let defaultStore: SettingsStore | undefined;

/** The store on browser.storage.sync, created on first use (importing this module touches no API). */
export function settingsStore(): SettingsStore {
  defaultStore ??= createSettingsStore({
    area: browser.storage.sync,
    areaName: 'sync',
    onChanged: browser.storage.onChanged,
  });
  return defaultStore;
}

export const loadSettings = (): Promise<Settings> => settingsStore().load();
export const saveSettings = (partial: Partial<Settings>): Promise<void> => settingsStore().save(partial);
export const onSettingsChanged = (cb: (settings: Settings) => void): (() => void) => settingsStore().onChanged(cb);
