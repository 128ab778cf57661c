/**
 * One reader open of one vector group, in a browser and a tab that live for the whole file: load the
 * group's page (or its raw JSON), click the toolbar action, wait for the reader, check the reader frame and
 * the page. Dialogs are dismissed and recorded; console lines that say the browser refused
 * to run something (a CSP report means a handler reached the DOM) are recorded too.
 */
import type { Frame, Page } from 'puppeteer-core';
import { bringToFront, findReaderFrame, type Harness } from '../../e2e/support/browsers';
import { waitInFrame } from '../../e2e/support/frame-actions';
import { waitForSettled } from '../../e2e/support/reader';
import { pageHtml, pageState, readerDom } from './xss-checks';
import { sentinel, type Group, type XssSite } from './xss-site';

/** `fallback`: the page of a site with REST closed, read by page extraction. */
export type OpenMode = 'page' | 'raw-json' | 'fallback';

export interface OpenResult {
  group: number;
  mode: OpenMode;
  /** `where: what`; empty when the open passed. */
  violations: string[];
  skeleton?: string;
  ms: number;
}

const REFUSED = /Content Security Policy|Refused to (execute|load|run|apply)|blocked.*(script|inline)/i;

/**
 * The one tab the whole file reuses (a navigation per open is cheaper than a new tab; the reader and its
 * content script go away with the old document). Listeners append to whatever open is current.
 */
export interface Tab {
  page: Page;
  current: string[];
  /** Console lines and page errors are not evidence while the page's own CSP refuses the page's own vectors. */
  console: boolean;
}

export async function openTab(h: Harness): Promise<Tab> {
  const page = await h.browser.newPage();
  const tab: Tab = { page, current: [], console: true };
  page.on('dialog', (dialog) => {
    tab.current.push(`dialog: ${dialog.type()} "${dialog.message().slice(0, 80)}"`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (msg) => {
    if (tab.console && REFUSED.test(msg.text())) tab.current.push(`console: ${msg.text().slice(0, 160)}`);
  });
  page.on('pageerror', (error) => void (tab.console && tab.current.push(`page error: ${String((error as Error).message ?? error).slice(0, 160)}`)));
  return tab;
}

/**
 * The toolbar action. Firefox's harness trigger waits 1.5 s for an error echo on every click; here the
 * background is warm after the first open, so post the trigger message and look for the frame at once,
 * falling back to the harness's checked trigger when no frame comes.
 */
async function clickAndFindFrame(h: Harness, page: Page): Promise<Frame> {
  if (h.name === 'firefox') {
    await page.evaluate(() => window.postMessage({ clearpostTest: 'click' }, '*'));
    try {
      return await findReaderFrame(page, 4_000);
    } catch {
      // not taken (background still starting): the harness's trigger re-sends until it is
    }
  }
  await h.click(page);
  return findReaderFrame(page);
}

/** Clicks "Comments" and waits for them; a violation when they do not come or their sentinel is missing. */
async function openComments(frame: Frame, mark: string): Promise<string[]> {
  const opened = await frame.evaluate(() => {
    const toggle = document.querySelector<HTMLButtonElement>('.cp-comments-toggle');
    toggle?.click();
    return toggle !== null;
  });
  if (!opened) return ['comments: no comments section'];
  try {
    await waitInFrame(frame, () => /^Comments \(\d+\)$/.test(document.querySelector('.cp-comments-toggle')?.textContent ?? ''), {
      timeout: 10_000,
      polling: 100,
    });
  } catch {
    const status = await frame.evaluate(() => document.querySelector('.cp-comments-status')?.textContent ?? '');
    return [`comments: not loaded (${status.slice(0, 120)})`];
  }
  const shown = await frame.evaluate(
    (m: string) => document.querySelector('.cp-comment-content')?.textContent?.includes(`${m} comment`) ?? false,
    mark,
  );
  return shown ? [] : ['comments: the sentinel text is missing (the comment vectors were not rendered)'];
}

export async function openGroup(h: Harness, tab: Tab, site: XssSite, group: Group, mode: OpenMode): Promise<OpenResult> {
  const started = Date.now();
  const violations: string[] = [];
  tab.current = violations;
  tab.console = mode !== 'fallback';
  const mark = sentinel(group.id);
  const page = tab.page;
  const marks: Array<[string, number]> = [];
  const lap = (k: string): void => void marks.push([k, Date.now()]);
  try {
    const url = mode === 'page' ? site.pageUrl(group.id) : mode === 'fallback' ? site.fallbackUrl(group.id) : site.rawJsonUrl(group.id);
    await page.goto(url, { waitUntil: 'load' });
    await bringToFront(page);
    lap('loaded');
    const before = mode !== 'raw-json' ? await pageHtml(page) : undefined;
    const frame = await clickAndFindFrame(h, page);
    lap('frame');
    const state = await waitForSettled(frame);
    lap('settled');
    if (state !== 'ready')
      violations.push(
        `reader state ${state}: ${await frame.evaluate(() => document.querySelector('main#reader')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 900) ?? '')}`,
      );
    // The comments section (issue 11, item 4): opened like a reader would, then checked with the article.
    if (mode === 'page' && state === 'ready' && group.members.length > 0) violations.push(...(await openComments(frame, mark)));
    // Bring every lazy image into view once, so an onerror/onload that survived would get its chance.
    await frame.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      window.scrollTo(0, 0);
    });
    const dom = await readerDom(frame, mark);
    lap('dom');
    violations.push(...dom.violations);
    if (state === 'ready' && !dom.sentinelShown) violations.push('reader: the sentinel text is missing (the vectors were not rendered)');
    const after = await pageState(page, mark, mode !== 'page');
    violations.push(...after.leaks.map((l) => `page: ${l}`));
    if (process.env.CLEARPOST_XSS_DEBUG)
      console.log(`open ${group.id} ${mode}: ${marks.map(([k, t]) => `${k}=${t - started}`).join(' ')} end=${Date.now() - started}`);
    if (after.hosts !== 1) violations.push(`page: ${after.hosts} reader hosts`);
    if (after.host !== 'parent=html children=0 attrs=style') violations.push(`page: host ${after.host}`);
    if (before !== undefined && after.html !== before) violations.push('page: DOM changed outside the reader host');
    return { group: group.id, mode, violations: [...violations], skeleton: dom.skeleton, ms: Date.now() - started };
  } catch (error) {
    violations.push(
      `harness: ${String((error as Error).message ?? error)
        .split('\n')[0]
        ?.slice(0, 200)}`,
    );
    return { group: group.id, mode, violations: [...violations], ms: Date.now() - started };
  }
}

/**
 * Loads the self-test page in the tab and reports what the detectors saw there: the DOM check's findings,
 * the dialogs, and whether the armed vector's canary call reached the fixture server.
 */
export async function runSelfTest(tab: Tab, site: XssSite): Promise<{ dom: string[]; events: string[]; canaryHit: boolean }> {
  const events: string[] = [];
  tab.current = events;
  await tab.page.goto(site.selfTestUrl, { waitUntil: 'load' });
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && !site.requests.some((r) => r.path.startsWith('/canary/exec/selftest.armed'))) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const dom = await readerDom(tab.page.mainFrame(), sentinel(0));
  await tab.page.goto('about:blank');
  tab.current = [];
  return { dom: dom.violations, events, canaryHit: site.requests.some((r) => r.path.startsWith('/canary/exec/selftest.armed')) };
}
