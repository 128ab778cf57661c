/**
 * The one observer both readers are timed with, installed from outside (CDP
 * Page.addScriptToEvaluateOnNewDocument via page.evaluateOnNewDocument, which Puppeteer also applies to
 * out-of-process frames such as the extension's reader frame) into every document of the tab before its
 * own scripts run. Nothing in either reader knows about it.
 *
 * - In a reader frame (Clearpost: the chrome-extension:// frame; Readability: the about:srcdoc frame):
 *   "painted" is the first frame after an <article> is in a parsed document: stamped in a
 *   requestAnimationFrame callback (`raf`) and again in a task queued from it, which runs after that frame's
 *   style, layout and paint (`painted`). Long tasks (PerformanceObserver 'longtask', > 50 ms) are kept.
 * - In the page: when Clearpost's host element is attached (the content script has run and mounted the
 *   frame), and the page's long tasks.
 * All times are epoch ms (`performance.timeOrigin + performance.now()`), comparable across contexts.
 * Plain JS in a string: tsx would otherwise wrap named functions in a `__name` helper the page lacks.
 */
export const OBSERVER_SOURCE = `(() => {
  if (window.__bench) return;
  const now = () => performance.timeOrigin + performance.now();
  const bench = (window.__bench = { longTasks: [], installedAt: now() });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  } catch (e) {}
  const href = String(location.href);
  const isReader = window !== top && (href.startsWith('chrome-extension:') || href === 'about:srcdoc');
  if (isReader) {
    bench.kind = href === 'about:srcdoc' ? 'readability' : 'clearpost';
    // The reader page's own boot: its module scripts have run by DOMContentLoaded.
    document.addEventListener('DOMContentLoaded', () => { bench.dcl = now(); }, { once: true });
    let seen = false;
    const check = () => {
      if (seen) return;
      const state = document.documentElement && document.documentElement.dataset.state;
      if (state === 'error') { seen = true; bench.error = now(); return; }
      if (document.readyState === 'loading' || !document.querySelector('article')) return;
      seen = true;
      bench.found = now();
      requestAnimationFrame(() => {
        bench.raf = now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { bench.painted = now(); };
        ch.port2.postMessage(0);
      });
      mo.disconnect();
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
    document.addEventListener('readystatechange', check);
  } else if (window === top) {
    const watch = () => {
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) {
          if (n.nodeName === 'CLEARPOST-READER' && !bench.hostAttached) bench.hostAttached = now();
        }
      }).observe(document.documentElement, { childList: true });
    };
    if (document.documentElement) watch();
    else document.addEventListener('DOMContentLoaded', watch, { once: true });
  }
})();`;

export interface LongTask {
  start: number;
  duration: number;
}

export interface ObserverState {
  longTasks: LongTask[];
  installedAt: number;
  kind?: 'clearpost' | 'readability';
  found?: number;
  raf?: number;
  painted?: number;
  error?: number;
  hostAttached?: number;
  dcl?: number;
}
