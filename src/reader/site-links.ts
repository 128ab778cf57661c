/**
 * Stay in the reader (issue 11, item 1): a plain click on a link to another post or page of the same site
 * opens it here, read through REST by the background (src/core/rest/linked.ts decides which links qualify,
 * without a request). Every other link keeps its behaviour (a new tab), and so does any modified click:
 * Ctrl / ⌘ / Shift / Alt or the middle button still open the link as the browser would.
 */
import { linkedTarget } from '../core/rest/linked-target';

export function keepSiteLinksInReader(container: HTMLElement, pageUrl: () => string | undefined, open: (href: string) => void): void {
  container.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || !container.contains(link) || link.closest('.cp-embed')) return;
    const href = link.getAttribute('href') ?? '';
    const page = pageUrl();
    if (page === undefined || !linkedTarget(href, page)) return;
    event.preventDefault();
    open(href);
  });
}
