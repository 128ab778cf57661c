/**
 * Footnote and table-of-contents links ("#fn1") scroll inside the reader WITHOUT changing location.hash:
 * a hash change in the reader frame adds a joint-history entry, and the browser's Back button would
 * then step through footnotes instead of leaving the page (issue 3: Back is never hijacked).
 */
export function keepInPageLinksLocal(container: HTMLElement): void {
  container.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!link || !container.contains(link)) return;
    const href = link.getAttribute('href') ?? '';
    let id: string;
    try {
      id = decodeURIComponent(href.slice(1));
    } catch {
      return;
    }
    // Looked up inside the article only: a post may reuse an id of the reader's own markup ("reader",
    // "cp-status"...), and getElementById would return that first element, outside the article.
    const target = id ? [...container.querySelectorAll<HTMLElement>('[id]')].find((el) => el.id === id) : undefined;
    if (!target) return;
    event.preventDefault();
    for (const old of container.querySelectorAll('.cp-target')) old.classList.remove('cp-target');
    target.classList.add('cp-target');
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // Focus moves with the view so the next Tab continues from the footnote (and screen readers read it).
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  });
}
