/**
 * Bundled by profile-normalize.ts: normalizePost and each step of cleanContent, timed one by one on a post
 * fetched from the bench server (the order mirrors src/core/clean/index.ts cleanContent and
 * src/core/article/normalize.ts; the full normalizePost is timed too, on a fresh parse).
 */
import { normalizePost } from '../../src/core/article';
import { blockText } from '../../src/core/article/words';
import { collectLinks, findOriginalSource } from '../../src/core/clean';
import { parseInert } from '../../src/core/clean/dom';
import { removeJunk } from '../../src/core/clean/junk';
import { prepareInert, sanitizeInert } from '../../src/core/clean/sanitize';
import { stripShortcodes } from '../../src/core/clean/shortcodes';
import { demoteH1, flattenDivs, semanticWordPress } from '../../src/core/clean/structure';
import { dropInterBlockWhitespace, removeEmpty, trimBlocks } from '../../src/core/clean/whitespace';
import type { FetchedPost, WpPost } from '../../src/core/types';

async function run(jsonUrl: string): Promise<Record<string, number>> {
  const post = (await (await fetch(jsonUrl)).json()) as WpPost;
  const html = post.content?.rendered ?? '';
  const base = String(post.link ?? jsonUrl);
  const t: Record<string, number> = {};
  const step = <T>(name: string, f: () => T): T => {
    const a = performance.now();
    const r = f();
    t[name] = Math.round((performance.now() - a) * 10) / 10;
    return r;
  };
  const raw = step('parseInert', () => parseInert(html));
  step('prepareInert', () => prepareInert(raw, base));
  step('removeJunk', () => removeJunk(raw));
  step('semanticWordPress', () => semanticWordPress(raw));
  const root = step('sanitizeInert', () => sanitizeInert(raw, base));
  step('stripShortcodes', () => stripShortcodes(root));
  step('demoteH1', () => demoteH1(root));
  step('trimBlocks', () => trimBlocks(root));
  step('removeEmpty', () => removeEmpty(root));
  step('flattenDivs', () => flattenDivs(root));
  step('dropInterBlockWhitespace', () => dropInterBlockWhitespace(root));
  step('trimBlocks (2)', () => trimBlocks(root));
  step('findOriginalSource', () => findOriginalSource(root, { postUrl: base, siteUrl: base }));
  step('collectLinks', () => collectLinks(root));
  step('blockText', () => blockText(root));
  const fetched: FetchedPost = { post, jsonUrl };
  step('normalizePost (all)', () => normalizePost(fetched, { pageUrl: base }));
  return t;
}

(globalThis as { benchNormalize?: typeof run }).benchNormalize = run;
