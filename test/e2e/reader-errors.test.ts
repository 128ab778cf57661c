/**
 * When there is no article to show, the reader says why in its own frame, with "Open original" — and never
 * leaves the page blank.
 */
import { expect, test } from 'vitest';
import { ReaderError } from '../../src/core/errors';
import type { ReaderErrorKind } from '../../src/core/types';
import { openReader, shownError } from './support/reader';
import { describeInBrowsers } from './support/suite';
import type { PageName, SiteMode } from './support/wp-server';

interface Case {
  name: string;
  mode: SiteMode;
  page: PageName;
  kind: ReaderErrorKind;
}

const CASES: Case[] = [
  { name: 'REST disabled by "Disable WP REST API" (401 rest_login_required)', mode: 'rest-disabled', page: 'seed', kind: 'rest-disabled' },
  { name: 'REST disabled by "Disable REST API" (401 rest_cannot_access)', mode: 'rest-disabled-dra', page: 'seed', kind: 'rest-disabled' },
  { name: 'password-protected post (content.protected)', mode: 'pretty', page: 'protected', kind: 'password-protected' },
  { name: 'not a WordPress page', mode: 'not-wp', page: 'seed', kind: 'not-wordpress' },
  { name: 'a category archive (a list, not an article)', mode: 'pretty', page: 'archive', kind: 'not-an-article' },
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
      expect(shown.message).toBe(new ReaderError(c.kind).data.message);
      expect(shown.openOriginalHref).toBe(url);
    });
  }
});
