/**
 * Contents of a long post (issue 11, item 5) in the built extension: the rich fixture post has three section
 * headings, so the reader lists them under the header; a contents link moves there without changing the
 * reader frame's URL (no history entry).
 */
import { expect, test } from 'vitest';
import { clickInFrame } from './support/frame-actions';
import { openReader } from './support/reader';
import { describeInBrowsers } from './support/suite';

describeInBrowsers('contents', (env) => {
  test('contents: a collapsed list of the post’s sections whose links move focus there, the URL unchanged', async () => {
    const { h, sites } = env();
    const page = await h.open(sites.site('pretty').url('rich'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    const before = await frame.evaluate(() => ({
      open: document.querySelector<HTMLDetailsElement>('.cp-toc details')?.open,
      links: [...document.querySelectorAll('.cp-toc a')].map((a) => a.textContent),
      href: location.href,
    }));
    expect(before.open).toBe(false);
    expect(before.links).toEqual(['Why structure matters', 'A small table', 'And some code']);
    await clickInFrame(frame, '.cp-toc summary');
    await clickInFrame(frame, '.cp-toc li:nth-child(3) a');
    const after = await frame.evaluate(() => ({ focused: document.activeElement?.textContent, href: location.href }));
    expect(after.focused).toBe('And some code');
    expect(after.href).toBe(before.href);
  });
});
