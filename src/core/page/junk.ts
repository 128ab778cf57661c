/**
 * Theme and plugin furniture that themes print INSIDE the post body container but that is not the post:
 * share bars, related posts, newsletter / subscription boxes, author boxes, ads, tag lists, post
 * navigation, comments. The REST path never sees these (they are added by the theme or by front-end-only
 * filters); the shared cleaner (../clean) then removes the plugin junk both paths have in common.
 */

/** Elements that are never article text. */
const NEVER_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE']);
const NEVER_ROLES = new Set(['navigation', 'complementary', 'dialog']);
/** WordPress core / theme furniture classes (whole class tokens). */
const NEVER_CLASSES = new Set([
  'screen-reader-text',
  'sr-only',
  'post-navigation',
  'nav-links',
  'navigation',
  'comments-area',
  'comment-respond',
  'tags-links',
  'cat-links',
  'entry-footer',
  'edit-link',
  'post-edit-link',
  'page-links',
]);

/** Hidden, or navigation/dialog by role, or core furniture by class. */
function isNever(el: Element): boolean {
  if (NEVER_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.id === 'comments') return true;
  if (el.getAttribute('aria-hidden') === 'true' && !/^(IMG|FIGURE|PICTURE)$/i.test(el.tagName)) return true;
  if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  if (NEVER_ROLES.has(el.getAttribute('role') ?? '')) return true;
  for (const c of el.classList) if (NEVER_CLASSES.has(c)) return true;
  return false;
}

/**
 * Class / id words (whole tokens, or tokens split on - and _) that name furniture. Matched against each
 * class token and the id: e.g. "sharedaddy", "td-post-sharing", "related-posts", "mc4wp-form",
 * "author-box", "ad-slot".
 */
const FURNITURE = new RegExp(
  [
    '^(?:share|sharing|sharer|shares|social|socials|sociable|sharedaddy|addtoany|a2a|shariff|shareaholic)$',
    '^(?:related|relatedposts|yarpp|crp|rp4wp|outbrain|taboola|zergnet)$',
    '^(?:newsletter|subscribe|subscription|mc4wp|mailchimp|optin|signup)$',
    '^(?:advert|advertisement|advertising|ads|adsense|adslot|ad|dfp|sponsored|sponsor|promo|banner)$',
    '^(?:author-?box|author-?bio|about-?author|author-?info|author-?card|saboxplugin)$',
    '^(?:breadcrumb|breadcrumbs|pagination|tags|tagcloud|post-?tags|rating|ratings|print|printfriendly|popup|modal|widget|sidebar)$',
    // "Reading time: 2 min" plugins (rt-reading-time); "Most read" / "Trending" rails (thesun.co.uk).
    '^(?:reading-?time|read-?time|trending|most-?read|most-?popular|popular-?posts|read-?next|recirculation)$',
  ].join('|'),
  'i',
);

function tokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`;
  const out: string[] = [];
  for (const t of raw.split(/\s+/)) {
    if (!t) continue;
    out.push(t);
    // "td-post-sharing-top" → its words; "author-box" also as one word (see FURNITURE).
    const words = t.split(/[-_]+/).filter(Boolean);
    if (words.length > 1) out.push(...words);
    for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}-${words[i + 1]}`);
  }
  return out;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** True when `el` is furniture by its class/id words. */
export function isFurniture(el: Element): boolean {
  return tokens(el).some((t) => FURNITURE.test(t));
}

/**
 * Removes furniture from the container (a clone: the page itself is never touched). An element that
 * holds most of the container's text is never removed, whatever its class says: some themes put
 * "ads" or "social" in the class list of the wrapper of the whole post.
 */
const CONTENT_TAGS = /^(?:P|H[1-6]|BLOCKQUOTE|PRE|TABLE|LI|FIGURE|IMG|PICTURE|VIDEO)$/;

export function stripFurniture(container: Element): void {
  const total = Math.max(1, textLength(container));
  const small = (el: Element): boolean => textLength(el) < total * 0.5;
  // Snapshot first: removing while walking a live collection would skip elements.
  for (const el of [...container.getElementsByTagName('*')]) {
    if (!container.contains(el)) continue;
    if (isNever(el)) {
      if (small(el)) el.remove();
      continue;
    }
    if (!el.hasAttribute('class') && !el.id) continue;
    if (!isFurniture(el)) continue;
    // A paragraph or heading is content even when a plugin tags it (e.g. <p class="share-intro">).
    const loud = /share|related|newsletter|breadcrumb/i.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
    if (CONTENT_TAGS.test(el.tagName.toUpperCase()) && !loud) continue;
    if (small(el)) el.remove();
  }
}
