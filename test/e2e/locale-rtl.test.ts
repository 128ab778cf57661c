/**
 * The reader under an Arabic browser UI (issue 12, Locales): the extension takes the browser's language
 * (Chromium `--lang=ar`, Firefox `intl.locale.requested` with its Arabic language pack), so the reader's
 * chrome speaks Arabic and mirrors (dir=rtl from @@bidi_dir: Close on the right), dates and reading time
 * are written by Intl in Arabic, while an English post keeps its own direction (dir=ltr) and words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { clickInFrame, waitInFrame } from './support/frame-actions';
import { openReader } from './support/reader';
import { describeInBrowsers } from './support/suite';

const root = path.resolve(import.meta.dirname, '../..');
const ar = JSON.parse(readFileSync(path.join(root, '_locales/ar/messages.json'), 'utf8')) as Record<string, { message: string }>;
const ARABIC = /[\u0600-\u06FF]/;

describeInBrowsers(
  'reader under an Arabic UI',
  (env) => {
    test('the chrome is Arabic and right-to-left; the English article stays left-to-right', async () => {
      const { h, sites } = env();
      const page = await h.open(sites.site('pretty').url('seed'));
      const { frame, state } = await openReader(h, page);
      expect(state).toBe('ready');
      // No named helpers inside evaluate (see support/reader.ts: tsx's __name does not exist in the page).
      const shown = await frame.evaluate(() => {
        const html = document.documentElement;
        const article = document.querySelector('main#reader article');
        const close = document.querySelector('#cp-close');
        const print = document.querySelector('#cp-print');
        const center = (el: Element | null) => {
          const r = el?.getBoundingClientRect();
          return r ? r.left + r.width / 2 : Number.NaN;
        };
        return {
          lang: html.lang,
          dir: html.dir,
          chromeDirection: getComputedStyle(document.querySelector('.cp-toolbar') as Element).direction,
          closeText: close?.textContent?.trim() ?? '',
          closeLabel: close?.getAttribute('aria-label') ?? '',
          closeX: center(close),
          printX: center(print),
          articleDir: article?.getAttribute('dir') ?? '',
          articleDirection: article ? getComputedStyle(article).direction : '',
          title: document.querySelector('main#reader article h1')?.textContent ?? '',
          readingTime: document.querySelector('.cp-reading-time')?.textContent ?? '',
          date: document.querySelector('.cp-published')?.textContent ?? '',
        };
      });

      expect(shown.lang).toMatch(/^ar\b/);
      expect(shown.dir).toBe('rtl');
      expect(shown.chromeDirection).toBe('rtl');
      expect(shown.closeText).toBe(ar.reader_close?.message);
      expect(shown.closeLabel).toBe(ar.reader_closeLabel?.message);
      // Mirrored: Close starts the toolbar, so it is on the right of Print.
      expect(shown.closeX).toBeGreaterThan(shown.printX);
      expect(shown.readingTime).toMatch(/^مدة القراءة: /);
      expect(shown.date).toMatch(ARABIC);

      expect(shown.articleDir).toBe('ltr');
      expect(shown.articleDirection).toBe('ltr');
      expect(shown.title).toMatch(/^China celebrates DeepSeek/);

      // The copy speaks Arabic too: its words come from _locales/ar (src/shared/export-words.ts), its date from
      // Intl in Arabic, while the article's own words stay English.
      await frame.evaluate(() => delete (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy);
      await clickInFrame(frame, '#cp-copy-text');
      await waitInFrame(frame, () => (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy !== undefined, { timeout: 10_000 });
      const copied = await frame.evaluate(() => (window as unknown as { __clearpostLastCopy: { text: string } }).__clearpostLastCopy.text);
      const lines = copied.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^China celebrates DeepSeek/);
      expect(lines[1]).toMatch(ARABIC);
      const publishedOn = ar.export_publishedOn?.message ?? '';
      expect(lines.at(-1)?.startsWith(publishedOn.slice(0, publishedOn.indexOf('$SITE$')))).toBe(true);
      expect(lines.at(-1)).toContain(sites.site('pretty').url('seed').replace(/\/$/, ''));
    });
  },
  ['pretty'],
  { uiLocale: 'ar' },
);
