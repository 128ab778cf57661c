/**
 * When there is no article to show, the reader says why in its own frame, with "Open original" — and never
 * leaves the page blank. Since page extraction (issue 4, fallback.test.ts) a REST-disabled or non-WordPress
 * article is read from the page instead: the message is only for pages that cannot be extracted.
 */
import { expect, test } from 'vitest';
import type { ReaderErrorKind } from '../../src/core/types';
import { openReader, shownError } from './support/reader';
import { describeInBrowsers } from './support/suite';
import { englishErrorMessage } from '../support/english';
import type { PageName, SiteMode } from './support/wp-server';

interface Case {
  name: string;
  mode: SiteMode;
  page: PageName;
  kind: ReaderErrorKind;
}

const CASES: Case[] = [
  { name: 'password-protected post (content.protected)', mode: 'pretty', page: 'protected', kind: 'password-protected' },
  {
    name: 'password-protected post on a REST-disabled site (the page is never extracted)',
    mode: 'rest-disabled-dra',
    page: 'protected',
    kind: 'password-protected',
  },
  // With REST open, an archive shows its list of posts (issue 11, item 3: archive-list.test.ts).
  { name: 'a category archive on a REST-disabled site', mode: 'rest-disabled', page: 'archive', kind: 'not-an-article' },
];

/** Where REST fails for a reason the page cures: an article read from the page, with the note why. */
const EXTRACTED: Array<{ name: string; mode: SiteMode; note: string }> = [
  {
    name: 'REST disabled by "Disable WP REST API" (401 rest_login_required)',
    mode: 'rest-disabled',
    note: "Extracted from the page — this site's REST API answered 401",
  },
  {
    name: 'REST disabled by "Disable REST API" (401 rest_cannot_access)',
    mode: 'rest-disabled-dra',
    note: "Extracted from the page — this site's REST API answered 401",
  },
  { name: 'not a WordPress page', mode: 'not-wp', note: 'Extracted from the page — this page is not a WordPress post' },
];

describeInBrowsers('reader explains', (env) => {
  for (const c of CASES) {
    test(c.name, async () => {
      const { h, sites } = env();
      const url = sites.site(c.mode).url(c.page);
      const page = await h.open(url);
      const { frame, state } = await openReader(h, page);
      expect(state).toBe('error');
      expect(await frame.evaluate(() => document.querySelector('.cp-error')?.getAttribute('data-kind'))).toBe(c.kind);
      const shown = await shownError(frame);
      expect(shown.message).toBe(englishErrorMessage({ kind: c.kind }));
      expect(shown.openOriginalHref).toBe(url);
    });
  }
  for (const c of EXTRACTED) {
    test(`${c.name}: read from the page instead of an error`, async () => {
      const { h, sites } = env();
      const page = await h.open(sites.site(c.mode).url('seed'));
      const { frame, state } = await openReader(h, page);
      expect(state).toBe('ready');
      expect(await frame.evaluate(() => document.querySelector('main#reader article .cp-origin-note')?.textContent?.trim())).toBe(c.note);
    });
  }
});
