/**
 * Previous / next post (issue 11, item 2) in the built extension against the fixture WordPress (posts by date:
 * the seed 2025-01-28, the rich post 2025-02-03, a password-protected one 2025-02-10): nothing asked before a
 * press, then the other post in the reader, by button and by Alt+PageDown.
 */
import { expect, test } from 'vitest';
import { clickInFrame, waitInFrame } from './support/frame-actions';
import { isBrowserRequest } from './support/oracle';
import { openReader, shownArticle } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { RequestRecord } from './support/wp-server';

const SEED_TITLE = 'China celebrates DeepSeek’s breakout AI success as tech race heats up';
const listRequests = (log: RequestRecord[]): string[] =>
  log
    .filter((r) => isBrowserRequest(r) && /\/wp-json\/wp\/v2\/posts\?/.test(r.url) && /before=|after=/.test(r.url))
    .map((r) => decodeURIComponent(r.url));

describeInBrowsers('previous / next post', (env) => {
  test('previous post opens in the reader, next post (Alt+PageDown) comes back, and the protected one says why', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('rich'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const richTitle = (await shownArticle(frame)).title;
    expect(listRequests(sites.log)).toEqual([]);

    await clickInFrame(frame, '.cp-adjacent-previous');
    await waitInFrame(
      frame,
      (t: string) => document.querySelector('main#reader article h1')?.textContent === t,
      { timeout: 15_000, polling: 100 },
      SEED_TITLE,
    );
    expect(await frame.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // The site-local date of the rich post, plus one second; newest first.
    expect(listRequests(sites.log)[0]).toMatch(/before=2025-02-03T09:00:01&per_page=5&orderby=date&_fields=id,date&order=desc/);

    await page.keyboard.down('Alt');
    await page.keyboard.press('PageDown');
    await page.keyboard.up('Alt');
    await waitInFrame(
      frame,
      (t: string) => document.querySelector('main#reader article h1')?.textContent === t,
      { timeout: 15_000, polling: 100 },
      richTitle,
    );
    expect(listRequests(sites.log)[1]).toMatch(/after=2025-01-28T11:38:32&per_page=5&orderby=date&_fields=id,date&order=asc/);

    await clickInFrame(frame, '.cp-adjacent-next');
    await waitInFrame(frame, () => document.querySelector('.cp-adjacent-status')?.getAttribute('data-kind') === 'error', {
      timeout: 15_000,
      polling: 100,
    });
    expect(await frame.evaluate(() => document.querySelector('.cp-adjacent-status')?.textContent)).toBe(
      'That post could not be loaded. This post is password-protected.',
    );
    expect((await shownArticle(frame)).title).toBe(richTitle);
  });
});
