/**
 * Typography settings (issue 12) in the real reader: the bundled Atkinson Hyperlegible Next font is fetched only once it
 * is chosen, then renders the article; justification, hyphenation and paragraph spacing apply on screen and in
 * print (Chromium: print media emulated over CDP; Firefox, whose BiDi has no media emulation: the reader's own
 * `@media print` rules switched on through the CSSOM).
 */
import { expect, test } from 'vitest';
import type { CDPSession, Frame, Page } from 'puppeteer-core';
import { clickInFrame } from './support/frame-actions';
import { openReader } from './support/reader';
import { describeInBrowsers } from './support/suite';

/** The status of each bundled face ('unloaded' until text needs it; extension-file fetches are not in Resource Timing). */
const faces = (frame: Frame): Promise<string[]> =>
  frame.evaluate(() =>
    [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Atkinson Hyperlegible Next').map((f) => `${f.weight} ${f.status}`),
  );

const paragraph = (frame: Frame) =>
  frame.evaluate(() => {
    const p = document.querySelector('.cp-content p');
    if (!p) throw new Error('no paragraph in the reader');
    const s = getComputedStyle(p);
    return {
      font: s.fontFamily,
      align: s.textAlign,
      hyphens: s.hyphens,
      after: s.marginBlockEnd,
      size: s.fontSize,
      // The print rules are in force: they hide the toolbar (print.css).
      print: getComputedStyle(document.querySelector('.cp-toolbar') ?? document.body).display === 'none',
    };
  });

/**
 * Print media for the reader frame. Chromium: the extension frame is out of process, with its own debugger session,
 * and the tab's emulation does not reach it: the frame's own session is asked too. Firefox ESR 140 over WebDriver
 * BiDi has no media emulation at all (`emulateMediaType` needs CDP): there the reader's `@media print` rules are
 * switched on by setting their media list to `all` (and back), which applies exactly the print stylesheet's rules on
 * top of the screen ones, as printing does (the reader has no screen-only rules).
 */
async function printMedia(browser: string, page: Page, frame: Frame, media: 'print' | ''): Promise<void> {
  if (browser === 'firefox') {
    await frame.evaluate((on) => {
      const w = window as unknown as { __printRules?: CSSMediaRule[] };
      const all: CSSMediaRule[] = [];
      const walk = (rules: CSSRuleList): void => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) {
            all.push(rule);
            walk(rule.cssRules);
          }
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      if (on) {
        w.__printRules = all.filter((rule) => rule.media.mediaText === 'print');
        for (const rule of w.__printRules) rule.media.mediaText = 'all';
      } else {
        for (const rule of w.__printRules ?? []) rule.media.mediaText = 'print';
      }
    }, media === 'print');
    return;
  }
  await page.emulateMediaType(media || undefined);
  if ((await frame.evaluate(() => matchMedia('print').matches)) === (media === 'print')) return;
  const session = (frame as unknown as { client?: CDPSession }).client;
  if (!session) throw new Error('the reader frame did not follow the print emulation and has no session of its own');
  await session.send('Emulation.setEmulatedMedia', { media });
}

describeInBrowsers('typography', (env) => {
  test('the hyperlegible font loads only when chosen; justify, hyphenation and spacing apply on screen and in print', async () => {
    const { browser, h, sites } = env();
    const page = await h.open(sites.site('pretty').url('seed'));
    const { frame, state } = await openReader(h, page);
    expect(state).toBe('ready');
    await clickInFrame(frame, '#cp-settings'); // the panel lists the font without loading it
    expect(await faces(frame)).toEqual(['400 unloaded']);
    const before = await paragraph(frame);
    expect(before.print).toBe(false);
    expect(before).toMatchObject({ align: 'start', hyphens: 'auto', after: before.size });

    await clickInFrame(frame, '#cp-reader-set-font-hyperlegible');
    await clickInFrame(frame, '#cp-reader-set-justify');
    await clickInFrame(frame, '#cp-reader-set-hyphenate');
    await frame.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#cp-reader-set-paragraphSpacing');
      if (!input) return;
      input.value = '2';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Rendering the article in the chosen font is what loads it (one face: bold is synthesised from it).
    await frame.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      await document.fonts.ready;
    });
    expect(await faces(frame)).toContain('400 loaded');
    expect(await frame.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible Next"'))).toBe(true);
    // Headings stay in the chosen family, bold (synthesised), not a fallback font.
    expect(
      await frame.evaluate(() => {
        const h = getComputedStyle(document.querySelector('.cp-title') ?? document.body);
        return [h.fontFamily.startsWith('"Atkinson Hyperlegible Next"'), Number(h.fontWeight) >= 600, h.fontSynthesisWeight ?? 'auto'];
      }),
    ).toEqual([true, true, 'auto']);
    const size = Number.parseFloat(before.size);
    const after = await paragraph(frame);
    expect(after.font.startsWith('"Atkinson Hyperlegible Next"')).toBe(true);
    expect(after).toMatchObject({ align: 'justify', hyphens: 'manual' });
    expect(Number.parseFloat(after.after)).toBeCloseTo(size * 2, 2);

    await printMedia(browser, page, frame, 'print');
    const printed = await paragraph(frame);
    await printMedia(browser, page, frame, '');
    expect(printed.print).toBe(true);
    expect((await paragraph(frame)).print).toBe(false); // back on screen
    expect(printed.font.startsWith('"Atkinson Hyperlegible Next"')).toBe(true);
    expect(printed).toMatchObject({ align: 'justify', hyphens: 'manual' });
    expect(Number.parseFloat(printed.after)).toBeCloseTo(Number.parseFloat(printed.size) * 2, 2);
  });
});
