/**
 * Bundled by profile-normalize.ts: normalizePost and each step of cleanContent, timed one by one on a post
 * fetched from the bench server (the order mirrors src/core/clean/index.ts cleanContent and
 * src/core/article/normalize.ts; the full normalizePost is timed too, on a fresh parse, then the reader's
 * normalizePostSliced: its wall time, number of tasks and longest task).
 */
import { normalizePost, normalizePostSliced } from '../../src/core/article';
import { nextTask } from '../../src/core/clean/slices';
import { blockText } from '../../src/core/article/words';
import { collectLinks, findOriginalSource } from '../../src/core/clean';
import { parseInert } from '../../src/core/clean/dom';
import { removeJunk } from '../../src/core/clean/junk';
import { prepareInert, sanitizeInert } from '../../src/core/clean/sanitize';
import { stripShortcodes } from '../../src/core/clean/shortcodes';
import { demoteH1, flattenDivs, semanticWordPress } from '../../src/core/clean/structure';
import { dropInterBlockWhitespace, removeEmpty, trimBlocks } from '../../src/core/clean/whitespace';
import type { FetchedPost, WpPost } from '../../src/core/types';

/** `repeatTo` > 0: the post's content repeated until it is at least that many characters (big-post cases). */
async function run(jsonUrl: string, repeatTo = 0): Promise<Record<string, number>> {
  const post = (await (await fetch(jsonUrl)).json()) as WpPost;
  const one = post.content?.rendered ?? '';
  const html = repeatTo > 0 && one !== '' ? one.repeat(Math.ceil(repeatTo / one.length)) : one;
  post.content = { ...post.content, rendered: html };
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
  // What the reader runs: the same pipeline in slices. Each "task" is the time between two hand-backs.
  const tasks: number[] = [];
  const taskSteps: string[][] = [[]];
  const started = performance.now();
  let resumed = started;
  let sliceStart = started;
  await normalizePostSliced(fetched, {
    pageUrl: base,
    onSlice: (slice) => {
      const end = performance.now();
      taskSteps[taskSteps.length - 1]?.push(`${slice.step} ${Math.round(end - sliceStart)}`);
      sliceStart = end;
    },
    yieldTo: async () => {
      tasks.push(performance.now() - resumed);
      taskSteps.push([]);
      await nextTask();
      resumed = performance.now();
      sliceStart = resumed;
    },
  });
  tasks.push(performance.now() - resumed);
  const long = tasks.map((ms, i) => ({ ms, i })).filter((x) => x.ms > 50);
  console.log(`sliced tasks over 50 ms: ${long.length}${long.map((x) => `\n  ${Math.round(x.ms)} ms: ${taskSteps[x.i]?.join(', ')}`).join('')}`);
  t['sliced: wall'] = Math.round(performance.now() - started);
  t['sliced: tasks'] = tasks.length;
  t['sliced: longest task'] = Math.round(Math.max(...tasks) * 10) / 10;
  t['sliced: busy'] = Math.round(tasks.reduce((a, b) => a + b, 0));
  return t;
}

(globalThis as { benchNormalize?: typeof run }).benchNormalize = run;
