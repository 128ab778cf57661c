/**
 * What the XSS suite asserts after each reader open, seen from outside:
 * - the reader frame's DOM (`readerDom`): inside the article, no element that can run or load anything,
 *   no `on*`/`style`/`srcdoc` attribute, no URL that is not http(s) or an in-page `#fragment`, no
 *   `target=_blank` without `noopener`; outside the article, the reader page exactly as it was for a benign
 *   post (site data landed nowhere else); no chrome mimicry: the content carries only the classes the cleaner
 *   and the reader set on content, no `cp-` id and no id of the chrome, and no article element is fixed or
 *   sticky (a post in the reader's classes must not pin a fake toolbar or status toast);
 * - the page (`pageState`): its DOM unchanged but for one `<clearpost-reader>` host with a closed shadow
 *   root and no light-DOM content, and none of the article's text reachable by the page's own scripts.
 * No named functions inside evaluate callbacks (see test/e2e/support/reader.ts: tsx's `__name`).
 */
import type { Frame, Page } from 'puppeteer-core';

export interface ReaderDom {
  /** `where: what` strings; `where` is the nearest `cp-*` container. */
  violations: string[];
  /** The reader page with the article removed and the title blanked, to compare with a benign open. */
  skeleton: string;
  /** Article text contains the sentinel in its title and content. */
  sentinelShown: boolean;
}

/** Tags that must never be inside the article (the reader chrome's own buttons are outside it). */
const BAD_TAGS =
  'script,iframe,frame,frameset,object,embed,applet,base,meta,link,style,form,input,button,textarea,select,option,svg,math,template,noscript,portal,fencedframe,dialog,marquee,xmp,plaintext,noembed,noframes,param,animate,set,use,foreignobject,image,isindex,keygen,slot';

/** Attributes that hold a URL (HTML, SVG, legacy IE). */
const URL_ATTRS = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'cite',
  'background',
  'data',
  'ping',
  'longdesc',
  'usemap',
  'codebase',
  'manifest',
  'lowsrc',
  'dynsrc',
  'profile',
  'icon',
  'archive',
  'classid',
  'imagesrcset',
  'data-embed-src',
];

/**
 * Classes an element of the article's content may carry: the cleaner's (src/core/clean/policy.ts
 * CLEANER_CLASSES), the reader's on content (embed frame, table wrapper, footnote target, image waiting for a
 * click) and code languages.
 */
const CONTENT_CLASS =
  '^(cp-embed|cp-embed-load|cp-embed-frame|cp-footnotes|cp-fn|cp-table-scroll|cp-target|cp-image-load|cp-image-alt|language-[\\w+#.-]+)$';

export async function readerDom(frame: Frame, mark: string): Promise<ReaderDom> {
  return frame.evaluate(
    (badTags: string, urlAttrs: string[], sentinel: string, contentClass: string) => {
      const violations: string[] = [];
      const article = document.querySelector('main#reader article');
      if (!article) violations.push('reader: no article');
      // The comments (issue 11, item 4) are site content outside the article: checked the same way.
      const comments = [...document.querySelectorAll('main#reader .cp-comment-content')];
      const elements = [...(article ? [article, ...article.querySelectorAll('*')] : []), ...comments.flatMap((c) => [...c.querySelectorAll('*')])];
      const body = article?.querySelector('.cp-content');
      const allowedClass = new RegExp(contentClass);
      const chromeIds = new Set(
        [...document.querySelectorAll('[id]')].filter((n) => !article?.contains(n) && !comments.some((c) => c.contains(n))).map((n) => n.id),
      );
      for (const el of elements) {
        const box = el.closest('[class*="cp-"]');
        const where = box ? ((box.getAttribute('class') ?? '').split(/\s+/).find((c) => c.startsWith('cp-')) ?? '?') : 'article';
        const tag = el.tagName.toLowerCase();
        const position = getComputedStyle(el).position;
        if (position === 'fixed' || position === 'sticky') violations.push(`${where}: <${tag}> is position: ${position} (chrome mimicry)`);
        if ((body?.contains(el) && el !== body) || comments.some((c) => c.contains(el))) {
          const foreign = [...el.classList].filter((c) => !allowedClass.test(c));
          if (foreign.length > 0) violations.push(`${where}: <${tag} class="${foreign.join(' ').slice(0, 60)}"> (chrome mimicry)`);
          if (el.id && (/^cp-/i.test(el.id) || chromeIds.has(el.id)))
            violations.push(`${where}: <${tag} id="${el.id.slice(0, 60)}"> (chrome mimicry)`);
        }
        if (el.matches(badTags)) violations.push(`${where}: <${tag}> element`);
        if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') violations.push(`${where}: foreign element <${tag}>`);
        for (const a of el.attributes) {
          const name = a.name.toLowerCase();
          const value = a.value;
          if (name.startsWith('on')) violations.push(`${where}: <${tag} ${name}>`);
          if (name === 'style' || name === 'srcdoc' || name === 'is' || name === 'formtarget')
            violations.push(`${where}: <${tag} ${name}="${value.slice(0, 60)}">`);
          if (!urlAttrs.includes(name)) continue;
          const urls = name === 'srcset' || name === 'imagesrcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
          for (const u of urls) {
            if (name === 'href' && /^#[^\s]*$/.test(u)) continue;
            let ok = false;
            try {
              // Absolute only: a relative URL in the reader would resolve against the extension's origin.
              const parsed = new URL(u);
              ok = parsed.protocol === 'http:' || parsed.protocol === 'https:';
            } catch {
              ok = false;
            }
            if (!ok) violations.push(`${where}: <${tag} ${name}="${u.slice(0, 80)}">`);
          }
        }
        if (tag === 'a' && el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) {
          violations.push(`${where}: target=_blank without noopener`);
        }
      }
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const a of clone.querySelectorAll('main#reader article, main#reader .cp-article-end')) a.remove();
      const title = clone.querySelector('title');
      if (title) title.textContent = '';
      const status = clone.querySelector('#cp-status');
      if (status) status.textContent = '';
      const h1 = article?.querySelector('h1')?.textContent ?? '';
      const content = article?.querySelector('.cp-content')?.textContent ?? '';
      return { violations, skeleton: clone.outerHTML, sentinelShown: h1.includes(sentinel) && content.includes(`${sentinel} start`) };
    },
    BAD_TAGS,
    URL_ATTRS,
    mark,
    CONTENT_CLASS,
  );
}

