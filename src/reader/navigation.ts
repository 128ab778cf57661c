/**
 * Other posts of the site in place of the shown one (issue 11): previous / next (./adjacent.ts) and same-site
 * links (./site-links.ts), each a step of the reader's own history (./history.ts: Back / Forward, Alt+← / →).
 * reader-app.ts owns what is shown; this file only decides what to show next.
 */
import { toReaderErrorData } from '../core/errors';
import type { Direction } from '../core/rest/adjacent';
import type { PostList } from '../core/article/post-list';
import type { Article } from '../core/types';
import { errorText } from '../shared/error-text';
import { t } from '../shared/i18n';
import type { ArticlePayload, Outcome } from '../shared/messages';
import { type AdjacentResult, bindAdjacentKeys } from './adjacent';
import { externalLink } from './dom';
import { createHistory } from './history';
import type { ReaderDeps } from './reader-deps';
import { keepSiteLinksInReader } from './site-links';
import { showStatus } from './status';

export interface NavigationHost {
  root: HTMLElement;
  main: HTMLElement;
  status: HTMLElement;
  buttons: { back: HTMLButtonElement; forward: HTMLButtonElement };
  deps: Pick<ReaderDeps, 'loadAdjacent' | 'loadLinked' | 'normalize'>;
  /** The article shown (undefined while loading or on an error) and the page URL it was read for. */
  current(): { article: Article | undefined; pageUrl: string | undefined };
  /** A new load starts: the returned check stays true until a later one (a retry, another step) overtakes it. */
  begin(): () => boolean;
  /** Shows `article` for `pageUrl`; resolves once its title has focus. */
  show(article: Article, pageUrl: string | undefined): Promise<void>;
  /** Shows a page of an archive's list of posts (issue 11, item 3); its heading takes the focus. */
  showList(list: PostList, pageUrl: string | undefined): void;
}

export interface Navigation {
  /** The first article of the reader (or of a retry): the history starts again from it. */
  first(article: Article, pageUrl: string | undefined): void;
  /** An error replaced what was shown: no step back into it. */
  reset(): void;
  /** A page of an archive's list shown: the first step of the history (`first`), or the next one. */
  list(list: PostList, pageUrl: string | undefined, first: boolean): void;
  /** A post of the site, by its link, read through REST and shown in place (a list's item, a link in the article). */
  open(href: string): Promise<void>;
  /** For the previous / next nav at the article's end. */
  adjacent(direction: Direction): Promise<AdjacentResult>;
}

export function wireNavigation(host: NavigationHost): Navigation {
  const { root, main, status, deps } = host;
  const history = createHistory(root, host.buttons, (entry) => {
    host.begin(); // a step back overtakes a link or previous / next still loading
    if ('list' in entry) {
      host.showList(entry.list, entry.pageUrl);
      return Promise.resolve();
    }
    return host.show(entry.article, entry.pageUrl);
  });
  const entry = (article: Article, pageUrl: string | undefined) => ({ article, ...(pageUrl !== undefined ? { pageUrl } : {}) });

  /** The other post from its top (or where the reader stopped in it), its title focused; on failure this one stays. */
  async function goTo(request: Promise<Outcome<ArticlePayload | null>>): Promise<AdjacentResult> {
    const current = host.begin();
    try {
      const outcome = await request;
      if (!outcome.ok) return outcome.error;
      if (outcome.value === null) return 'none';
      const value = await deps.normalize(outcome.value);
      if (!current()) return 'shown'; // overtaken by another load: that one shows
      const pageUrl = outcome.value.detection.pageUrl || host.current().pageUrl;
      history.push(entry(value, pageUrl));
      await host.show(value, pageUrl);
      return 'shown';
    } catch (error) {
      return toReaderErrorData(error); // e.g. the other post is password-protected: said where it was asked
    }
  }

  function adjacent(direction: Direction): Promise<AdjacentResult> {
    const rest = host.current().article?.rest;
    if (!deps.loadAdjacent || rest?.siteDate === undefined) return Promise.resolve('none');
    return goTo(deps.loadAdjacent({ id: rest.id, siteDate: rest.siteDate }, direction));
  }

  /** When the link cannot be shown here, the status says why and offers it in a new tab. */
  async function linked(href: string): Promise<void> {
    if (!deps.loadLinked) return;
    showStatus(status, t('reader_linkLoading'));
    const result = await goTo(deps.loadLinked(href));
    if (result === 'shown') return;
    const reason = result === 'none' ? '' : errorText(result).message;
    showStatus(status, t('reader_linkFailed', reason), 'error', externalLink(href, {}, t('reader_linkOpenTab')));
  }

  bindAdjacentKeys(root);
  if (deps.loadLinked) {
    // Only from a REST article: its session knows the site's REST root (a page-extracted one has none).
    const from = (): string | undefined => {
      const { article, pageUrl } = host.current();
      return article?.origin === 'rest' ? pageUrl : undefined;
    };
    keepSiteLinksInReader(main, from, (href) => void linked(href));
  }
  return {
    first(article, pageUrl) {
      history.reset();
      history.push(entry(article, pageUrl));
    },
    reset: () => history.reset(),
    list(list, pageUrl, first) {
      if (first) history.reset();
      history.push({ list, ...(pageUrl !== undefined ? { pageUrl } : {}) });
    },
    open: linked,
    adjacent,
  };
}
