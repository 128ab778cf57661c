/**
 * Plugin output that leaks into `content.rendered` (the_content filters that also run for REST):
 * sharing buttons, likes, related posts, ads, subscription forms. Runs on the raw inert parse, while the
 * site's classes and ids still exist. Sources: docs/wordpress.md §4.5.
 */

export const JUNK_SELECTORS = [
  // Jetpack: sharing, likes, related posts, WordAds, subscriptions
  '.sharedaddy',
  '#jp-post-flair',
  '.jp-relatedposts',
  '#jp-relatedposts',
  '.jetpack-likes-widget-wrapper',
  '.wpcnt',
  '.wordads-ad-wrapper',
  '.wpa',
  '[class*="wp-block-jetpack-subscriptions"]',
  '.jetpack_subscription_widget',
  // AddToAny, Social Warfare, Shared Counts, Sassy Social Share
  '.addtoany_share_save_container',
  '.addtoany_content',
  '.a2a_kit',
  '.swp_social_panel',
  '.shared-counts-wrap',
  '.heateor_sss_sharing_container',
  // Related posts plugins
  '.yarpp-related',
  '.yarpp',
  '.crp_related',
  '.rp4wp-related-posts',
  '.jp-relatedposts-i2',
  // Easy Table of Contents: a script-driven widget generated from the headings (which stay); its
  // targets are plugin spans, and the reader offers the headings themselves. Not authored content.
  '#ez-toc-container',
  '.ez-toc-container',
  // Block editor leftovers with no text meaning
  '.wp-block-spacer',
  '.wp-lightbox-overlay',
  'button.lightbox-trigger',
  // Ad slots
  'ins.adsbygoogle',
  '.adsbygoogle',
].join(', ');

/** "Share this:" / "Like this:" headings of sharing widgets that lost their wrapper. */
const SHARE_HEADING = /^(share|like|share and enjoy|share this( post| article)?|like this)\s*:?$/i;

/** True when `el` holds nothing but links/buttons/list structure (a row of share buttons). */
function onlyLinks(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  if (text.length > 300) return false;
  const linkText = [...el.querySelectorAll('a, button')]
    .map((a) => a.textContent ?? '')
    .join('')
    .replace(/\s+/g, '');
  return text.replace(/\s+/g, '') === linkText;
}

export function removeJunk(root: Element): void {
  for (const el of [...root.querySelectorAll(JUNK_SELECTORS)]) el.remove();
  // Ad Inserter wraps ads in div.code-block; only those holding ad markup go (code blocks never do).
  for (const el of [...root.querySelectorAll('div.code-block')]) {
    if (el.querySelector('ins, script, iframe') && !el.querySelector('pre, code')) el.remove();
  }
  for (const heading of [...root.querySelectorAll('h2, h3, h4, h5, h6, p')]) {
    if (!SHARE_HEADING.test((heading.textContent ?? '').trim())) continue;
    const next = heading.nextElementSibling;
    if (next && !onlyLinks(next)) continue;
    next?.remove();
    heading.remove();
  }
}