export interface PageState {
  /** The page's HTML with the reader host removed. */
  html: string;
  hosts: number;
  /** Host facts: parent, closed shadow root, light-DOM children, attributes. */
  host: string;
  /** The sentinel was found somewhere page scripts can read. */
  leaks: string[];
  title: string;
}

export async function pageState(page: Page, mark: string, dataTab = false): Promise<PageState> {
  return page.evaluate(
    (sentinel: string, dataTab: boolean) => {
      // Document members through the prototype: a hostile page (fallback mode) clobbers its own document.
      const D = Document.prototype;
      const root = Reflect.get(D, 'documentElement', document) as HTMLElement;
      const body = Reflect.get(D, 'body', document) as HTMLElement | null;
      const docTitle = String(Reflect.get(D, 'title', document));
      const hosts = [...D.querySelectorAll.call(document, 'clearpost-reader')];
      const clone = Node.prototype.cloneNode.call(root, true) as HTMLElement;
      for (const h of Element.prototype.querySelectorAll.call(clone, 'clearpost-reader')) h.remove();
      const leaks: string[] = [];
      // A raw-JSON tab or an extracted page IS the post data: there only the reader's own nodes must stay out of reach.
      if (!dataTab && root.outerHTML.includes(sentinel)) leaks.push('page outerHTML');
      if (!dataTab && (body?.innerText ?? '').includes(sentinel)) leaks.push('page innerText');
      if (!dataTab && docTitle.includes(sentinel)) leaks.push('page title');
      // An extracted page's own HTML may wear the reader's names (the chrome-mimicry vectors do): there only nodes under
      // the host count (a reader node anywhere else in the page would also change its DOM, compared apart).
      const readerNodes = '.cp-content, main#reader, article.cp-article';
      if (D.querySelector.call(document, dataTab ? `clearpost-reader :is(${readerNodes})` : readerNodes))
        leaks.push('document.querySelector reaches reader nodes');
      const host = hosts[0];
      if (host) {
        if (host.shadowRoot !== null) leaks.push('host.shadowRoot is open');
        if ((host.textContent ?? '').includes(sentinel)) leaks.push('host textContent');
      }
      for (let i = 0; i < window.frames.length; i++) {
        try {
          const doc = (window.frames[i] as Window).document;
          if ((doc.documentElement?.textContent ?? '').includes(sentinel)) leaks.push(`frames[${i}].document readable`);
        } catch {
          // cross-origin: blocked, as it must be
        }
      }
      const info = host
        ? `parent=${host.parentElement?.tagName.toLowerCase() ?? 'none'} children=${host.childNodes.length} attrs=${[...host.attributes].map((a) => a.name).join(',')}`
        : 'none';
      return { html: clone.outerHTML, hosts: hosts.length, host: info, leaks, title: docTitle };
    },
    mark,
    dataTab,
  );
}

/** Before the click: the page HTML as `pageState` reports it after, for an exact comparison. */
export async function pageHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = Reflect.get(Document.prototype, 'documentElement', document) as HTMLElement;
    const clone = Node.prototype.cloneNode.call(root, true) as HTMLElement;
    for (const h of Element.prototype.querySelectorAll.call(clone, 'clearpost-reader')) h.remove();
    return clone.outerHTML;
  });
}

/** Destinations a reader may load from site data: images (and media, which never preload). */
export const ALLOWED_DESTS = new Set(['image', 'video', 'audio', 'track']);
