/**
 * The reader page's behaviour, with every outside dependency passed in (messaging, the core, storage,
 * clipboard), so jsdom tests drive the real page markup. main.ts only supplies the real dependencies.
 * When REST fails for a reason the page can cure, the article comes from the page (./page-fallback.ts).
 * When REST is slow, the page's article is shown while it waits (./slow-rest.ts, issue 14).
 */
import { ReaderError, toReaderErrorData } from '../core/errors';
import type { Article, ReaderErrorData } from '../core/types';
import type { ArticleOutcome, ArticlePayload } from '../shared/messages';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { applySettings } from './apply-settings';
import { buildPayload, writePayload, type ClipboardLike, type CopyFormat, type Exporters } from './copy';
import { renderErrorView } from './error-view';
import { createPageFallback, type FallbackResult, type PageFallbackDeps } from './page-fallback';
import { localizeDocument } from './localize';
import { loadDeferredImages } from './other-site-images';
import { byId } from './dom';
import { afterPaint, isLong, nextTask } from './long-article';
import { renderArticle } from './render-article';
import { setupSettingsPanel } from './settings-panel';
import { cleanerVersionOffer, isReading, showPageWhileSlow } from './slow-rest';
import { showStatus } from './status';
import { mark } from '../shared/timing';

export interface ReaderDeps {
  getArticle(): Promise<ArticleOutcome>;
  closeReader(): Promise<unknown>;
  /** main.ts: normalizePostSliced, which yields to the browser while it cleans a long post (issue 5). */
  normalize(payload: ArticlePayload): Article | Promise<Article>;
  /** The exports, or a loader: main.ts imports core/export (turndown) on the first copy, off the article's critical path. */
  exporters: Exporters | (() => Promise<Exporters>);
  settings: {
    load(): Promise<Settings>;
    save(partial: Partial<Settings>): Promise<void>;
    onChanged(cb: (settings: Settings) => void): () => void;
    /** Writes a debounced change now. */
    flush(): Promise<void>;
  };
  locale: string;
  /** Best guess of the page URL before the background answers (for "Open original" on early errors). */
  pageUrl?: string;
  print(): void;
  clipboard?: ClipboardLike;
  /** Page extraction after a REST failure (issue 4). Absent: the REST error is shown as it is. */
  page?: PageFallbackDeps;
  /** Show the page version when REST has not answered after this long (./slow-rest.ts). Absent: just wait. */
  slowRestMs?: number;
}

export type ReaderState = 'loading' | 'ready' | 'error';

export interface ReaderController {
  load(): Promise<void>;
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
  const closeButton = byId(doc, 'cp-close', HTMLButtonElement);
  const settingsButton = byId(doc, 'cp-settings', HTMLButtonElement);
  const panelNode = byId(doc, 'cp-settings-panel', HTMLElement);
  localizeDocument(doc);

  let article: Article | undefined;
  let pageUrl = deps.pageUrl;
  const fallback = deps.page ? createPageFallback(deps.page) : undefined;
  const flush = (): Promise<void> => deps.settings.flush().catch(() => undefined);
  // Write any pending setting first: the frame is destroyed on close, and a write still waiting for its
  // debounce would be lost with it.
  const close = (): void =>
    void flush()
      .then(() => deps.closeReader())
      .catch(() => undefined);

  // Settings: the panel starts from the defaults (what the CSS already shows) and catches up as soon
  // as storage answers, without holding up the article request.
  let current: Settings = { ...DEFAULT_SETTINGS };
  const panel = setupSettingsPanel(
    settingsButton,
    panelNode,
    current,
    (partial) => {
      current = { ...current, ...partial };
      applySettings(current, root);
      if (current.otherSiteImages === 'always') loadDeferredImages(main);
      void deps.settings.save(partial).catch(() => undefined); // applied already; a failed sync is not fatal
    },
    () => void flush(),
  );
  const useSettings = (settings: Settings): void => {
    current = settings;
    applySettings(settings, root);
    panel.form.update(settings);
    if (settings.otherSiteImages === 'always') loadDeferredImages(main);
  };
  deps.settings.onChanged(useSettings);
  const settingsLoaded = deps.settings.load().then(useSettings, () => undefined);

