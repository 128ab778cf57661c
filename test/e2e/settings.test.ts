/** Settings changed in the reader apply at once and are still set after the page is reloaded. */
import { expect, test } from 'vitest';
import { findReaderFrame } from './support/browsers';
import { openReader, waitForReaderGone, waitForSettled } from './support/reader';
import { describeInBrowsers } from './support/suite';

describeInBrowsers('settings', (env) => {
  test('theme and font chosen in the reader survive closing, reloading the page and reopening', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('seed'));
    const first = await openReader(h, page);
    expect(first.state).toBe('ready');
    const frame = first.frame;
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).not.toBe('sepia');
    await frame.click('#cp-settings');
    await frame.waitForSelector('#cp-settings-panel:not([hidden])');
    await frame.evaluate(() => {
      document.querySelector<HTMLInputElement>('#cp-settings-panel input[name="theme"][value="sepia"]')?.click();
      document.querySelector<HTMLInputElement>('#cp-settings-panel input[name="font"][value="sans"]')?.click();
    });
    // Applied at once.
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await frame.click('#cp-close');
    await waitForReaderGone(page);

    await page.reload({ waitUntil: 'load' });
    await h.click(page);
    const again = await findReaderFrame(page);
    await waitForSettled(again);
    expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    expect(await again.evaluate(() => document.documentElement.dataset.font)).toBe('sans');
    expect(await again.evaluate(() => document.querySelector<HTMLInputElement>('input[name="theme"][value="sepia"]')?.checked)).toBe(true);
    expect(await again.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);
  });
});
