/**
 * Cite and Save (issue 10 §3, §4) in the built extension, in both browsers, against the fixture WordPress. The
 * expected citation and files are computed in Node by the core from the same REST post (support/oracle.ts), so
 * the browser must produce exactly the core's output.
 * Where a download is observed: Chromium saves the file for real (CDP Browser.setDownloadBehavior into a temporary
 * directory) and the test reads it from disk. Firefox's download directory is a profile pref shared by the whole
 * run, and puppeteer's BiDi session has no download events, so there the test build's record of the Blob it
 * handed to <a download> (window.__clearpostLastSave, compiled into test builds only) is the evidence.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { cite, citeInput } from '../../src/core/export/cite';
import { fileName } from '../../src/core/export/file';
import { frontMatter } from '../../src/core/export/front-matter';
import type { Harness } from './support/browsers';
import { clickInFrame, waitInFrame } from './support/frame-actions';
import { coreExports, type Expected } from './support/oracle';
import { copyFromMenu, openReader, readerHostPresent } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { WpSites } from './support/wp-server';

type Saved = { name: string; type: string; text: string };
type Copied = { format: string; text: string; html?: string };

async function expected(sites: WpSites, which: 'seed' | 'rich'): Promise<Expected> {
  const [e] = await coreExports([sites.site('pretty').url(which)]);
  return e as Expected;
}

async function lastCopy(frame: Frame, button: string): Promise<Copied> {
  await frame.evaluate(() => delete (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy);
  await clickInFrame(frame, button);
  await waitInFrame(frame, () => (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy !== undefined, { timeout: 10_000 });
  return frame.evaluate(() => (window as unknown as { __clearpostLastCopy: Copied }).__clearpostLastCopy);
}

/** Chromium: downloads go to a fresh directory; returns it (undefined in Firefox). */
async function downloadDir(h: Harness): Promise<string | undefined> {
  if (h.name !== 'chromium') return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'clearpost-dl-'));
  const session = await h.browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  return dir;
}

