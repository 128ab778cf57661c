/**
 * Archive, home and search pages in the reader (issue 11, item 3): where REST said "not an article" and detection
 * found which list the page is, the reader asks the background for a page of that list (getPostList: always the
 * session's own page, never a list the reader names) and shows it (./post-list-view.ts). Each page shown is a step
 * of the reader's history, so Back from a post opened from the list returns to the list. Loading a page is said
 * in the polite live region; its heading takes the focus once shown.
 */
import { normalizePostList, type PostList } from '../core/article/post-list';
import { toReaderErrorData } from '../core/errors';
import type { Detection, ListTarget, ReaderErrorData } from '../core/types';
import { errorText } from '../shared/error-text';
import { t } from '../shared/i18n';
import type { Navigation } from './navigation';
import { listHeading, renderPostList } from './post-list-view';
import type { ReaderDeps } from './reader-deps';
import { showStatus } from './status';

export interface ListPagesHost {
  doc: Document;
  main: HTMLElement;
  status: HTMLElement;
  deps: Pick<ReaderDeps, 'loadList' | 'locale'>;
  nav: () => Navigation;
  /** A new load starts: the returned check stays true until a later one overtakes it. */
  begin(): () => boolean;
  /** Empties the reader (no article shown any more). */
  clear(): void;
  ready(): void;
  pageUrl(): string | undefined;
  /** "Extract from page anyway", when page extraction is available. */
  extract?: () => void;
}

export interface ListPages {
  /** After REST's "not an article": the page's list, first page; the failure when it could not be shown (the caller falls back). */
  start(detection: Detection | undefined, current: () => boolean): Promise<ReaderErrorData | 'no-list' | 'shown'>;
  show(list: PostList, pageUrl: string | undefined): void;
}

export function createListPages(host: ListPagesHost): ListPages {
  const { doc, main, status, deps } = host;
  let target: ListTarget | undefined;

  function show(list: PostList, pageUrl: string | undefined): void {
    host.clear();
    const view = renderPostList(list, {
      locale: deps.locale,
      pageUrl,
      onOpen: (href) => void host.nav().open(href),
      onPage: (page) => void next(page),
      ...(host.extract ? { onExtract: host.extract } : {}),
    });
    main.append(view);
    doc.title = listHeading(list, deps.locale);
    host.ready();
    (doc.scrollingElement ?? doc.documentElement).scrollTop = 0;
    view.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  /** `current`: the first page belongs to the reader's own load (its ticket); a later page starts a load of its own. */
  async function load(page: number, first: boolean, current = host.begin()): Promise<ReaderErrorData | 'shown'> {
    if (!deps.loadList || !target) return toReaderErrorData(new Error('no list'));
    try {
      const outcome = await deps.loadList(page);
      if (!outcome.ok) return outcome.error;
      const list = normalizePostList(outcome.value, target);
      if (!current()) return 'shown'; // overtaken (a step back, another page): that one shows
      const pageUrl = host.pageUrl();
      host.nav().list(list, pageUrl, first);
      show(list, pageUrl);
      return 'shown';
    } catch (error) {
      return toReaderErrorData(error);
    }
  }

  /** Previous / Next page: said while loading; on failure the shown page stays and the status says why. */
  async function next(page: number): Promise<void> {
    showStatus(status, t('reader_listLoading'));
    const result = await load(page, false);
    if (result !== 'shown') showStatus(status, t('reader_listFailed', errorText(result).message), 'error');
  }

  return {
    async start(detection, current) {
      if (!deps.loadList || detection?.list === undefined) return 'no-list';
      target = detection.list;
      return load(1, true, current);
    },
    show,
  };
}
