/**
 * Settings changed in the reader apply at once and are still set after the page is reloaded. Each test
 * starts from the default settings, so each gets a fresh browser and profile (settings live in storage.sync).
 */
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { findReaderFrame, type Harness } from './support/browsers';
import { openReader, waitForReaderGone, waitForSettled } from './support/reader';
import { describeInBrowsers } from './support/suite';
import { clickInFrame, waitInFrame } from './support/frame-actions';

/** Open the reader, choose Sepia + sans in its settings panel, close it; returns the sepia background. */
async function chooseSepiaSans(h: Harness, page: Page, waitBeforeCloseMs: number): Promise<string> {
  const { frame, state } = await openReader(h, page);
  expect(state).toBe('ready');
  expect(await frame.evaluate(() => document.documentElement.dataset.theme)).not.toBe('sepia');
  await clickInFrame(frame, '#cp-settings');
  await waitInFrame(frame, () => document.querySelector('#cp-settings-panel:not([hidden])') !== null);
  await clickInFrame(frame, '#cp-settings-panel input[name="theme"][value="sepia"]');
  await clickInFrame(frame, '#cp-settings-panel input[name="font"][value="sans"]');
  // Applied at once.
  expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
  expect(await frame.evaluate(() => document.documentElement.dataset.font)).toBe('sans');
  const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await new Promise((r) => setTimeout(r, waitBeforeCloseMs));
  await clickInFrame(frame, '#cp-close');
  await waitForReaderGone(page);
  return bg;
}

async function reopenAfterReload(h: Harness, page: Page): Promise<{ theme?: string; font?: string; checked?: boolean; bg: string }> {
  await page.reload({ waitUntil: 'load' });
  await h.click(page);
  const frame = await findReaderFrame(page);
  await waitForSettled(frame);
  // The stored settings arrive just after the first paint; give storage a moment to answer.
  await waitInFrame(frame, () => document.documentElement.dataset.theme !== 'auto', { timeout: 3_000 }).catch(() => undefined);
  return frame.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    font: document.documentElement.dataset.font,
    checked: document.querySelector<HTMLInputElement>('input[name="theme"][value="sepia"]')?.checked,
    bg: getComputedStyle(document.body).backgroundColor,
  }));
}

describeInBrowsers(
  'settings',
  (env) => {
    test('theme and font chosen in the reader survive closing, reloading the page and reopening', async () => {
      const { h, sites } = env();
      const page = await h.open(sites.site('pretty').url('seed'));
      const bg = await chooseSepiaSans(h, page, 1_000);
      expect(await reopenAfterReload(h, page)).toEqual({ theme: 'sepia', font: 'sans', checked: true, bg });
    });

    test('a setting changed right before closing the reader is kept too', async () => {
      const { h, sites } = env();
      const page = await h.open(sites.site('pretty').url('seed'));
      const bg = await chooseSepiaSans(h, page, 0);
      expect(await reopenAfterReload(h, page)).toEqual({ theme: 'sepia', font: 'sans', checked: true, bg });
    });
  },
  undefined,
  { browserPer: 'test' },
);
