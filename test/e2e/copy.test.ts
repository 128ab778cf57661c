/**
 * What the extension copies equals what the core exports for the same post: computed here in Node by the
 * core itself (support/oracle.ts) from the same fixture site, compared with what the browser copied.
 * Sources of "what was copied": the system clipboard where the browser lets a test read it (Chromium, with
 * clipboard-read granted: asserted on every copy), and the test build's record of the payload it wrote (window.__clearpostLastCopy
 * in the reader frame; the test trigger's echo for the context-menu copy).
 */
import { expect, test } from 'vitest';
import { coreExports, type Expected } from './support/oracle';
import { copyFromMenu, openReader, readerHostPresent } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { WpSites } from './support/wp-server';
import { copyInReader, expectClipboard, openWithFreshClipboard } from './support/clipboard';

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
