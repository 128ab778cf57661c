/**
 * The expected exports, computed in Node by the core itself from the same fixture site the browser read:
 * detect() on the page's HTML, fetchPost() against the live fixture server, normalizePost() with the options
 * the reader page uses (src/reader/main.ts), then toPlainText / toMarkdown / toHtml. The copy tests compare
 * what the extension copied in the browser with these.
 *
 * The core needs a DOM (DOMParser, document.implementation, DOMPurify's window), so this runs inside
 * Vitest's jsdom environment, set up on globalThis only for the duration of `coreExports` and imported after
 * it exists (DOMPurify binds its window at import). Requests it makes carry Node's user agent ("node"), so
 * tests that inspect the browser's requests can tell them apart (`isBrowserRequest`).
 */
import { vi } from 'vitest';
import { builtinEnvironments } from 'vitest/runtime';
import type { RequestRecord } from './wp-server';
import { EN_US_EXPORT } from '../../support/english';

export interface Expected {
  pageUrl: string;
  text: string;
  markdown: string;
  html: string;
  title: string;
  /** With `options.quote`: that selection as the core quotes it (issue 10 §2). */
  quote?: { text: string; markdown: string; html: string; link: string };
  /** The normalised post itself, for exports computed per test (citations, Markdown options). */
  article: import('../../../src/core/types').Article;
}

export function isBrowserRequest(r: RequestRecord): boolean {
  return r.headers['user-agent'] !== 'node';
}

/** Compute the exports of several pages at once (one jsdom environment for all). */
export async function coreExports(pageUrls: string[], options: { quote?: string } = {}): Promise<Expected[]> {
  const env = await builtinEnvironments.jsdom.setup(globalThis, { jsdom: { url: pageUrls[0] ?? 'http://127.0.0.1/' } });
  try {
    // Fresh core modules for this environment: module-level caches (inert documents, DOMPurify instances)
    // from an earlier, torn-down jsdom window would mix nodes of two windows.
    vi.resetModules();
    const [{ detect }, { fetchPost }, { normalizePost }, exp] = await Promise.all([
      import('../../../src/core/detect'),
      import('../../../src/core/rest'),
      import('../../../src/core/article'),
      import('../../../src/core/export'),
    ]);
    const out: Expected[] = [];
    for (const pageUrl of pageUrls) {
      const response = await fetch(pageUrl);
      const body = await response.text();
      const doc = new DOMParser().parseFromString(body, 'text/html');
      const detection = detect(doc, pageUrl);
      const fetched = await fetchPost(detection);
      const canonical: unknown = (detection as { canonicalUrl?: unknown }).canonicalUrl;
      const article = normalizePost(fetched, { pageUrl: detection.pageUrl, ...(typeof canonical === 'string' ? { canonicalUrl: canonical } : {}) });
      out.push({
        pageUrl,
        title: article.title,
        article,
        text: exp.toPlainText(article, EN_US_EXPORT),
        markdown: exp.toMarkdown(article, EN_US_EXPORT),
        html: exp.toHtml(article, EN_US_EXPORT),
        ...(options.quote === undefined ? {} : { quote: exp.toQuote(options.quote, article, EN_US_EXPORT) }),
      });
    }
    return out;
  } finally {
    await env.teardown(globalThis);
  }
}
