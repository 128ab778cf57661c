/**
 * The seed post's exports, checked line by line without keeping the CNN story's text in the repo (the seed is
 * third-party corpus data, read from ../shared/corpus; test/unit/export/seed.test.ts). A line that carries the
 * story's words (any run of WINDOW words of the post's title, excerpt or content) is kept as its SHA-256 and
 * length; every other line (blank lines, Markdown structure, the meta line, Clearpost's own attribution wording,
 * URLs) is kept as it is, so the fixture still reads as the export's shape and a change names its line.
 */
import { createHash } from 'node:crypto';

export type ExpectedLine = string | { sha256: string; chars: number };

const WINDOW = 6;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every run of WINDOW words of the post's own text (title, excerpt and content, markup removed). */
export function storyWindows(post: { title?: { rendered?: string }; excerpt?: { rendered?: string }; content?: { rendered?: string } }): Set<string> {
  const html = [post.title?.rendered, post.excerpt?.rendered, post.content?.rendered].join(' ');
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + WINDOW <= w.length; i++) out.add(w.slice(i, i + WINDOW).join(' '));
  return out;
}

function carriesStory(line: string, story: ReadonlySet<string>): boolean {
  const w = words(line);
  for (let i = 0; i + WINDOW <= w.length; i++) if (story.has(w.slice(i, i + WINDOW).join(' '))) return true;
  return false;
}

/** `text`'s lines as the fixture keeps them. */
export function expectedLines(text: string, story: ReadonlySet<string>): ExpectedLine[] {
  return text
    .split('\n')
    .map((line) => (carriesStory(line, story) ? { sha256: createHash('sha256').update(line).digest('hex'), chars: line.length } : line));
}
