/** Shared by the sanitize-groups tests: clean an input with the body split into groups and in one call. */
import { cleanContent, type GroupOptions } from '../../../src/core/clean';

export const BASE = 'https://blog.example.org/2024/01/post/';
/** The one-call path: what every post went through before long posts were sliced. */
export const WHOLE: GroupOptions = { wholeBelow: Infinity };
export const SPLITS: GroupOptions[] = [
  { wholeBelow: 0, groupElements: 1 },
  { wholeBelow: 0, groupElements: 2 },
  { wholeBelow: 0, groupElements: 7 },
];

export function cleaned(html: string, opts: GroupOptions): string {
  const { root, notes } = cleanContent(html, BASE, opts);
  return `${notes.join('|')}\n${root.innerHTML}`;
}

/** The inputs whose split output differs from the one-call output (empty when splitting is invisible). */
export function differences(inputs: { name: string; html: string }[], splits: GroupOptions[] = SPLITS.slice(0, 1)): string[] {
  const out: string[] = [];
  for (const { name, html } of inputs) {
    const expected = cleaned(html, WHOLE);
    for (const opts of splits) if (cleaned(html, opts) !== expected) out.push(`${name} (groups of ${opts.groupElements})`);
  }
  return out;
}
