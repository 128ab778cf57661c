/**
 * Launch helpers for the two real browsers with an unpacked extension loaded.
 *
 * - Chromium: the extension's own toolbar handler runs for real: `chrome.action.onClicked.dispatch(tab)`
 *   evaluated in its service worker (test builds carry a 127.0.0.1 host permission because a simulated click
 *   grants no activeTab).
 * - Firefox ESR over WebDriver BiDi: toolbar clicks cannot be simulated and BiDi will not open
 *   moz-extension:// pages, so the test build's trigger content script relays
 *   `window.postMessage({clearpostTest: 'click'})` to the same background handler.
 *
 * Every launch gets a fresh profile (Firefox's copied from a template: profile-template.ts) and the sink proxy (sink-proxy.ts), and is killed on teardown even when
 * close() hangs. The e2e tier keeps one of each for its files (kept-browsers.ts), the hostile suites launch one per file
 * and browser; a harness serves many tabs.
 */
import { existsSync, rmSync } from 'node:fs';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { newProfile } from './profile-template';
import { startSink, type Sink } from './sink-proxy';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CLEARPOST_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.CLEARPOST_FIREFOX ?? '/usr/bin/firefox-esr',
};

export function browserAvailable(name: BrowserName): boolean {
  return existsSync(EXECUTABLES[name]);
}

