/**
 * One faulty-server case in one tab: open the article page, click, wait until the reader settles, check what it
 * shows, close it and check the page is exactly as before, and that no context reported an error.
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { findReaderFrame } from '../../e2e/support/browsers';
import { pageSnapshot, shownError, waitForReaderGone, waitForSettled, type ReaderState } from '../../e2e/support/reader';
import type { OneBrowser } from './faults-suite';
import type { PageWatch } from './faults-watch';

export const SEED_TITLE = 'China celebrates DeepSeek’s breakout AI success as tech race heats up';
export const EXTRACTED_NOTE = 'Extracted from the page';

export interface Shown {
  state: ReaderState;
  kind: string | null;
  message: string;
  openOriginalHref: string | null;
  title: string;
  contentChars: number;
  extracted: boolean;
}

export async function shown(frame: Frame, timeoutMs = 45_000): Promise<Shown> {
  const state = await waitForSettled(frame, timeoutMs);
  const err = await shownError(frame);
  const rest = await frame.evaluate((note: string) => {
    const main = document.querySelector('main#reader');
    return {
      kind: document.querySelector('.cp-error')?.getAttribute('data-kind') ?? null,
      title: document.querySelector('main#reader article h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      contentChars: document.querySelector('.cp-content')?.textContent?.length ?? 0,
      extracted: (main?.textContent ?? '').includes(note),
    };
  }, EXTRACTED_NOTE);
  return { state, ...err, ...rest };
}

/** Clear error view, or the article (from REST, or extracted from the page with the note). */
export function expectExplained(s: Shown, pageUrl: string, kinds: readonly string[] | undefined): void {
  if (s.state === 'error') {
    expect(s.message, 'error message').not.toBe('');
    expect(s.openOriginalHref, 'Open original').toBe(pageUrl);
    if (kinds) expect(kinds, `error kind ${String(s.kind)}: "${s.message}"`).toContain(s.kind);
  } else {
    expect(s.state).toBe('ready');
    expect(s.extracted, 'an article shown after a REST failure carries the extraction note').toBe(true);
    expect(s.title).toBe(SEED_TITLE);
    expect(s.contentChars).toBeGreaterThan(1000);
  }
}

export function expectRestArticle(s: Shown): void {
  expect(s.state, `state (error: ${s.kind ?? ''} "${s.message}")`).toBe('ready');
  expect(s.title).toBe(SEED_TITLE);
  expect(s.extracted, 'shown from REST, not extracted').toBe(false);
  expect(s.contentChars).toBeGreaterThan(1000);
}

/** Close with the reader's own button; the page must be exactly as before (DOM, scroll, focus). */
export async function closeAndCompare(page: Page, frame: Frame, before: Awaited<ReturnType<typeof pageSnapshot>>): Promise<void> {
  await frame.evaluate(() => document.querySelector<HTMLButtonElement>('#cp-close')?.click());
  await waitForReaderGone(page, 20_000);
  const after = await pageSnapshot(page);
  expect(after.html === before.html, 'page DOM restored exactly').toBe(true);
  expect({ x: after.scrollX, y: after.scrollY, active: after.active }).toEqual({ x: before.scrollX, y: before.scrollY, active: before.active });
}

export interface Opened {
  page: Page;
  frame: Frame;
  pageWatch: PageWatch;
  before: Awaited<ReturnType<typeof pageSnapshot>>;
  /** Date.now() just before the click was sent: nothing the click starts (the REST client's timer) starts earlier. */
  clickedAt: number;
}

/** A watched tab on `url`, scrolled a little (a state worth restoring), with the reader opened on it. */
export async function openOn(env: OneBrowser, url: string): Promise<Opened> {
  const { page, pageWatch } = await env.open(url);
  await page.evaluate(() => window.scrollTo(0, 600));
  const before = await pageSnapshot(page);
  const clickedAt = Date.now();
  await env.h.click(page);
  const frame = await findReaderFrame(page, 30_000);
  pageWatch.watchFrame(frame);
  return { page, frame, pageWatch, before, clickedAt };
}
