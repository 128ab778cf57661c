/**
 * The expected exports of a page the extension reads from the page itself (issue 4), computed in Node by the
 * core the way the extension does: detect() → fetchPost() fails against the live fixture server → the
 * failure is the reason → extractFromPage() on the page's HTML → toPlainText / toMarkdown. Same jsdom setup
 * as ./oracle.ts (the core needs a DOM; fresh modules per environment).
 */
import { vi } from 'vitest';
import { builtinEnvironments } from 'vitest/runtime';
import { EN_US_EXPORT, englishNote } from '../../support/english';

export interface ExpectedPage {
  pageUrl: string;
  title: string;
  note: string;
  text: string;
  markdown: string;
}

export async function pageExports(pageUrl: string): Promise<ExpectedPage> {
  const env = await builtinEnvironments.jsdom.setup(globalThis, { jsdom: { url: pageUrl } });
  try {
    vi.resetModules();
    const [{ detect }, { fetchPost }, { extractFromPage }, { toReaderErrorData }, exp] = await Promise.all([
      import('../../../src/core/detect'),
      import('../../../src/core/rest'),
      import('../../../src/core/page'),
      import('../../../src/core/errors'),
      import('../../../src/core/export'),
    ]);
    const body = await (await fetch(pageUrl)).text();
    const doc = new DOMParser().parseFromString(body, 'text/html');
    const detection = detect(doc, pageUrl);
    const reason = await fetchPost(detection).then(
      () => {
        throw new Error(`REST answered for ${pageUrl}: not a page-extraction case`);
      },
      (error: unknown) => toReaderErrorData(error),
    );
    const article = extractFromPage(doc, pageUrl, { reason, detection });
    return {
      pageUrl,
      title: article.title,
      note: englishNote(article.notes[0]),
      text: exp.toPlainText(article, EN_US_EXPORT),
      markdown: exp.toMarkdown(article, EN_US_EXPORT),
    };
  } finally {
    await env.teardown(globalThis);
  }
}
