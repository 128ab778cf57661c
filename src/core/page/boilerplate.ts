/**
 * Furniture recognised by what it says or links to rather than by its class (./junk.ts): themes and
 * plugins print these inside the post container with classes no list can guess (`wabtn_container`,
 * `pNxQHp61`, `tinier button`). Every rule removes only small elements, never one that holds most of the
 * container's text. Seen on the corpus's WordPress pages (../../../../shared/corpus/wp-html-pages):
 * - share links: WhatsApp / Facebook / Twitter / Pinterest share endpoints (autoracing.com.br,
 *   mensagensreflexao.com.br);
 * - ad labels: a lone "Advert" / "Advertisement" / "Anzeige" over an ad slot (morebikes.co.uk);
 * - tag and category lists: blocks of links to /tag/ or /category/ archives, or `rel="tag"`
 *   (WordPress's `the_tags()` / `the_category()`; spacenews.com, autoracing.com.br);
 * - byline / date lines: "by <a rel=author>Jeff Foust</a> — <time>" (spacenews.com), `itemprop=datePublished`
 *   (autoracing.com.br): the reader shows them in its own header;
 * - the same caption under every photo (jeongdongtheater.com: one festival title under 12 photos): kept once.
 */

import { stripBoxes } from './boxes';
import { squash, textOf, upTo, wrapperOf } from './furniture-text';

const SHARE_URL =
  /^(?:whatsapp:|https?:\/\/(?:www\.|m\.|api\.|web\.)?(?:facebook\.com\/(?:sharer|share\.php|dialog\/share)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|pinterest\.[a-z.]+\/pin\/create|(?:www\.)?linkedin\.com\/(?:shareArticle|sharing|cws\/share)|reddit\.com\/submit|(?:api\.)?whatsapp\.com\/send|wa\.me\/|t\.me\/share|telegram\.me\/share|plus\.google\.com\/share|tumblr\.com\/(?:share|widgets\/share)|vk\.com\/share|getpocket\.com\/(?:save|edit)|digg\.com\/submit|mix\.com\/add|flipboard\.com\/bookmarklet)|mailto:\?)/i;

/** Ad labels in the languages of the corpus, as the whole text of an element. */
const AD_LABEL =
  /^(?:advert|advertisement|advertising|ad|ads|sponsored|sponsored content|anzeige|werbung|publicidade|publicidad|publicité|pubblicità|reklama|reclame|annonce)$/i;

