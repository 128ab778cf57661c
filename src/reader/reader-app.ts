/**
 * The reader page's behaviour, with every outside dependency passed in (messaging, the core, storage,
 * clipboard), so jsdom tests drive the real page markup. main.ts only supplies the real dependencies.
 * When REST fails for a reason the page can cure, the article comes from the page (./page-fallback.ts).
 * When REST is slow, the page's article is shown while it waits (./slow-rest.ts, issue 14).
 */
import { ReaderError, toReaderErrorData } from '../core/errors';
import type { Article, ReaderErrorData } from '../core/types';
import type { ArticleOutcome } from '../shared/messages';
import { t } from '../shared/i18n';
import { setupAloud } from './aloud/control';
import { renderArticleEnd } from './article-end';
import { byId } from './dom';
import { renderErrorView } from './error-view';
import { afterPaint, isLong, nextTask } from './long-article';
import { createListPages } from './list-pages';
import { createPageFallback, type FallbackResult } from './page-fallback';
import { localizeDocument } from './localize';
import { wireNavigation } from './navigation';
import { wireQuote } from './quote';
import { renderArticle } from './render-article';
import type { ReaderDeps } from './reader-deps';
import { trackReading } from './reading-position';
import { wireSettings } from './reader-settings';
import { wireKeep } from './keep';
import { wireToolbar } from './toolbar';
import { cleanerVersionOffer, isReading, PAGE_VERSION_MAX_CHARS, showPageWhileSlow, waitLeft } from './slow-rest';
import { showStatus } from './status';
import { mark } from '../shared/timing';

export type { ReaderDeps } from './reader-deps';
export { LONG_ARTICLE_CHARS } from './long-article';

export type ReaderState = 'loading' | 'ready' | 'error';

export interface ReaderController {
  load(): Promise<void>;
  /** Copies the selection as a quote (the context menu's "Copy quote with source", relayed by main.ts). */
  copyQuote(): Promise<void>;
  readonly article: Article | undefined;
}

