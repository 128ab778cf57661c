/**
 * Shortcodes whose plugin is inactive (or registered front-end only) stay in `content.rendered` as
 * literal text: WPBakery `[vc_row]`, Divi `[et_pb_section …]`, … (WP-API/WP-API#2578;
 * docs/wordpress.md §4.8). They are stripped from text nodes, keeping the text between them. Never inside pre/code, and
 * never bracketed prose: `[1]` references, `[…]` (excerpts' `[&hellip;]`), `[sic]`, `[citation needed]`.
 */

/** Prefixes of page builders and common plugins: a bare `[vc_column]` is markup, not prose. */
const KNOWN =
  /^(vc_|et_pb_|fusion_|av_|cs_|tatsu_|themify_|su_|mk_|fl_|ux_|tdc_|td_|ult_|us_|x_|kc_|cmsmasters_|dt_|gdlr_|rev_slider|caption$|gallery$|embed$|audio$|video$|playlist$|contact-form|gravityform|wpforms|ninja_form|mc4wp|button$|row$|column|col$|section$|tabs?$|accordion|toggle$|divider$|spacer$|one_(half|third|fourth)|two_third|three_fourth)/i;

const TAG = /\[(\/)?([a-z][\w-]*)((?:\s[^\][]*)?)(\/)?\]/gi;

/** True when this bracket is a shortcode, not prose. `closers` are the names closed somewhere. */
function isShortcode(name: string, attrs: string, closing: boolean, closers: Set<string>): boolean {
  if (KNOWN.test(name)) return true;
  if (closing) return closers.has(`open:${name.toLowerCase()}`); // [/x] only when an [x] exists too
  if (/\w[\w-]*\s*=\s*("[^"]*"|'[^']*'|[^\s\]]+)/.test(attrs)) return true; // [name attr="…"]
  return closers.has(`close:${name.toLowerCase()}`); // [x]…[/x]
}

function inCode(node: Node): boolean {
  return node.parentElement?.closest('pre, code, kbd, samp') != null;
}

/** Strips leftover shortcodes from the text of `root`. Returns true when any were removed. */
export function stripShortcodes(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').includes('[') && !inCode(node)) texts.push(node as Text);
  }
  if (texts.length === 0) return false;
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of (text.nodeValue ?? '').matchAll(TAG)) names.add(`${m[1] ? 'close' : 'open'}:${(m[2] ?? '').toLowerCase()}`);
  }
  let removed = false;
  for (const text of texts) {
    const before = text.nodeValue ?? '';
    const after = before.replace(TAG, (whole, slash: string | undefined, name: string, attrs: string) => {
      if (!isShortcode(name, attrs, slash === '/', names)) return whole;
      removed = true;
      return '';
    });
    if (after !== before) text.nodeValue = after;
  }
  return removed;
}
