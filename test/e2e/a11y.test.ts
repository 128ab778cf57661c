/**
 * Accessibility audit in the real browsers (issue 12): axe-core, the standard engine, at WCAG 2.2 AA on the
 * reader in its four themes (the article with the read-aloud bar open, the settings panel open, an error view)
 * and on the options page in the same themes, under an English and an Arabic (right-to-left) browser UI. Zero
 * violations. axe is injected as source text with the
 * debugger protocol's evaluate, which extension-page CSP does not govern (the reader's own CSP stays strict).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { clickInFrame, waitInFrame } from './support/frame-actions';
import { openReader } from './support/reader';
import { describeInBrowsers, type E2E } from './support/suite';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['auto', 'light', 'dark', 'sepia'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function audit(target: Frame | Page): Promise<Violation[]> {
  const has = await target.evaluate('typeof window.axe === "object"');
  if (!has) await target.evaluate(AXE_SOURCE);
  const json = (await target.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] })
      .then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 300)) }))))`)) as string;
  return JSON.parse(json) as Violation[];
}

/** The theme, as the settings form sets it (a real click on the theme's radio button in the open settings panel). */
async function chooseTheme(frame: Frame | Page, theme: string): Promise<void> {
  await frame.evaluate((t) => document.querySelector<HTMLInputElement>(`input[name="theme"][value="${t}"]`)?.click(), theme);
  await settle(frame);
}

/** Waits for the colour transitions (--cp-speed) to end: axe must read the theme's colours, not a mix of two. */
async function settle(frame: Frame | Page): Promise<void> {
  await frame.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
}

/**
 * Keyboard focus from the skip link through the toolbar: each stop must show a ring (outline ≥ 2px, not none) in
 * the focus colour, and the skip link must be on screen while focused. Returns the stops that fail.
 */
/** The tab whose document is at `url` (by its document: Firefox reports an extension tab's URL as about:blank). */
async function findPage(browser: Browser, url: string, timeoutMs = 20_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab shows ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function focusProblems(page: Page, frame: Frame): Promise<string[]> {
  await frame.evaluate(() => document.querySelector<HTMLElement>('#cp-close')?.focus());
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  const problems: string[] = [];
  for (let i = 0; i < 6; i++) {
    const stop = await frame.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const s = a ? getComputedStyle(a) : undefined;
      const r = a?.getBoundingClientRect();
      return {
        id: a?.id || a?.tagName || 'none',
        ring: s ? `${s.outlineStyle} ${s.outlineWidth}` : '',
        color: s?.outlineColor ?? '',
        focus: getComputedStyle(document.documentElement).getPropertyValue('--cp-focus').trim(),
        onScreen: r ? r.bottom > 0 && r.top < innerHeight && r.width > 0 : false,
      };
    });
    if (stop.ring.startsWith('none') || Number.parseFloat(stop.ring.split(' ')[1] ?? '0') < 2 || !stop.onScreen) problems.push(JSON.stringify(stop));
    await page.keyboard.press('Tab');
  }
  return problems;
}

/** The audit's cases, under the browsers' default (English) UI and under an Arabic one, whose chrome runs right to left. */
const auditCases =
  (direction: 'ltr' | 'rtl') =>
  (env: () => E2E): void => {
    test('reader: article (read-aloud bar open) and settings panel, in every theme', async () => {
      const { h, sites } = env();
      const page = await h.open(sites.site('pretty').url('seed'));
      const { frame, state } = await openReader(h, page);
      expect(state).toBe('ready');
      // The UI this block means to audit (an Arabic UI that did not take would audit English twice).
      expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.cp-toolbar') ?? document.body).direction)).toBe(direction);
      const found: Record<string, Violation[]> = {};
      for (const theme of THEMES) {
        await clickInFrame(frame, '#cp-settings');
        await chooseTheme(frame, theme);
        await settle(frame);
        found[`${theme} settings`] = await audit(frame);
        await clickInFrame(frame, '#cp-settings'); // closed again
        found[`${theme} focus`] = (await focusProblems(page, frame)).map((p) => ({ id: 'focus-ring', impact: null, help: p, nodes: [] }));
        await clickInFrame(frame, '#cp-aloud');
        await settle(frame);
        found[`${theme} article`] = await audit(frame);
        await clickInFrame(frame, '#cp-aloud');
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    });

    test('reader: error view in every theme', async () => {
      const { h, sites } = env();
      const page = await h.open(sites.site('pretty').url('protected'));
      const { frame, state } = await openReader(h, page);
      expect(state).toBe('error');
      const found: Record<string, Violation[]> = {};
      for (const theme of THEMES) {
        await frame.evaluate((t) => {
          document.documentElement.dataset.theme = t; // the settings button is not shown without an article
        }, theme);
        await settle(frame);
        found[theme] = await audit(frame);
      }
      expect(found).toEqual(Object.fromEntries(THEMES.map((k) => [k, []])));
    });

    test('options page in every theme', async () => {
      const { h, sites } = env();
      const page = await h.open(sites.site('pretty').url('seed'));
      const { frame } = await openReader(h, page);
      const url = `${await frame.evaluate(() => location.origin)}/src/options/options.html`;
      // Firefox ESR 153's BiDi refuses to navigate a tab to a moz-extension: URL ("not allowed in this context"). The
      // reader (an extension page) opens it instead; Firefox still reports that tab's URL as about:blank, so the tab is
      // found by asking each page where its document is.
      await frame.evaluate((u) => {
        if (!window.open(u, '_blank')) throw new Error('window.open was refused');
      }, url);
      const options = await findPage(h.browser, url);
      await waitInFrame(options.mainFrame(), () => document.querySelector('#cp-options-form form') !== null);
      const found: Record<string, Violation[]> = {};
      for (const theme of THEMES) {
        await chooseTheme(options, theme);
        found[theme] = await audit(options);
      }
      expect(found).toEqual(Object.fromEntries(THEMES.map((k) => [k, []])));
    });
  };

describeInBrowsers('accessibility (axe-core, WCAG 2.2 AA)', auditCases('ltr'));
// The same audit with the chrome in Arabic (dir=rtl from @@bidi_dir) around an English article (locale-rtl.test.ts).
describeInBrowsers('accessibility under an Arabic UI (axe-core, WCAG 2.2 AA)', auditCases('rtl'), ['pretty'], { uiLocale: 'ar' });
