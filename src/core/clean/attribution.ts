/**
 * The original publisher of syndicated / feed-imported posts. Aggregator sites (WP RSS Aggregator,
 * Feedzy, WPeMatico…) import feed items whose last paragraph credits the source, e.g. Yoast's RSS footer
 * "The post <a>X</a> appeared first on <a>Y</a>." (Yoast/wordpress-seo rss-footer-embed.php) or a bare
 * "This post appeared first on cnn.com" (the seed post). Sources: docs/wordpress.md §4.6.
 *
 * Only footer-shaped blocks count: one of the last three text blocks, short, and the WHOLE block is the
 * credit sentence ("This story originally appeared on X", "The post T appeared first on X", "Originally
 * published at X", "It was first published by X"). Prose that merely contains the phrase is not a footer: a
 * sentence saying where cases of a disease "first appeared in" a region is the second-to-last paragraph of a
 * detroit.cbslocal.com news story in the corpus, and was once dropped as one.
 */
import type { OriginalSource } from '../types';
import { displayHost, httpUrl, registrableDomain, sameSite } from '../url';

export interface SourceContext {
  postUrl: string;
  canonicalUrl?: string;
  siteUrl?: string;
}

const MAX_FOOTER_CHARS = 300;
const LAST_BLOCKS = 3;

/**
 * What a footer credit sentence opens with: nothing ("Originally published on X"), or the post itself as
 * the subject ("This story", "The article", "It"), then an optional auxiliary ("was", "has been").
 */
const SUBJECT = String.raw`^[\s*_—–-]*(?:(?:(?:this|the)\s+(?:post|article|story|piece|column|report|essay|interview|review|item|entry|content|feature|op-ed)|it)\s+)?(?:(?:was|is|has\s+been|had\s+been)\s+)?`;
/** "first/originally appeared" or "appeared first/originally", then on/at/in/by: group 1 is the source. */
const CREDIT = String.raw`(?:(?:first|originally)\s+(?:appeared|published|posted|ran)|(?:appeared|published|posted)\s+(?:first|originally))\s+(?:on|at|in|by)\s+(.+?)\.?$`;

/** Footer phrases, each matching the whole block; group 1 is the credited source as written (site name, domain or link text). */
const PATTERNS: { re: RegExp; via: OriginalSource['via'] }[] = [
  { re: /^the post\s+.+?\s+appeared first on\s+(.+?)\.?$/i, via: 'yoast-footer' },
  { re: new RegExp(SUBJECT + CREDIT, 'i'), via: 'footer' },
  { re: /^(?:source|via|originally from)\s*:\s*(.+?)\.?$/i, via: 'footer' },
  { re: /^read (?:more|the (?:full|original) (?:story|article|post)) (?:at|on)\s+(.+?)\.?$/i, via: 'footer' },
];

/** "Read more at"/"Source:" are common in prose too: they only count with a link to another site. */
const NEEDS_LINK = /^(source|via|read )/i;

const LOOKS_LIKE_DOMAIN = /^(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/i;

const LEAF_BLOCKS = 'p, div, h2, h3, h4, h5, h6, li, blockquote, section, footer, aside';

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function cleanName(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/^["'“‘«]+|["'”’».,;:!]+$/g, '')
    .trim()
    .slice(0, 200);
}

/**
 * "Source: <a>Reuters</a>" credits a publisher; "Source: <a href=wikipedia>Machu Picchu</a>" cites a page
 * (seen in the corpus). Only the first kind is an original source: the link text must name the host.
 */
function namesHost(link: { text: string; href: string }): boolean {
  const name = link.text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const host = displayHost(link.href);
  const domain = registrableDomain(host).split('.')[0] ?? '';
  return name.length >= 2 && (host.replace(/[^a-z0-9]/g, '').includes(name) || (domain.length >= 3 && name.includes(domain)));
}

/**
 * "This <a href=article>article</a> originally appeared on X", "This article <a href=article>originally
 * appeared</a> on x.com": the link is on other words than the source's name, but it is the original
 * article, a better credit than X's home page (issue 10 §1). Only a link to another site counts.
 */
function articleLink(links: { text: string; href: string }[], ctx: SourceContext): string | undefined {
  const away = links.filter((l) => !sameSite(l.href, ctx.postUrl));
  return away.length === 1 ? away[0]?.href : undefined;
}

/** The last few blocks that hold text and no other block. */
function lastBlocks(root: Element): Element[] {
  const leaves = [...root.querySelectorAll(LEAF_BLOCKS)].filter((el) => !el.querySelector(LEAF_BLOCKS) && text(el) !== '');
  return leaves.slice(-LAST_BLOCKS).reverse();
}

function readFooter(block: Element, ctx: SourceContext): OriginalSource | undefined {
  const whole = text(block);
  if (whole.length === 0 || whole.length > MAX_FOOTER_CHARS) return undefined;
  for (const { re, via } of PATTERNS) {
    const match = re.exec(whole);
    if (!match?.[1]) continue;
    const links = [...block.querySelectorAll('a[href]')]
      .map((a) => ({ text: text(a), href: httpUrl(a.getAttribute('href')) }))
      .filter((l): l is { text: string; href: string } => l.href !== undefined);
    const tail = match[1];
    const credited = [...links].reverse().find((l) => l.text !== '' && tail.includes(l.text));
    if (NEEDS_LINK.test(whole) && !(credited && !sameSite(credited.href, ctx.postUrl) && namesHost(credited))) continue;
    let name = cleanName(credited?.text ?? tail);
    let url: string | undefined;
    if (via === 'yoast-footer')
      url = links[0]?.href ?? credited?.href; // the original permalink
    else url = credited?.href ?? articleLink(links, ctx);
    if (!url && LOOKS_LIKE_DOMAIN.test(name)) url = `https://${name.toLowerCase()}/`;
    if (!name && url) name = displayHost(url);
    if (!name) continue;
    // A canonical URL on the credited domain is a better link than the bare domain.
    if (ctx.canonicalUrl && url && !sameSite(ctx.canonicalUrl, ctx.postUrl) && sameSite(ctx.canonicalUrl, url)) {
      url = httpUrl(ctx.canonicalUrl) ?? url;
    }
    return url ? { name, url, via } : { name, via };
  }
  return undefined;
}

/** Removes `el`, then any ancestor (below root) left without content. */
function removeWithEmptyParents(el: Element, root: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && text(parent) === '' && !parent.querySelector('img, video, audio, table, hr, a.cp-embed-load')) {
    const next: HTMLElement | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Finds the original publisher and removes its footer from `root` (see the file comment). */
export function findOriginalSource(root: HTMLElement, ctx: SourceContext): OriginalSource | undefined {
  for (const block of lastBlocks(root)) {
    const source = readFooter(block, ctx);
    if (!source) continue;
    removeWithEmptyParents(block, root);
    // A separator left dangling at the very end belonged to the footer.
    while (root.lastElementChild?.tagName === 'HR') root.lastElementChild.remove();
    return source;
  }
  const canonical = httpUrl(ctx.canonicalUrl);
  if (canonical && !sameSite(canonical, ctx.postUrl)) {
    const name = displayHost(canonical);
    if (name) return { name, url: canonical, via: 'canonical' };
  }
  return undefined;
}