export async function startReader(doc: Document, deps: ReaderDeps): Promise<ReaderController> {
  // The article is asked for before the toolbar and the settings panel are set up: the worker usually
  // holds it already, and the message's round trip then overlaps the set-up (issue 5: click → painted).
  let firstArticle: Promise<ArticleOutcome> | undefined = deps.getArticle();
  firstArticle.catch(() => undefined); // handled by load(); not an unhandled rejection meanwhile
  const root = doc.documentElement;
  const main = byId(doc, 'reader', HTMLElement);
  const loading = byId(doc, 'cp-loading', HTMLElement);
  const status = byId(doc, 'cp-status', HTMLElement);
  const settingsButton = byId(doc, 'cp-settings', HTMLButtonElement);
  const panelNode = byId(doc, 'cp-settings-panel', HTMLElement);
  localizeDocument(doc);

  let article: Article | undefined;
  let pageUrl = deps.pageUrl;
  const fallback = deps.page ? createPageFallback(deps.page) : undefined;
  const flush = (): Promise<void> => deps.settings.flush().catch(() => undefined);
  // Write any pending setting first: the frame is destroyed on close, and a write still waiting for its
  // debounce would be lost with it.
  const close = (): void => {
    aloud.stop(); // speech must not outlive the reader (issue 12)
    void flush()
      .then(() => deps.closeReader())
      .catch(() => undefined);
  };

  const reading = trackReading(doc, doc.getElementById('cp-progress'), deps.positions);
  doc.defaultView?.addEventListener('pagehide', () => reading.flush());
  // Read aloud follows every applied change (Reset restores its speed and voice too); the callbacks run only
  // after storage answers or the user acts, by when `aloud` exists.
  const settings = wireSettings(
    root,
    main,
    deps.settings,
    { button: settingsButton, panel: panelNode },
    () => void flush(),
    () => aloud.update(),
  );
  const { panel, loaded: settingsLoaded } = settings;
  const aloud = setupAloud(byId(doc, 'cp-aloud', HTMLButtonElement), byId(doc, 'cp-aloud-bar', HTMLElement), {
    speech: () => deps.speech?.(),
    settings: settings.current,
    save: settings.save,
  });

  const exporters = async () => (typeof deps.exporters === 'function' ? await deps.exporters() : deps.exporters);
  wireKeep(doc, {
    article: () => article,
    exporters,
    settings: settings.current,
    save: (p) => void settings.save(p),
    status,
    ...(deps.clipboard ? { clipboard: deps.clipboard } : {}),
  });

  wireToolbar(doc, {
    main,
    status,
    close,
    print: () => deps.print(),
    panel,
    article: () => article,
    exporters,
    settings: settings.current,
    ...(deps.clipboard ? { clipboard: deps.clipboard } : {}),
  });
  const quote = wireQuote({
    doc,
    button: byId(doc, 'cp-quote', HTMLButtonElement),
    status,
    article: () => article,
    exporters,
    ...(deps.clipboard ? { clipboard: deps.clipboard } : {}),
  });

  /** Bumped by every load: a long normalisation that a retry (or another post) overtook must not show its article. */
  let loads = 0;
  const begin = (): (() => boolean) => {
    const ticket = ++loads;
    return () => ticket === loads;
  };
  const nav = wireNavigation({
    root,
    main,
    status,
    buttons: { back: byId(doc, 'cp-back', HTMLButtonElement), forward: byId(doc, 'cp-forward', HTMLButtonElement) },
    deps,
    current: () => ({ article, pageUrl }),
    begin,
    show: (value, url) => {
      pageUrl = url ?? pageUrl;
      return showArticle(value);
    },
    showList: (list, url) => {
      pageUrl = url ?? pageUrl;
      lists.show(list, url);
    },
  });
  // Archive, home and search pages: the list of posts they are (issue 11, item 3), in place of "not an article".
  const lists = createListPages({
    doc,
    main,
    status,
    deps,
    nav: () => nav,
    begin,
    clear: () => {
      article = undefined;
      clearMain();
    },
    ready: () => setState('ready'),
    pageUrl: () => pageUrl,
    ...(fallback ? { extract: () => void extractAnyway() } : {}),
  });

  function setState(state: ReaderState): void {
    root.dataset.state = state;
    main.setAttribute('aria-busy', String(state === 'loading'));
  }

  function clearMain(): void {
    aloud.setArticle(undefined);
    for (const child of [...main.children]) if (child !== loading) child.remove();
    quote.update();
  }

  /** Resolves once the title has focus (after the first paint for a long article). */
  async function showArticle(value: Article): Promise<void> {
    article = value;
    clearMain();
    // Whether other sites' images may load must be known before any is made (storage answers long before this).
    await settingsLoaded;
    if (article !== value) return;
    const long = isLong(value);
    mark('render', 'start');
    const images = { otherSiteImages: settings.current().otherSiteImages, ...(pageUrl ? { pageUrl } : {}) };
    const node = renderArticle(value, deps.locale, images);
    // reader.css lays out and paints only the blocks near the viewport of a long article.
    if (long) node.dataset.long = '';
    const { loadComments, loadAdjacent } = deps;
    const end = { ...images, locale: deps.locale, ...(loadComments ? { loadComments } : {}), ...(loadAdjacent ? { adjacent: nav.adjacent } : {}) };
    main.append(node, ...renderArticleEnd(value, end));
    aloud.setArticle(node);
    mark('render', 'end');
    doc.title = value.title;
    setState('ready');
    quote.update();
    const title = node.querySelector<HTMLElement>('h1');
    // focus() forces a synchronous layout; for a long article that layout is the whole body, so it waits
    // until the first frame is painted instead of stretching the render task (issue 5: no task > 200 ms).
    if (long) await afterPaint(doc);
    if (title?.isConnected && article === value) title.focus({ preventScroll: true });
    // Another post shown in place starts at its top, unless the reader stopped somewhere in it before.
    (doc.scrollingElement ?? root).scrollTop = 0;
    if (article === value && (await reading.show(value.url))) showStatus(status, t('reader_resumed'));
  }

  function showError(error: ReaderErrorData, onExtract?: () => void): void {
    article = undefined;
    nav.reset();
    clearMain();
    const view = renderErrorView(error, { pageUrl, onRetry: () => void load(), onOpenOriginal: close, ...(onExtract ? { onExtract } : {}) });
    main.append(view);
    doc.title = t('reader_errorTitle');
    setState('error');
    view.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  async function showResult(result: FallbackResult): Promise<void> {
    if (!result.ok) return showError(result.error, result.canForce ? () => void extractAnyway() : undefined);
    nav.first(result.article, pageUrl);
    await showArticle(result.article);
  }

  async function extractAnyway(): Promise<void> {
    if (!fallback) return;
    clearMain();
    setState('loading');
    try {
      await showResult(await fallback.force());
    } catch (error) {
      showError(toReaderErrorData(error)); // never a blank reader
    }
  }

  async function load(): Promise<void> {
    const current = begin();
    clearMain();
    setState('loading');
    // Issue 14: once the page version shown during a slow REST wait is being read (scrolled, selected), nothing
    // the REST answer brings replaces it: a failure leaves it be, a REST article is offered, not imposed.
    let pageShown = false;
    const keepReading = (): boolean => pageShown && isReading(doc);
    try {
      const first = firstArticle !== undefined;
      const request = firstArticle ?? deps.getArticle();
      firstArticle = undefined; // a retry asks again
      if (fallback && deps.slowRestMs !== undefined) {
        pageShown = await showPageWhileSlow(request, {
          // The first wait counts from the click, not from the reader's boot (which takes most of it under
          // load); a retry waits the whole time again.
          slowRestMs: first ? waitLeft(deps.slowRestMs, deps.openedAt, Date.now()) : deps.slowRestMs,
          extract: () => fallback.afterRestError(new ReaderError('timeout').data, undefined, PAGE_VERSION_MAX_CHARS),
          current,
          show: (value) => {
            root.dataset.restPending = '';
            return showArticle(value);
          },
        });
      }
      const outcome = await request;
      if (!current()) return;
      if (!outcome.ok) {
        if (keepReading()) return;
        // Otherwise what an immediate failure shows (mostly the page version again, its note giving the real
        // reason; an error view for kinds never extracted): the final view does not depend on the site's speed.
        pageUrl = outcome.detection?.pageUrl || pageUrl;
        if (outcome.error.kind === 'not-an-article' && (await lists.start(outcome.detection, current)) === 'shown') return;
        if (!fallback) return showError(outcome.error);
        return await showResult(await fallback.afterRestError(outcome.error, outcome.detection));
      }
      pageUrl = outcome.value.detection.pageUrl || pageUrl;
      mark('normalize', 'start');
      const value = await deps.normalize(outcome.value);
      mark('normalize', 'end');
      if (!current()) return;
      if (keepReading()) {
        main.prepend(
          cleanerVersionOffer(() => {
            nav.first(value, pageUrl);
            void showArticle(value);
          }),
        );
        return;
      }
      // A long article: let the browser breathe between cleaning and rendering (two tasks, not one).
      if (isLong(value)) await nextTask();
      nav.first(value, pageUrl);
      await showArticle(value);
    } catch (error) {
      // normalizePost throws ReaderError (e.g. password-protected); messaging can fail if the
      // extension was reloaded. Either way the reader shows a sentence, never a stack trace, unless
      // the user is already reading the page version.
      if (current() && !keepReading()) showError(toReaderErrorData(error));
    } finally {
      if (current()) delete root.dataset.restPending;
    }
  }

  await Promise.all([load(), settingsLoaded]);
  return {
    load,
    copyQuote: quote.copy,
    get article() {
      return article;
    },
  };
}
