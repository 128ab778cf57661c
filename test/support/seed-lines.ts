/**
 * The seed post's exports, checked line by line without keeping the CNN story's text in the repo (the seed is
 * third-party corpus data, read from ../shared/corpus; test/unit/export/seed.test.ts). A line that carries the
 * story's words (any run of WINDOW words of the post's title, excerpt or content, or, for a shorter line such as a
 * subheading, all of its words as one run of the story's, from SHORT words up) is kept as its SHA-256 and
 * length; every other line (blank lines, Markdown structure, the meta line, Clearpost's own attribution wording,
 * URLs) is kept as it is, so the fixture still reads as the export's shape and a change names its line.
 */
import { createHash } from 'node:crypto';

export type ExpectedLine = string | { sha256: string; chars: number };

const WINDOW = 6;
const SHORT = 3;

/** The story's word runs of WINDOW words, and all its words in order (space-delimited, for shorter lines). */
export interface Story {
  windows: ReadonlySet<string>;
  words: string;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The post's own text (title, excerpt and content, markup removed) as a Story. */
export function storyOf(post: { title?: { rendered?: string }; excerpt?: { rendered?: string }; content?: { rendered?: string } }): Story {
  const html = [post.title?.rendered, post.excerpt?.rendered, post.content?.rendered].join(' ');
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + WINDOW <= w.length; i++) out.add(w.slice(i, i + WINDOW).join(' '));
  return { windows: out, words: ` ${w.join(' ')} ` };
}

function carriesStory(line: string, story: Story): boolean {
  const w = words(line);
  if (w.length >= SHORT && w.length < WINDOW) return story.words.includes(` ${w.join(' ')} `);
  for (let i = 0; i + WINDOW <= w.length; i++) if (story.windows.has(w.slice(i, i + WINDOW).join(' '))) return true;
  return false;
}

/** `text`'s lines as the fixture keeps them. */
export function expectedLines(text: string, story: Story): ExpectedLine[] {
  return text
    .split('\n')
    .map((line) => (carriesStory(line, story) ? { sha256: createHash('sha256').update(line).digest('hex'), chars: line.length } : line));
}