const TAXONOMY_PATH = /\/(?:tag|tags|category|categoria|categorie|kategorie|topics?|etiqueta|schlagwort)\/[^/?#]+\/?(?:[?#].*)?$/i;
const TAXONOMY_LABEL =
  /^(?:tags?|tagged(?: with)?|tagged in|categor(?:y|ies)|filed under|topics?|posted in|schlagw(?:ö|oe)rter|kategorien?|etiquetas?|marcadores|categorias?|argomenti)\s*:?$/i;

const BYLINE_MARK =
  'a[rel~="author"], [itemprop="author"], [itemprop="datePublished"], [itemprop="dateModified"], time, .byline, .posted-on, .posted-by, .entry-date, .post-date, .published';

const CAPTION = 'figcaption, .wp-caption-text, .wp-element-caption, .gallery-caption';

function linkHref(a: Element): string {
  return (a.getAttribute('href') ?? '').trim();
}

function removeShareLinks(root: Element): void {
  for (const a of [...root.querySelectorAll('a[href]')]) {
    if (!root.contains(a) || !SHARE_URL.test(linkHref(a))) continue;
    const text = textOf(a);
    // A share link inside a sentence ("share it on <a>Facebook</a>") is left alone; a bare button goes.
    if (text.length > 40) continue;
    wrapperOf(a, root, text).remove();
  }
}

function removeAdLabels(root: Element): void {
  for (const el of [...root.querySelectorAll('span, div, p, small, center, strong, em, b, i, h6, h5, header')]) {
    if (root.contains(el) && AD_LABEL.test(textOf(el)) && !el.querySelector('img, picture, video, iframe')) el.remove();
  }
}

function isTaxonomyLink(a: Element): boolean {
  if (/(^|\s)(tag|category)(\s|$)/i.test(a.getAttribute('rel') ?? '')) return true;
  return TAXONOMY_PATH.test(linkHref(a));
}

/** Blocks made of tag / category links and at most a label ("Tags:") and separators. */
function removeTaxonomyLists(root: Element): void {
  for (const el of [...root.querySelectorAll('p, div, ul, ol, li, span, strong, em, footer, section, nav')]) {
    if (!root.contains(el)) continue;
    const links = [...el.querySelectorAll('a')];
    const tax = links.filter(isTaxonomyLink).length;
    // All tag / category links; a row of three or more may carry one section link besides ("/section/x").
    if (links.length === 0 || (tax < links.length && !(links.length >= 3 && tax >= links.length - 1))) continue;
    let rest = textOf(el);
    for (const a of links) rest = rest.replace(textOf(a), ' ');
    rest = squash(rest.replace(/[,;|·•/»>]+/g, ' '));
    if (rest === '' ? links.length >= 2 : TAXONOMY_LABEL.test(rest)) {
      // The outermost wrapper holding only this list goes with it.
      wrapperOf(el, root, textOf(el)).remove();
    }
  }
}

/** A short line (≤ 120 characters) that carries the author link or the post date: the header's job. */
function removeBylines(root: Element): void {
  for (const mark of [...root.querySelectorAll(BYLINE_MARK)]) {
    if (!root.contains(mark)) continue;
    const markText = textOf(mark);
    if (markText === '' || markText.length > 80) continue;
    let line: Element | undefined;
    for (const cur of upTo(mark, root)) {
      const t = textOf(cur);
      if (t.length > 120) break;
      line = cur;
    }
    if (!line) continue;
    const text = textOf(line);
    // Prose that happens to contain a date ("On <time>May 5</time> the council voted ...") is not a
    // byline: a byline line is mostly names and dates, so the mark must be a good part of it, or the
    // line must read like one ("by ...", "Posted on ...", "Published ...").
    const bylineWords = /^(?:by|von|por|par|di|door|posted|published|updated|veröffentlicht|publicado|publié|pubblicato)\b/i.test(text);
    if (markText.length * 2 >= text.length || bylineWords) line.remove();
  }
}

/** Share rows by their words ("Twitter • E-mail • Print"), whatever their links point at (issue 10 §1). */
const SHARE_WORD =
  /^(?:share(?: this| on)?|twitter|x|facebook|e-?mail|print|linkedin|whatsapp|reddit|pinterest|telegram|tumblr|pocket|threads|bluesky|mastodon|copy link)$/i;
/** A breadcrumb trail: "Home / News / …", "Home » Blog". */
const BREADCRUMB = /^(?:home|start|inicio|início|accueil|startseite)\s*[/»>›|]/i;
/** The label of a related-links list. */
const RELATED_LABEL =
  /^(?:related(?: posts| articles| stories| reading)?|see also|read (?:more|also|next)|more from [^:]{1,40}|you may also like)\s*:?$/i;

/** Rows whose words are all share-network names and that hold at least two links. */
function removeShareRows(root: Element): void {
  for (const el of [...root.querySelectorAll('p, div, ul, span, nav, footer, section')]) {
    if (!root.contains(el) || el.querySelectorAll('a').length < 2 || el.querySelector('img:not([width="16"]), video, iframe, table')) continue;
    const words = textOf(el)
      .split(/\s*[•·|,;/]\s*|\s{2,}|\s(?=[A-Z])/)
      .map(squash)
      .filter(Boolean);
    if (words.length >= 2 && words.every((w) => SHARE_WORD.test(w))) wrapperOf(el, root, textOf(el)).remove();
  }
}

/** Short lines that start with a breadcrumb trail and are made of links and separators. */
function removeBreadcrumbs(root: Element): void {
  for (const el of [...root.querySelectorAll('p, div, nav, ol, ul, span')]) {
    if (!root.contains(el)) continue;
    const text = textOf(el);
    const first = el.querySelector('a');
    if (text.length > 200 || !first || !BREADCRUMB.test(text) || !/^(?:home|start|inicio|início|accueil|startseite)$/i.test(textOf(first))) continue;
    wrapperOf(el, root, text).remove();
  }
}

/** "Related: <a>…</a>, <a>…</a>" and a "Related posts" label over a list of links only. */
function removeRelatedLists(root: Element): void {
  for (const el of [...root.querySelectorAll('p, div, ul, ol, section, aside')]) {
    if (!root.contains(el)) continue;
    const links = [...el.querySelectorAll('a')];
    if (links.length === 0) continue;
    let rest = textOf(el);
    for (const a of links) rest = rest.replace(textOf(a), ' ');
    rest = squash(rest.replace(/[,;|·•»–—-]+/g, ' '));
    if (RELATED_LABEL.test(rest)) {
      wrapperOf(el, root, textOf(el)).remove();
    }
  }
  // A "Related posts" heading or label directly followed by a list of links only.
  for (const heading of [...root.querySelectorAll('h2, h3, h4, h5, h6, p, strong')]) {
    if (!root.contains(heading) || !RELATED_LABEL.test(textOf(heading))) continue;
    const block = heading.tagName === 'STRONG' ? heading.parentElement : heading;
    const list = block?.nextElementSibling;
    if (!block || !list || !/^(UL|OL)$/.test(list.tagName)) continue;
    const items = [...list.children];
    if (items.length > 0 && items.every((li) => li.querySelector('a') && textOf(li) === [...li.querySelectorAll('a')].map(textOf).join(' ').trim())) {
      list.remove();
      block.remove();
    }
  }
}

function removeRepeatedCaptions(root: Element): void {
  const seen = new Set<string>();
  for (const cap of [...root.querySelectorAll(CAPTION)]) {
    const t = textOf(cap).toLowerCase();
    if (t === '') continue;
    if (seen.has(t)) cap.remove();
    else seen.add(t);
  }
}

/** Removes the text-recognised furniture described above from `container` (a copy, never the page). */
export function stripBoilerplate(container: Element): void {
  // Whole boxes first: the byline rule would otherwise take only the author line out of an author box.
  stripBoxes(container);
  removeShareLinks(container);
  removeShareRows(container);
  removeBreadcrumbs(container);
  removeRelatedLists(container);
  removeAdLabels(container);
  removeTaxonomyLists(container);
  removeBylines(container);
  removeRepeatedCaptions(container);
}
