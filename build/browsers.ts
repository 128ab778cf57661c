/**
 * The one source manifest (manifest.json, written in Chromium's MV3 form) plus the per-browser and
 * test-build differences, expressed as data and applied by `manifestFor`. Pure: used by vite.config.ts
 * and checked by test/unit/extension/manifest.build.test.ts.
 */

export type TargetBrowser = 'chrome' | 'firefox';

/** The manifest fields this module reads or writes; everything else passes through untouched. */
export interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: Array<{ matches: string[]; js: string[]; run_at?: string; all_frames?: boolean }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version?: string; data_collection_permissions?: { required: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
  minimum_chrome_version?: string;
  [key: string]: unknown;
}

/**
 * Chromium 116: `runtime.getContexts` (src/background/clipboard.ts finds the offscreen document with it;
 * https://developer.chrome.com/docs/extensions/reference/api/runtime#method-getContexts) is the newest API
 * Clearpost needs; the `offscreen` API with reason CLIPBOARD (109), `scripting.registerContentScripts` (96) and
 * CSS `:has()` (105) are older. Newer features are feature-detected and optional: `scheduler.yield` (129),
 * `AbortSignal.any` (116), `text-wrap: balance` (114). Firefox ignores the key, so only Chromium's manifest has it.
 */
export const CHROME_MIN_VERSION = '116';
/** Firefox add-on id (stable: AMO and storage.sync are keyed on it). */
export const GECKO_ID = 'clearpost@clearpost.dev';
/**
 * 140: first Firefox (and ESR) that knows `data_collection_permissions`
 * (https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/), still the newest thing
 * Clearpost needs (re-checked for issue 13 against src/: MV3 scripting and registerContentScripts, CSS `:has()`
 * (121), `inert` (112) are older; `AbortSignal.any` (124), `Intl.Segmenter` and `content-visibility` (125) and
 * `scheduler.yield` are feature-detected).
 */
export const GECKO_MIN_VERSION = '140.0';
/** Firefox for Android learnt `data_collection_permissions` in 142. */
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/** Where the test build may act without a user gesture: the e2e fixture server only. */
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';
/** The test trigger's source path (built as a standalone IIFE content script in test builds only). */
export const TEST_TRIGGER_SCRIPT = 'src/test-trigger/content.ts';
/**
 * Test builds only: an empty web-accessible page that `npm run bench` frames the way the reader is framed,
 * to measure what an isolated extension frame costs by itself (scripts/bench/click-runs.ts floorClick).
 */
export const FRAME_FLOOR_PAGE = 'src/test-pages/frame-floor.html';

export interface PatchOptions {
  /** Test build: adds the 127.0.0.1 host permission, the test-trigger content script and the bench's frame floor page. */
  test?: boolean;
}

/** Returns a new manifest for `browser`; `base` is not modified. */
export function manifestFor(base: Manifest, browser: TargetBrowser, options: PatchOptions = {}): Manifest {
  const manifest = structuredClone(base);
  const worker = base.background?.service_worker ?? base.background?.scripts?.[0];
  if (!worker) throw new Error('manifest.json needs background.service_worker');

  if (browser === 'chrome') {
    manifest.background = { service_worker: worker, type: 'module' };
    // Context-menu copies write the clipboard from an offscreen document (the service worker has no
    // DOM and no clipboard): https://developer.chrome.com/docs/extensions/reference/api/offscreen
    manifest.permissions = unique([...(base.permissions ?? []), 'offscreen']);
    manifest.minimum_chrome_version = CHROME_MIN_VERSION;
  } else {
    // Firefox MV3 runs background scripts in an event page (with a DOM), not a service worker.
    manifest.background = { scripts: [worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Clearpost collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    };
    // Firefox ignores use_dynamic_url (its moz-extension UUID is already per-install and random),
    // and web-ext lint reports the key as unsupported.
    manifest.web_accessible_resources = base.web_accessible_resources?.map(({ use_dynamic_url: _unused, ...rest }) => rest);
  }

  if (options.test) {
    // Simulated clicks (chrome.action.onClicked.dispatch, the test trigger) grant no activeTab, so the
    // test build may act on the fixture server without one. Never in store builds.
    manifest.host_permissions = unique([...(base.host_permissions ?? []), TEST_HOST_PERMISSION]);
    manifest.content_scripts = [
      ...(base.content_scripts ?? []),
      { matches: [TEST_HOST_PERMISSION], js: [TEST_TRIGGER_SCRIPT], run_at: 'document_start' },
    ];
    // Framed like the reader: same matches and, on Chromium, the same dynamic URL (its redirect is part of the cost).
    const reader = manifest.web_accessible_resources?.[0];
    manifest.web_accessible_resources = [
      ...(manifest.web_accessible_resources ?? []),
      { ...reader, resources: [FRAME_FLOOR_PAGE], matches: [TEST_HOST_PERMISSION] },
    ];
  }
  return manifest;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
