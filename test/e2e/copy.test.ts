/**
 * What the extension copies equals what the core exports for the same post: computed here in Node by the
 * core itself (support/oracle.ts) from the same fixture site, compared with what the browser copied.
 * Sources of "what was copied": the system clipboard where the browser lets a test read it (Chromium, with
 * clipboard-read granted: asserted on every copy), and the test build's record of the payload it wrote (window.__clearpostLastCopy
 * in the reader frame; the test trigger's echo for the context-menu copy).
 */
import { expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import type { Harness } from './support/browsers';
import { coreExports, type Expected } from './support/oracle';
import { copyFromMenu, openReader, readerHostPresent } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { WpSites } from './support/wp-server';
import { clickInFrame, waitInFrame } from './support/frame-actions';

interface Copied {
  format: string;
  text: string;
  html?: string;
}

const cache = new Map<string, Expected>();
async function expected(sites: WpSites, which: 'seed' | 'rich'): Promise<Expected> {
  const url = sites.site('pretty').url(which);
  let e = cache.get(url);
  if (!e) {
    [e] = await coreExports([url]);
    cache.set(url, e!);
  }
  return e!;
}

async function copyInReader(frame: Frame, button: string): Promise<Copied> {
  await frame.evaluate(() => delete (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy);
  await clickInFrame(frame, button);
  await waitInFrame(frame, () => (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy !== undefined, { timeout: 10_000 });
  return frame.evaluate(() => (window as unknown as { __clearpostLastCopy: Copied }).__clearpostLastCopy);
}

/**
 * The real system clipboard, read from the page with clipboard-read granted. Chromium only: Firefox has no
 * way to grant clipboard-read to a test (readText() asks the user through a paste menu), so there the test
 * build's record of the written payload is the evidence.
 */
async function expectClipboard(h: Harness, page: Page, want: string): Promise<void> {
  if (h.name !== 'chromium') return;
  await h.browser.defaultBrowserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-sanitized-write']);
  await page.bringToFront();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(want);
}

const CLIPBOARD_RESET = 'clearpost e2e: clipboard reset';

/**
 * A tab on `url` with the clipboard emptied of what an earlier test copied: the tests of a file share one
 * browser (support/suite.ts), and a copy that silently failed must not find the right text left over.
 */
async function openWithFreshClipboard(h: Harness, url: string): Promise<Page> {
  const page = await h.open(url);
  if (h.name === 'chromium') {
    await h.browser.defaultBrowserContext().overridePermissions(new URL(url).origin, ['clipboard-read', 'clipboard-sanitized-write']);
    await page.evaluate((t: string) => navigator.clipboard.writeText(t), CLIPBOARD_RESET);
    await expectClipboard(h, page, CLIPBOARD_RESET);
  }
  return page;
}

describeInBrowsers('copy', (env) => {
  test('"Copy text" in the reader copies exactly the core plain-text export (seed post)', async () => {
    const { h, sites } = env();
    const want = await expected(sites, 'seed');
    const page = await openWithFreshClipboard(h, sites.site('pretty').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const copied = await copyInReader(frame, '#cp-copy-text');
    expect(copied.format).toBe('text');
    expect(copied.text).toBe(want.text);
    expect(await frame.$eval('#cp-status', (s) => s.textContent ?? '')).toMatch(/copied/i);
    await expectClipboard(h, page, want.text);
  });

  test('"Copy Markdown" and "Copy HTML" copy the core exports (structured post: headings, list, figure, table, code)', async () => {
    const { h, sites } = env();
    const want = await expected(sites, 'rich');
    expect(want.markdown).toContain('| Stage | Runs in |'); // the oracle itself saw the table
    const page = await openWithFreshClipboard(h, sites.site('pretty').url('rich'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const md = await copyInReader(frame, '#cp-copy-markdown');
    expect(md.text).toBe(want.markdown);
    await expectClipboard(h, page, want.markdown);
    const rich = await copyInReader(frame, '#cp-copy-html');
    expect(rich.html).toBe(want.html);
    expect(rich.text).toBe(want.text);
    await expectClipboard(h, page, want.text); // the text/plain flavour of the rich copy
  });

  test('context-menu "Copy clean text" / "Copy as Markdown" copy the core exports without opening the reader', async () => {
    const { h, sites } = env();
    const want = await expected(sites, 'rich');
    const page = await openWithFreshClipboard(h, sites.site('pretty').url('rich'));
    const text = await copyFromMenu(h, page, 'copy-text');
    expect(text.error).toBeUndefined();
    expect(text.text).toBe(want.text);
    await expectClipboard(h, page, want.text);
    const md = await copyFromMenu(h, page, 'copy-markdown');
    expect(md.text).toBe(want.markdown);
    await expectClipboard(h, page, want.markdown);
    expect(await readerHostPresent(page)).toBe(false);
  });
});