async function waitForFile(dir: string, name: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (readdirSync(dir).includes(name)) return readFileSync(join(dir, name), 'utf8');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${name} in ${dir}: ${readdirSync(dir).join(', ')}`);
}

async function save(frame: Frame, format: 'md' | 'html' | 'html-images' | 'txt'): Promise<Saved> {
  await frame.evaluate(() => delete (window as { __clearpostLastSave?: unknown }).__clearpostLastSave);
  if (!(await frame.$eval('#cp-save-panel', (p) => !(p as HTMLElement).hidden))) await clickInFrame(frame, '#cp-save');
  await clickInFrame(frame, `[data-save="${format}"]`);
  await waitInFrame(frame, () => (window as { __clearpostLastSave?: unknown }).__clearpostLastSave !== undefined, { timeout: 10_000 });
  return frame.evaluate(() => (window as unknown as { __clearpostLastSave: Saved }).__clearpostLastSave);
}

describeInBrowsers('cite and save', (env) => {
  test('citation: Cite copies the APA, then the persisted BibTeX citation the core makes from the same REST post', async () => {
    const { h, sites } = env();
    const want = await expected(sites, 'seed');
    const page = await h.open(sites.site('pretty').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    await clickInFrame(frame, '#cp-cite');
    expect(await frame.$eval('#cp-cite-panel', (p) => (p as HTMLElement).hidden)).toBe(false);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('cp-cite-style');
    const apa = cite('apa', citeInput(want.article, new Date()));
    expect(await frame.$eval('#cp-cite-text', (o) => o.textContent)).toBe(apa.text);
    const copied = await lastCopy(frame, '#cp-cite-copy');
    expect(copied.text).toBe(apa.text);
    expect(copied.html).toContain('<i>');

    // The style is chosen from the keyboard-reachable list and remembered for the next reader.
    await clickInFrame(frame, '#cp-cite');
    await frame.$eval('#cp-cite-style', (s) => {
      (s as HTMLSelectElement).value = 'bibtex';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const bib = cite('bibtex', citeInput(want.article, new Date()));
    expect(await frame.$eval('#cp-cite-text', (o) => o.textContent)).toBe(bib.text);
    // Esc closes the panel and leaves the reader open.
    await frame.$eval('#cp-cite-style', (s) => s.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
    expect(await frame.$eval('#cp-cite-panel', (p) => (p as HTMLElement).hidden)).toBe(true);
    expect(await readerHostPresent(page)).toBe(true);
    await new Promise((r) => setTimeout(r, 800)); // the settings write is debounced (400 ms)

    const again = await openReader(h, await h.open(sites.site('pretty').url('seed')));
    await clickInFrame(again.frame, '#cp-cite');
    expect(await again.frame.$eval('#cp-cite-style', (s) => (s as HTMLSelectElement).value)).toBe('bibtex');
  });

  test('save/download: .md, .html and .txt named after the slug hold the core exports', async () => {
    const { h, sites } = env();
    const want = await expected(sites, 'rich');
    const dir = await downloadDir(h);
    try {
      const page = await h.open(sites.site('pretty').url('rich'));
      const { frame, state } = await openReader(h, page);
      expect(state).toBe('ready');
      const md = await save(frame, 'md');
      expect(md.name).toBe(fileName(want.article, 'md'));
      expect(md.type).toBe('text/markdown');
      expect(md.text).toBe(want.markdown);
      const txt = await save(frame, 'txt');
      expect(txt.name).toBe(fileName(want.article, 'txt'));
      expect(txt.text).toBe(want.text);
      const html = await save(frame, 'html');
      expect(html.name).toBe(fileName(want.article, 'html'));
      expect(html.text).toContain(want.html);
      expect(html.text).toMatch(/<style>[\s\S]*\.cp-[\s\S]*<\/style>/); // the reader's CSS, inline
      expect(html.text).not.toMatch(/<script|<link rel="stylesheet"/);
      if (dir) {
        expect(await waitForFile(dir, md.name)).toBe(want.markdown);
        expect(await waitForFile(dir, txt.name)).toBe(want.text);
        expect(await waitForFile(dir, html.name)).toBe(html.text);
      }
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('save/download: "Web page with images" carries the post\'s images as data: URIs, and says how many', async () => {
    const { h, sites } = env();
    const want = await expected(sites, 'rich');
    const dir = await downloadDir(h); // Chromium: a download left to the default behaviour asks Safe Browsing (the sink)
    const page = await h.open(sites.site('pretty').url('rich'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const linked = [...want.html.matchAll(/<img [^>]*src="(https?:[^"]+)"/g)].map((m) => m[1] ?? '');
    // The fixture post has an image on its own site and one on another origin (localhost: no CORS, not allowed).
    expect(linked.map((src) => new URL(src).hostname)).toEqual(['127.0.0.1', 'localhost']);
    const saved = await save(frame, 'html-images');
    expect(saved.name).toBe(fileName(want.article, 'html'));
    const srcs = [...saved.text.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
    // The test build may read 127.0.0.1 (its host permission, as a user's per-site opt-in): that image is in the
    // file; the other site's stays a link, and the status says so.
    expect(srcs[0]).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(srcs[1]).toBe(linked[1]);
    expect(srcs).toHaveLength(2);
    expect(saved.text).not.toMatch(/srcset=/);
    await waitInFrame(frame, () => (document.querySelector('#cp-status')?.textContent ?? '').includes('1 of 2 images'));
    if (dir) {
      expect(await waitForFile(dir, saved.name)).toBe(saved.text);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('front matter: turned on in the reader settings, the saved Markdown starts with the YAML block', async () => {
    const { h, sites } = env();
    const want = await expected(sites, 'seed');
    const page = await h.open(sites.site('pretty').url('seed'));
    const { frame } = await openReader(h, page);
    await clickInFrame(frame, '#cp-settings');
    await clickInFrame(frame, '#cp-reader-set-mdFrontMatter');
    await clickInFrame(frame, '#cp-settings');
    const md = await save(frame, 'md');
    const accessed = /\naccessed: (\S+)\n/.exec(md.text)?.[1];
    expect(accessed).toBeDefined();
    const block = frontMatter(want.article, new Date(accessed as string));
    expect(md.text.startsWith(`${block}\n\n# `)).toBe(true);
    expect(md.text.slice(block.length + 2)).toBe(want.markdown);
    // Back to the default, so later tests in this browser see the clipboard's Markdown.
    await clickInFrame(frame, '#cp-settings');
    await clickInFrame(frame, '#cp-reader-set-mdFrontMatter');
    await new Promise((r) => setTimeout(r, 800));
  });

  test('context-menu "Copy as HTML" copies the core HTML export without opening the reader', async () => {
    const { h, sites } = env();
    const want = await expected(sites, 'rich');
    const page = await h.open(sites.site('pretty').url('rich'));
    const rich = await copyFromMenu(h, page, 'copy-html');
    expect(rich.error).toBeUndefined();
    expect(rich.text).toBe(want.html);
    expect(await readerHostPresent(page)).toBe(false);
  });
});
