/**
 * WordPress markup → plain semantic HTML, on the raw inert parse (the classes that say what a block is
 * are dropped by the sanitiser afterwards). Shapes: docs/wordpress.md §4.2–4.3.
 */
import { isElement, rename } from './dom';

/** Classic `[caption]` without html5 support: div.wp-caption > img + p.wp-caption-text → figure. */
function captions(root: Element): void {
  for (const div of [...root.querySelectorAll('div.wp-caption, div.gallery-item, dl.gallery-item')]) {
    const caption = div.querySelector('.wp-caption-text, .gallery-caption');
    const figure = rename(div, 'figure');
    if (caption) {
      const figcaption = rename(caption, 'figcaption');
      figure.append(figcaption); // figcaption must be the first or last child
    }
  }
  for (const el of [...root.querySelectorAll('figure .wp-caption-text:not(figcaption)')]) rename(el, 'figcaption');
  // Classic [gallery]: dl.gallery-item > dt.gallery-icon > img; the dt/dd wrappers have no meaning.
  for (const el of [...root.querySelectorAll('figure > dt.gallery-icon, figure > dd')]) el.replaceWith(...el.childNodes);
}

const LANG_CLASS = /(?:^|\s)(?:lang|language)-([\w+#.-]{1,40})(?:\s|$)/i;
const BRUSH = /(?:^|\s|;)brush:\s*([\w+#.-]{1,40})/i;

function languageOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  const cls = el.getAttribute('class') ?? '';
  const match = LANG_CLASS.exec(cls) ?? BRUSH.exec(cls);
  const data = el.getAttribute('data-lang') ?? el.getAttribute('data-language');
  const lang = match?.[1] ?? data ?? undefined;
  return lang && /^[\w+#.-]{1,40}$/.test(lang) ? lang.toLowerCase() : undefined;
}

/** Code blocks: pre > code, the language (from lang-/language-/brush:/data-lang) as class="language-x". */
function codeBlocks(root: Element): void {
  for (const pre of [...root.querySelectorAll('pre')]) {
    let code =
      [...pre.children].length === 1 &&
      pre.firstElementChild?.tagName === 'CODE' &&
      (pre.textContent ?? '') === (pre.firstElementChild.textContent ?? '')
        ? pre.firstElementChild
        : null;
    const lang = languageOf(code) ?? languageOf(pre) ?? languageOf(pre.parentElement);
    if (!code) {
      // Only code-ish blocks get a <code>; verse and preformatted prose stay plain <pre>.
      if (!lang && !/\bwp-block-code\b/.test(pre.getAttribute('class') ?? '')) continue;
      code = pre.ownerDocument.createElement('code');
      code.append(...pre.childNodes);
      pre.append(code);
    }
    code.setAttribute('class', lang ? `language-${lang}` : '');
    pre.setAttribute('class', '');
  }
}

/** Block footnotes keep a recognisable shape (`cp-` classes survive the sanitiser). */
function footnotes(root: Element): void {
  for (const ol of root.querySelectorAll('ol.wp-block-footnotes')) ol.setAttribute('class', 'cp-footnotes');
  for (const sup of root.querySelectorAll('sup.fn, sup[data-fn]')) sup.setAttribute('class', 'cp-fn');
}

/**
 * The File block: `<div class="wp-block-file"><a href=F>Name</a><a href=F class="wp-block-file__button" download>Download</a></div>`
 * (plus an optional PDF <object>, dropped by the sanitiser). The button repeats the link under the site's
 * own label ("Download [1]" in a copy); the link itself is marked cp-file so exports can say it is a file.
 */
function fileBlocks(root: Element): void {
  for (const block of root.querySelectorAll('.wp-block-file')) {
    const links = [...block.querySelectorAll('a[href]')];
    const main = links.find((a) => !a.classList.contains('wp-block-file__button')) ?? links[0];
    if (!main) continue;
    for (const a of links) if (a !== main && a.getAttribute('href') === main.getAttribute('href')) a.remove();
    main.setAttribute('class', 'cp-file');
  }
}

/**
 * A heading that is a toggle: the Accordion block writes its heading as `<h3><button><span>Title</span>
 * <span aria-hidden="true">+</span></button></h3>` (so do FAQ and tab plugins). The sanitiser drops a <button>
 * with its content, which took the heading with it; the button's words are the heading, its icon is not.
 */
function headingButtons(root: Element): void {
  for (const button of [...root.querySelectorAll('h1 button, h2 button, h3 button, h4 button, h5 button, h6 button, summary button, dt button')]) {
    for (const icon of [...button.querySelectorAll('[aria-hidden="true"], svg, [class*="icon"]')]) icon.remove();
    button.replaceWith(...button.childNodes);
  }
}

/** Gutenberg embed figures around a placeholder: the placeholder takes the caption, the wrapper goes. */
function embedFigures(root: Element): void {
  for (const placeholder of [...root.querySelectorAll('figure.cp-embed')]) {
    const outer = placeholder.parentElement?.closest('figure.wp-block-embed');
    if (!outer) continue;
    const caption = [...outer.children].find((c) => c.tagName === 'FIGCAPTION');
    if (caption) placeholder.append(caption);
    outer.replaceWith(placeholder);
  }
}

export function semanticWordPress(root: Element): void {
  captions(root);
  headingButtons(root);
  codeBlocks(root);
  footnotes(root);
  fileBlocks(root);
  embedFigures(root);
}

/** After sanitising: the reader has one h1 (the title), so content headings h1 become h2. */
export function demoteH1(root: Element): void {
  for (const h1 of [...root.querySelectorAll('h1')]) rename(h1, 'h2');
}

/**
 * Wrapper divs without meaning (their classes are gone): a div of blocks is unwrapped; a div of
 * inline content at block level becomes a paragraph (a bare `<div>text</div>` is one in a reader).
 */
export function flattenDivs(root: Element): void {
  for (const div of [...root.querySelectorAll('div')].reverse()) {
    if (div.attributes.length > 0 && !(div.attributes.length === 1 && div.hasAttribute('dir'))) continue;
    const kids = [...div.childNodes].filter((n) => !(n.nodeType === 3 && (n.nodeValue ?? '').trim() === ''));
    const blocks = kids.filter((n) => isElement(n) && isBlockElement(n));
    const parent = div.parentElement;
    if (kids.length === 0) div.remove();
    else if (blocks.length === kids.length && !div.hasAttribute('dir')) div.replaceWith(...div.childNodes);
    else if (blocks.length === 0 && parent && /^(DIV|BLOCKQUOTE|FIGURE|SECTION|DETAILS)$/.test(parent.tagName)) rename(div, 'p');
  }
}

function isBlockElement(el: Element): boolean {
  return /^(P|DIV|H[1-6]|UL|OL|DL|TABLE|FIGURE|BLOCKQUOTE|PRE|HR|DETAILS|PICTURE|VIDEO|AUDIO)$/.test(el.tagName);
}
