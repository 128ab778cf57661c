/**
 * "No uncaught error in any context": collects what every context of the browser reports while a case runs.
 *
 * - Pages (the site page and, through it, the reader frame): Puppeteer's `pageerror` (uncaught exceptions and
 *   rejections) and console errors; console errors are kept when they come from an extension URL or, for
 *   `strictPage`, from anywhere. In Chromium the reader frame is an out-of-process frame: its console messages
 *   reach the page, but Puppeteer only reports the main frame's uncaught exceptions, so `watchFrame` listens to
 *   Runtime.exceptionThrown on the frame's own CDP session (checked by the watch's self-test in faults.test.ts).
 * - Chromium's extension service worker: CDP Runtime.exceptionThrown on the worker's session (uncaught errors
 *   and unhandled rejections) and console errors, re-attached whenever the MV3 worker restarts.
 * - Firefox's background page is not reachable over WebDriver BiDi, but Firefox prints every uncaught error and
 *   unhandled rejection of an extension context to its stdout/stderr as
 *   `JavaScript error: moz-extension://…/file.js, line N: …` (checked with a throwing test extension), so the
 *   browser process's output is read for those lines.
 */
import type { CDPSession, ConsoleMessage, Frame, Page, Target, WebWorker } from 'puppeteer-core';
import type { Harness } from '../../e2e/support/browsers';

export type ProblemSource = 'page' | 'reader-frame' | 'service-worker' | 'extension';

export interface Problem {
  source: ProblemSource;
  text: string;
}

const EXTENSION_URL = /(chrome|moz)-extension:\/\//;

export interface WatchOptions {
  /** Count page errors and console errors from the page's own scripts too (the faults suite: the fixture page is clean). */
  strictPage: boolean;
}

/** Problems of one tab (its page and reader frame). */
export class PageWatch {
  readonly problems: Problem[] = [];
  private readonly sessions = new WeakSet<CDPSession>();

  constructor(
    private readonly browser: Harness['name'],
    private readonly options: WatchOptions,
  ) {}

  listen(page: Page): void {
    page.on('pageerror', (e: unknown) => {
      const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
      const ours = EXTENSION_URL.test(text);
      if (ours || this.options.strictPage) this.problems.push({ source: ours ? 'reader-frame' : 'page', text: `uncaught: ${text}` });
    });
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() !== 'error') return;
      const where = m.location().url ?? '';
      const ours = EXTENSION_URL.test(where) || m.stackTrace().some((f) => EXTENSION_URL.test(f.url ?? ''));
      if (ours || this.options.strictPage)
        this.problems.push({ source: ours ? 'reader-frame' : 'page', text: `console.error: ${m.text()} (${where})` });
    });
  }

  /** Chromium: the reader frame's own uncaught exceptions (call once the frame is found). */
  watchFrame(frame: Frame): void {
    if (this.browser !== 'chromium') return;
    // CdpFrame.client is the frame's session (its own for an out-of-process frame); not in the public Frame type.
    const client = (frame as unknown as { client?: CDPSession }).client;
    if (!client || this.sessions.has(client)) return;
    this.sessions.add(client);
    client.on('Runtime.exceptionThrown', (event) => {
      const d = event.exceptionDetails;
      this.problems.push({ source: 'reader-frame', text: `uncaught: ${d.exception?.description ?? d.text} (${d.url ?? ''})` });
    });
  }

  take(): Problem[] {
    return this.problems.splice(0);
  }
}

export class ContextWatch {
  private readonly problems: Problem[] = [];
  private readonly workers = new WeakSet<WebWorker>();

  private constructor(
    private readonly h: Harness,
    private readonly options: WatchOptions,
  ) {}

  static async attach(h: Harness, options: WatchOptions): Promise<ContextWatch> {
    const watch = new ContextWatch(h, options);
    if (h.name === 'chromium') {
      h.browser.on('targetcreated', (t: Target) => void watch.watchTarget(t));
      await Promise.all(h.browser.targets().map((t) => watch.watchTarget(t)));
    } else {
      const proc = h.browser.process();
      let pending = '';
      const onData = (chunk: Buffer | string): void => {
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const m = /JavaScript error: (moz-extension:\/\/\S+)/.exec(line);
          if (m) watch.problems.push({ source: 'extension', text: line.trim() });
        }
      };
      proc?.stdout?.on('data', onData);
      proc?.stderr?.on('data', onData);
    }
    return watch;
  }

  private async watchTarget(t: Target): Promise<void> {
    if (t.type() !== 'service_worker' || !t.url().startsWith('chrome-extension://')) return;
    const worker = await t.worker().catch(() => null);
    if (!worker || this.workers.has(worker)) return;
    this.workers.add(worker);
    // Not worker.on('error'): a WebWorker made by Target.worker() is given a no-op exception handler, so the
    // worker's own session is asked directly (CDP reports unhandled rejections here too).
    worker.client.on('Runtime.exceptionThrown', (event) => {
      const d = event.exceptionDetails;
      this.problems.push({ source: 'service-worker', text: `uncaught: ${d.exception?.description ?? d.text} (${d.url ?? ''})` });
    });
    worker.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') this.problems.push({ source: 'service-worker', text: `console.error: ${m.text()}` });
    });
  }

  /** Start listening to a tab (call right after opening it). */
  watchPage(page: Page): PageWatch {
    const w = new PageWatch(this.h.name, this.options);
    w.listen(page);
    return w;
  }

  /**
   * Everything the extension's background contexts reported since the last call, plus `page`'s (waits a moment:
   * Firefox's output and CDP events arrive late). With cases running side by side, a background error lands in
   * whichever case asks first: it still fails the run.
   */
  async take(page?: PageWatch, settleMs = 200): Promise<Problem[]> {
    await new Promise((r) => setTimeout(r, settleMs));
    return [...(page?.take() ?? []), ...this.problems.splice(0)];
  }
}
