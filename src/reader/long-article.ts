/**
 * Long articles (issue 5): which article counts as long, and the waits that let the browser paint between
 * the steps of rendering one. Out of reader-app.ts to keep that file to its flow (size rule: ~250 lines).
 */
import type { Article } from '../core/types';

/**
 * Above this much body HTML an article is "long": rendering yields to the browser and reader.css uses
 * `content-visibility: auto` on its blocks. Ordinary posts (the seed is ~19 KB, long reads ~100 KB) keep
 * the plain path and the exact layout.
 */
export const LONG_ARTICLE_CHARS = 200_000;

export function isLong(article: Article): boolean {
  return article.contentHtml.length > LONG_ARTICLE_CHARS;
}

export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** After the next frame is painted (a task queued from requestAnimationFrame runs after that paint). */
export function afterPaint(doc: Document): Promise<void> {
  const raf = doc.defaultView?.requestAnimationFrame;
  if (typeof raf !== 'function') return nextTask(); // jsdom without pretendToBeVisual
  return new Promise((resolve) => raf.call(doc.defaultView, () => setTimeout(resolve, 0)));
}
