/**
 * One Chromium and one Firefox for the whole e2e tier instead of one per file (issue 13). The e2e project runs
 * every file in one worker (vitest.config.ts: `isolate: false`), so this module's state outlives a file. A launch
 * costs ~1.1 CPU-seconds for Chromium and ~3.8 for Firefox here (measured 2026-12-06, launch + close), and the
 * browser tiers keep both cores busy: a launch saved is time saved.
 *
 * What a file leaves behind, and how the next one is kept from seeing it (suite.ts `release`):
 * - its tabs: closed (the reader, its content script and the background's session of that tab go with them);
 * - the extension's stored state (settings in storage.sync, reading positions in storage.local): emptied through
 *   the test build's 'reset-storage' trigger (src/background/test-trigger.ts), as a fresh profile has it;
 * - the HTTP cache and per-origin browser state: each file's fixture sites listen on new ports, so new origins.
 * Files that need a fresh profile per test (`browserPer: 'test'`) or another UI language launch their own.
 *
 * A browser nobody has asked for in IDLE_MS closes (after the tier's last file), and the worker's end kills what
 * is left (browsers.ts); one that crashed is replaced on the next request.
 */
import { killLive, launchBrowser, type BrowserName, type Harness } from './browsers';
import { testBuildDir } from './paths';

/** Long enough to outlast a file that launches its own browsers (a11y: ~40 s) between two that keep them. */
const IDLE_MS = 60_000;

interface Kept {
  harness: Promise<Harness>;
  idle?: ReturnType<typeof setTimeout>;
}

const kept = new Map<BrowserName, Kept>();

/**
 * The kept browser `name` (launched if there is none or it died). `then`: the browsers this file will ask for
 * next: they are kept from closing, and the first one not running yet starts launching once `name` is up, so its
 * launch overlaps this block's tests.
 */
export async function takeKept(name: BrowserName, then: readonly BrowserName[]): Promise<Harness> {
  for (const n of [name, ...then]) {
    const k = kept.get(n);
    if (k?.idle) clearTimeout(k.idle);
    if (k) k.idle = undefined;
  }
  const h = await running(name);
  const next = then.find((n) => !kept.has(n));
  if (next) void running(next).catch(() => undefined); // its own block awaits it (and fails there)
  return h;
}

/** Done with `name` for this file: it closes unless it is taken again within IDLE_MS. */
export function releaseKept(name: BrowserName): void {
  const k = kept.get(name);
  if (!k) return;
  if (k.idle) clearTimeout(k.idle);
  k.idle = setTimeout(() => {
    kept.delete(name);
    void k.harness.then((h) => h.close()).catch(() => undefined);
  }, IDLE_MS);
}

/** A new browser in place of one that crashed or was killed. */
export async function replaceKept(name: BrowserName): Promise<Harness> {
  const old = kept.get(name);
  kept.delete(name);
  await old?.harness.then((h) => h.close()).catch(() => undefined);
  return running(name);
}

async function running(name: BrowserName): Promise<Harness> {
  const k = kept.get(name);
  if (k) {
    const h = await k.harness;
    return h.browser.connected ? h : replaceKept(name);
  }
  if (kept.size === 0 && process.listenerCount('SIGTERM') === 0) {
    // Vitest stops its worker with SIGTERM, which ends Node without 'exit' (where browsers.ts kills what is left):
    // kept browsers would outlive the worker. Kill them, then end the way SIGTERM would have.
    process.once('SIGTERM', () => {
      killLive();
      process.kill(process.pid, 'SIGTERM');
    });
  }
  const harness = launchBrowser(name, testBuildDir(name));
  kept.set(name, { harness });
  harness.catch(() => {
    if (kept.get(name)?.harness === harness) kept.delete(name);
  });
  return harness;
}
