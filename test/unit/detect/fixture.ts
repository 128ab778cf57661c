import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(__dirname, '../../fixtures/detect');

export function fixtureText(name: string): string {
  return readFileSync(resolve(dir, name), 'utf8');
}

/** Parse a handwritten fixture the way the content script sees it: an HTML Document. */
export function fixtureDoc(name: string): Document {
  return new DOMParser().parseFromString(fixtureText(name), 'text/html');
}

export function htmlDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