  closeButton.addEventListener('click', close);
  byId(doc, 'cp-print', HTMLButtonElement).addEventListener('click', () => deps.print());
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    button.addEventListener('click', () => void copy(button.dataset.format as CopyFormat));
  }
  // On <html>, not document: keydown from anything in the page bubbles here, and the listener goes away
  // with the markup (tests load several readers into one jsdom document).
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    event.preventDefault();
    if (panel.isOpen()) panel.close();
    else close();
  });

  async function copy(format: CopyFormat): Promise<void> {
    if (!article) return;
    try {
      const exporters = typeof deps.exporters === 'function' ? await deps.exporters() : deps.exporters;
      await writePayload(buildPayload(format, article, exporters), deps.clipboard);
      showStatus(status, t(`reader_copied_${format}`));
    } catch {
      showStatus(status, t('reader_copyFailed'), 'error');
    }
  }

  function setState(state: ReaderState): void {
    root.dataset.state = state;
    main.setAttribute('aria-busy', String(state === 'loading'));
  }

  function clearMain(): void {
    for (const child of [...main.children]) if (child !== loading) child.remove();
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
    const node = renderArticle(value, deps.locale, { otherSiteImages: current.otherSiteImages, pageUrl });
    // reader.css lays out and paints only the blocks near the viewport of a long article.
    if (long) node.dataset.long = '';
    main.append(node);
    mark('render', 'end');
    doc.title = value.title;
    setState('ready');
    const title = node.querySelector<HTMLElement>('h1');
    // focus() forces a synchronous layout; for a long article that layout is the whole body, so it waits
    // until the first frame is painted instead of stretching the render task (issue 5: no task > 200 ms).
    if (long) await afterPaint(doc);
    if (title?.isConnected && article === value) title.focus({ preventScroll: true });
  }

  function showError(error: ReaderErrorData, onExtract?: () => void): void {
    article = undefined;
    clearMain();
    const view = renderErrorView(error, { pageUrl, onRetry: () => void load(), onOpenOriginal: close, ...(onExtract ? { onExtract } : {}) });
    main.append(view);
    doc.title = t('reader_errorTitle');
    setState('error');
    view.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }

  async function showResult(result: FallbackResult): Promise<void> {
    if (result.ok) await showArticle(result.article);
    else showError(result.error, result.canForce ? () => void extractAnyway() : undefined);
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

  /** Bumped by every load(): a long normalisation that a retry overtook must not show its article. */
  let loads = 0;

  async function load(): Promise<void> {
    const ticket = ++loads;
    clearMain();
    setState('loading');
    // Issue 14: once the page version shown during a slow REST wait is being read (scrolled, selected), nothing
    // the REST answer brings replaces it: a failure leaves it be, a REST article is offered, not imposed.
    let pageShown = false;
    const keepReading = (): boolean => pageShown && isReading(doc);
    try {
      const request = firstArticle ?? deps.getArticle();
      firstArticle = undefined; // a retry asks again
      if (fallback && deps.slowRestMs !== undefined) {
        pageShown = await showPageWhileSlow(request, {
          slowRestMs: deps.slowRestMs,
          extract: () => fallback.afterRestError(new ReaderError('timeout').data),
          current: () => ticket === loads,
          show: (value) => {
            root.dataset.restPending = '';
            return showArticle(value);
          },
        });
      }
      const outcome = await request;
      if (ticket !== loads) return;
      if (!outcome.ok) {
        if (keepReading()) return;
        // Otherwise what an immediate failure shows (mostly the page version again, its note giving the real
        // reason; an error view for kinds never extracted): the final view does not depend on the site's speed.
        pageUrl = outcome.detection?.pageUrl || pageUrl;
        if (!fallback) return showError(outcome.error);
        return await showResult(await fallback.afterRestError(outcome.error, outcome.detection));
      }
      pageUrl = outcome.value.detection.pageUrl || pageUrl;
      mark('normalize', 'start');
      const value = await deps.normalize(outcome.value);
      mark('normalize', 'end');
      if (ticket !== loads) return;
      if (keepReading()) return void main.prepend(cleanerVersionOffer(() => void showArticle(value)));
      // A long article: let the browser breathe between cleaning and rendering (two tasks, not one).
      if (isLong(value)) await nextTask();
      await showArticle(value);
    } catch (error) {
      // normalizePost throws ReaderError (e.g. password-protected); messaging can fail if the
      // extension was reloaded. Either way the reader shows a sentence, never a stack trace, unless
      // the user is already reading the page version.
      if (ticket === loads && !keepReading()) showError(toReaderErrorData(error));
    } finally {
      if (ticket === loads) delete root.dataset.restPending;
    }
  }

  await Promise.all([load(), settingsLoaded]);
  return {
    load,
    get article() {
      return article;
    },
  };
}
