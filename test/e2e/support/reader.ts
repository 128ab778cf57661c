/**
 * Reading the reader: its state, what it shows, and snapshots of the page under it. Selectors are the DOM
 * hooks of /work/notes/extension-design.md ("DOM hooks the e2e tests rely on").
 */
import type { Frame, Page } from 'puppeteer-core';
import { findReaderFrame, readerHostPresent, type Harness } from './browsers';
import { waitInFrame } from './frame-actions';

export type ReaderState = 'loading' | 'ready' | 'error';

/**
 * Ready or error, and not a page version still waiting for a slow REST answer (`data-rest-pending`,
 * src/reader/slow-rest.ts): on a loaded machine any site's REST can be slower than the reader waits.
 */
export async function waitForSettled(frame: Frame, timeoutMs = 20_000): Promise<ReaderState> {
  await waitInFrame(
    frame,
    () => {
      const root = document.documentElement as HTMLElement | null; // null while Firefox replaces the document
      const s = root?.dataset.state;
      return (s === 'ready' || s === 'error') && !root?.hasAttribute('data-rest-pending');
    },
    { timeout: timeoutMs, polling: 100 },
  );
  return (await frame.evaluate(() => document.documentElement?.dataset.state)) as ReaderState;
}

/** Toolbar click (real dispatch in Chromium, test trigger in Firefox), then the reader frame once settled. */
export async function openReader(h: Harness, page: Page): Promise<{ frame: Frame; state: ReaderState }> {
  await h.click(page);
  const frame = await findReaderFrame(page);
  const state = await waitForSettled(frame);
  return { frame, state };
}

export interface ShownArticle {
  articles: number;
  title: string;
  byline: string;
  dates: string;
  readingTime: string;
  attribution: string;
  attributionHref: string | null;
  canonicalHref: string | null;
  headings: string[];
  contentText: string;
  references: number;
  images: string[];
}

export async function shownArticle(frame: Frame): Promise<ShownArticle> {
  // No named helper functions inside evaluate callbacks: tsx/esbuild (keepNames) would wrap them in a
  // `__name` call that does not exist in the page (scripts/demo.ts runs these helpers under tsx).
  return frame.evaluate(() => {
    const [title, byline, dates, readingTime, attribution] = [
      'main#reader article h1',
      '.cp-byline',
      '.cp-dates',
      '.cp-reading-time',
      '.cp-attribution',
    ].map((sel) => document.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    const content = document.querySelector('.cp-content');
    return {
      articles: document.querySelectorAll('main#reader article').length,
      title: title ?? '',
      byline: byline ?? '',
      dates: dates ?? '',
      readingTime: readingTime ?? '',
      attribution: attribution ?? '',
      attributionHref: document.querySelector('.cp-attribution a')?.getAttribute('href') ?? null,
      canonicalHref: (document.querySelector('a.cp-canonical') ?? document.querySelector('.cp-canonical a'))?.getAttribute('href') ?? null,
      headings: [...(content?.querySelectorAll('h2, h3') ?? [])].map((h) => h.textContent?.trim() ?? ''),
      contentText: content?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      references: document.querySelectorAll('.cp-references li').length,
      images: [...document.querySelectorAll('main#reader img')].map((i) => (i as HTMLImageElement).src),
    };
  });
}

export interface ShownError {
  message: string;
  openOriginalHref: string | null;
}

export async function shownError(frame: Frame): Promise<ShownError> {
  return frame.evaluate(() => ({
    message: document.querySelector('.cp-error .cp-error-message')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    openOriginalHref: document.querySelector('.cp-error a.cp-open-original')?.getAttribute('href') ?? null,
  }));
}

export interface PageSnapshot {
  html: string;
  scrollX: number;
  scrollY: number;
  /** A description of document.activeElement (tag#id.name). */
  active: string;
}

export async function pageSnapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const a = document.activeElement;
    return {
      html: document.documentElement.outerHTML,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      active: a ? `${a.tagName.toLowerCase()}#${a.id}[${a.getAttribute('name') ?? a.textContent?.trim().slice(0, 20) ?? ''}]` : 'none',
    };
  });
}

export async function waitForReaderGone(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('clearpost-reader') === null, { timeout: timeoutMs, polling: 100 });
}

export { readerHostPresent };

/** The context-menu copy (no reader) via the test trigger; resolves with the trigger's echo. */
export async function copyFromMenu(
  h: Harness,
  page: Page,
  action: 'copy-text' | 'copy-markdown' | 'copy-html' | 'copy-quote',
): Promise<{ text?: string; error?: unknown }> {
  const result = page.evaluate(
    () =>
      new Promise<{ text?: string; error?: unknown }>((resolve) => {
        addEventListener('message', function on(e: MessageEvent<{ clearpostTestResult?: { text?: string; error?: unknown } }>) {
          if (e.source !== window || !e.data?.clearpostTestResult) return;
          removeEventListener('message', on);
          resolve(e.data.clearpostTestResult);
        });
      }),
  );
  await new Promise((r) => setTimeout(r, 50));
  await h.trigger(page, action);
  return result;
}
