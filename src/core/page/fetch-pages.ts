/**
 * The other pages of a multi-page post, fetched for page extraction when REST is out of reach (issue 11, item 6).
 * The same rules as every request Clearpost makes: only the page's own origin (OriginGuard, checked before the
 * request and on the answer), anonymous (`credentials: 'omit'`, no referrer), redirects not followed, the REST
 * client's timeout, and the snapshot's size cap (an HTML page larger than the reader would take from the tab is
 * refused). At most MAX_POST_PAGES − 1 URLs. A page that fails is `null`: the caller decides (it joins nothing).
 * Runs in the background (activeTab / the granted site gives it the tab's origin, like the REST requests).
 */
import { deadline } from '../rest/abort';
import { DEFAULT_TIMEOUT_MS, type RestOptions } from '../rest/http';
import { OriginGuard } from '../rest/origin-guard';
import { MAX_POST_PAGES } from './multipage';

/** The snapshot's cap (src/shared/page-snapshot.ts MAX_SNAPSHOT_CHARS): another page of the post gets no more. */
export const MAX_PAGE_CHARS = 8 * 1024 * 1024;

export interface FetchedPage {
  html: string;
  url: string;
}

async function fetchOne(url: string, guard: OriginGuard, opts: RestOptions): Promise<FetchedPage | null> {
  if (!guard.allows(url)) return null;
  const fetchImpl = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const d = deadline(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.signal);
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      credentials: 'omit',
      headers: { Accept: 'text/html' },
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      signal: d.signal,
    });
    const finalUrl = response.url || url;
    const type = response.headers.get('content-type') ?? '';
    const declared = Number(response.headers.get('content-length'));
    if (response.status !== 200 || !guard.allows(finalUrl) || !/html/i.test(type) || (Number.isFinite(declared) && declared > MAX_PAGE_CHARS)) {
      void response.body?.cancel().catch(() => undefined);
      return null;
    }
    const html = await response.text();
    return html.length <= MAX_PAGE_CHARS ? { html, url: finalUrl } : null;
  } catch {
    return null;
  } finally {
    d.dispose();
  }
}

/** Each URL's page, in order, one at a time (a site is not hammered for a reader's convenience); `null` where it failed. */
export async function fetchPostPages(pageUrl: string, urls: readonly unknown[], opts: RestOptions = {}): Promise<Array<FetchedPage | null>> {
  const guard = new OriginGuard(pageUrl);
  const out: Array<FetchedPage | null> = [];
  for (const url of urls.slice(0, MAX_POST_PAGES - 1)) {
    out.push(typeof url === 'string' ? await fetchOne(url, guard, opts) : null);
  }
  return out;
}