/** Firefox preferences: MV3 on, and the background services that would otherwise call home switched off. */
export function firefoxPrefs(sinkPort: number): Record<string, unknown> {
  return {
    'extensions.manifestV3.enabled': true,
    'xpinstall.signatures.required': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'browser.region.update.enabled': false,
    'browser.search.update': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.ping-centre.telemetry': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.urlbar.suggest.searches': false,
    // Remote settings: Firefox only honours this pref with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment
    // (set at launch); port 9 on loopback refuses, so the polls fail at once without leaving the machine.
    'services.settings.server': 'http://127.0.0.1:9/v1',
    'identity.fxaccounts.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'browser.shell.checkDefaultBrowser': false,
    // Everything that is not loopback goes to the sink (loopback itself is never proxied).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': sinkPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': sinkPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

export interface Harness {
  name: BrowserName;
  browser: Browser;
  sink: Sink;
  /** Every URL the browser's pages requested (page `request` events, frames included). */
  pageRequests: string[];
  /** Open a tab on `url` (with request recording), wait for load, make it the active tab. */
  open(url: string): Promise<Page>;
  /** The extension's real toolbar action for the active tab (Chromium: dispatch; Firefox: test trigger). */
  click(page: Page): Promise<void>;
  /** Fire a test-trigger action (Firefox and Chromium test builds): 'click' | 'copy-text' | 'copy-markdown'. */
  trigger(page: Page, action: string): Promise<void>;
  close(): Promise<void>;
}

/** The few extension APIs evaluated inside the Chromium service worker (no @types/chrome in this repo). */
interface ChromeTab {
  id?: number;
  url?: string;
  active: boolean;
}
declare const chrome: {
  tabs: { query(q: object): Promise<ChromeTab[]> };
  action: { onClicked: { dispatch(tab: ChromeTab): void } };
};

/** Browsers not closed yet, with their profile directories. */
const live = new Map<Browser, string>();
/** Kills every browser of this process that is not closed yet (at exit, or a worker's SIGTERM: kept-browsers.ts). */
export function killLive(): void {
  for (const [b, profile] of live) {
    b.process()?.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  }
  live.clear();
}
process.once('exit', killLive);

export interface LaunchOptions {
  /** Default true. The demo shows a window when there is a display. */
  headless?: boolean;
  /** Page viewport; null uses the window size (headful). Default: Puppeteer's 800×600. */
  viewport?: { width: number; height: number } | null;
  /**
   * The browser's UI language (e.g. 'ar'), which extensions get as their locale: Chromium `--lang` plus
   * LANGUAGE (on Linux Chromium also reads the environment), Firefox `intl.locale.requested` (its own UI
   * strings for that language must be installed: Debian's firefox-esr-l10n-<lang>, else Firefox stays en-US).
   */
  uiLocale?: string;
}

export async function launchBrowser(name: BrowserName, extensionDir: string, options: LaunchOptions = {}): Promise<Harness> {
  const headless = options.headless ?? true;
  const viewport = options.viewport === undefined ? {} : { defaultViewport: options.viewport };
  const locale = options.uiLocale;
  const sink = await startSink();
  const profile = newProfile(name);
  let browser: Browser | undefined;
  // A protocol call that never returns fails its test after a minute instead of Puppeteer's 180 s default (no
  // call here takes more than a few seconds; a hung one used to hold a whole hostile file for three minutes).
  const protocolTimeout = 60_000;
  try {
    browser =
      name === 'chromium'
        ? await puppeteer.launch({
            executablePath: EXECUTABLES.chromium,
            headless,
            ...viewport,
            protocolTimeout,
            pipe: true,
            enableExtensions: [extensionDir],
            ...(locale ? { env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` } } : {}),
            args: [
              ...(locale ? [`--lang=${locale}`] : []),
              '--no-sandbox',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
              '--no-first-run',
              '--no-default-browser-check',
              '--disable-default-apps',
              '--disable-domain-reliability',
              '--disable-client-side-phishing-detection',
              '--no-pings',
              // Browser services that call Google even with --disable-background-networking: autofill server,
              // network time, sign-in; none is needed by a test and each would land in the sink.
              // Chromium 150: a preconnect to the default search engine and the AI-mode eligibility check
              // (www.google.com/async/folae) at every start.
              '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,NetworkTimeServiceQuerying,DiceWebSigninInterception,ChromeSignin,SigninInterceptBubble,PrivacySandboxSettings4,PreconnectToSearch,AimEligibilityService,AimServerEligibilityEnabled,AimServerRequestOnStartupEnabled',
              '--gaia-url=http://127.0.0.1:9',
              '--google-apis-url=http://127.0.0.1:9',
              '--lso-url=http://127.0.0.1:9',
              // Chromium 150 also checks in with GCM (android.clients.google.com/checkin) a few seconds after start.
              '--gcm-checkin-url=http://127.0.0.1:9/checkin',
              '--gcm-registration-url=http://127.0.0.1:9/register',
              // The component updater still polls once even with --disable-component-update.
              '--component-updater=url-source=http://127.0.0.1:9/service/update2/json',
              `--user-data-dir=${profile}`,
              `--proxy-server=http://127.0.0.1:${sink.port}`,
            ],
          })
        : await puppeteer.launch({
            browser: 'firefox',
            executablePath: EXECUTABLES.firefox,
            headless,
            ...viewport,
            protocolTimeout,
            protocol: 'webDriverBiDi',
            userDataDir: profile,
            env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
            extraPrefsFirefox: { ...firefoxPrefs(sink.port), ...(locale ? { 'intl.locale.requested': locale } : {}) },
          });
    live.set(browser, profile);
    if (name === 'firefox') await browser.installExtension(extensionDir);
  } catch (e) {
    browser?.process()?.kill('SIGKILL');
    await sink.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const b = browser;
  const pageRequests: string[] = [];

  const harness: Harness = {
    name,
    browser: b,
    sink,
    pageRequests,
    async open(url) {
      const page = await retryDiscarded(() => b.newPage());
      page.on('request', (r) => void pageRequests.push(r.url()));
      await page.goto(url, { waitUntil: 'load' });
      await bringToFront(page);
      return page;
    },
    async click(page) {
      if (name === 'firefox') return harness.trigger(page, 'click');
      await bringToFront(page);
      const pageUrl = page.url();
      // The worker can be mid-(re)start (MV3 workers stop when idle): then its global scope has no
      // `chrome` yet, or the handle is stale. Look the target up again and retry a few times.
      let lastError: unknown;
      for (let attempt = 0; attempt < 4; attempt++) {
        try {
          const target = await b.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
            timeout: 15_000,
          });
          const worker = await target.worker();
          if (!worker) throw new Error('extension service worker has no worker handle');
          await worker.evaluate(async (u: string) => {
            if (typeof chrome === 'undefined' || !chrome.action) throw new Error('extension APIs not ready');
            const tabs = await chrome.tabs.query({});
            const tab = tabs.find((t) => t.url === u && t.active) ?? tabs.find((t) => t.url === u);
            if (!tab) throw new Error(`no tab for ${u}`);
            chrome.action.onClicked.dispatch(tab);
          }, pageUrl);
          return;
        } catch (error) {
          lastError = error;
          await new Promise((r) => setTimeout(r, 250 * (attempt + 1)));
        }
      }
      throw lastError;
    },
    async trigger(page, action) {
      // The trigger content script echoes an error when its message did not reach the background (e.g. the
      // Firefox background page still starting: "Receiving end does not exist"); then nothing happened and
      // it is safe to send again. It acknowledges once the background handler has run (the click's handler
      // only injects; a copy's result has been posted by then); neither within the window means the
      // background took it and is still busy.
      for (let attempt = 0; attempt < 4; attempt++) {
        const error = await page.evaluate(
          (a: string) =>
            new Promise<string | undefined>((resolve) => {
              // No named inner functions (see reader.ts: tsx's __name); the AbortController removes the listener.
              const done = new AbortController();
              setTimeout(() => {
                done.abort();
                resolve(undefined);
              }, 1_500);
              addEventListener(
                'message',
                (e: MessageEvent<{ clearpostTestResult?: { action?: string; error?: string }; clearpostTestAck?: string }>) => {
                  if (e.source !== window) return;
                  if (e.data?.clearpostTestAck === a) {
                    done.abort();
                    resolve(undefined);
                    return;
                  }
                  const r = e.data?.clearpostTestResult;
                  if (!r || r.action !== a || r.error === undefined) return;
                  done.abort();
                  resolve(r.error);
                },
                { signal: done.signal },
              );
              window.postMessage({ clearpostTest: a }, '*');
            }),
          action,
        );
        if (error === undefined) return;
        await new Promise((r) => setTimeout(r, 300 * (attempt + 1)));
      }
      throw new Error(`test trigger "${action}" kept failing`);
    },
    async close() {
      live.delete(b);
      const proc = b.process();
      await Promise.race([b.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
      await sink.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  return harness;
}

const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a tab call again (at most 3 more times) when Firefox's BiDi answers "BrowsingContext does no longer exist"
 * for a tab that is still open: `browsingContext.create` and `browsingContext.activate` do now and then while
 * other tabs close (suite.ts closes each test's tabs; the hostile suites run cases side by side). Seen
 * 2026-12-06: `activate` of a live hostile page's tab. Any other error, or a tab really gone, fails at once.
 */
export async function retryDiscarded<T>(act: () => Promise<T>, page?: Page): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await act();
    } catch (error) {
      if (attempt >= 3 || page?.isClosed() || !/BrowsingContext does no longer exist/.test(String(error))) throw error;
      await sleep(300 * (attempt + 1));
    }
  }
}

/** `page.bringToFront()`, through retryDiscarded. */
export const bringToFront = (page: Page): Promise<void> => retryDiscarded(() => page.bringToFront(), page);

/**
 * The reader iframe (inside the closed shadow root). Chromium reports its URL; Firefox over BiDi keeps
 * reporting the frame's initial about:blank, so the frame is asked for its own location instead.
 */
export async function findReaderFrame(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    const named = frames.find((f) => EXTENSION_URL.test(f.url()));
    if (named) return named;
    for (const f of frames) {
      // A page's own frame can hold evaluate() forever (a hostile page's never-loading iframe): bounded.
      const href = await Promise.race([f.evaluate(() => location.href).catch(() => ''), sleep(1000).then(() => '')]);
      if (EXTENSION_URL.test(href)) return f;
    }
    await sleep(100);
  }
  throw new Error(
    `no reader frame in ${page.url()} after ${timeoutMs} ms (frames: ${page
      .frames()
      .map((f) => f.url())
      .join(', ')})`,
  );
}

/** True while a reader host element is in the page. */
export async function readerHostPresent(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('clearpost-reader') !== null);
}

/**
 * A file's browser blocks run one after the other (Chromium's, then Firefox's). This starts each next block's
 * launch as soon as the browser before it is up, so that launch (Firefox's: ~4 s idle, 10-25 s at load 10)
 * overlaps the earlier block's tests instead of following them (issue 13). A block gets the harness it would
 * have launched itself, with the same options; a block that launches again (a crashed browser) launches anew.
 * `names`: the blocks that will run, in order.
 */
export function launchesInTurn(
  names: readonly BrowserName[],
  start: (name: BrowserName) => Promise<Harness>,
): (name: BrowserName) => Promise<Harness> {
  const ahead = new Map<BrowserName, Promise<Harness>>();
  const taken = new Set<BrowserName>();
  return async (name) => {
    const pending = ahead.get(name);
    ahead.delete(name);
    const first = !taken.has(name);
    taken.add(name);
    const h = await (pending ?? start(name));
    const next = names[names.indexOf(name) + 1];
    if (first && next && !taken.has(next) && !ahead.has(next)) {
      const launching = start(next);
      launching.catch(() => undefined); // its own block awaits it (and fails there)
      ahead.set(next, launching);
    }
    return h;
  };
}
