// @vitest-environment node
/**
 * Source-level twin of the AMO lint check in manifest.build.test.ts: web-ext lint only sees the code that is
 * bundled today, this sees every source file, so an innerHTML assignment in a module that is not yet
 * wired into the extension is caught too. HTML is parsed with DOMParser (src/core/clean/dom.ts
 * parseHtmlBody); reading .innerHTML/.outerHTML is fine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** The sinks AMO's linter (eslint-plugin-no-unsanitized) reports when given a non-literal value. */
const SINKS = [
  /\.(innerHTML|outerHTML)\s*(\+?=)(?!=)/,
  /\.insertAdjacentHTML\s*\(/,
  /\.createContextualFragment\s*\(/,
  /\.setHTMLUnsafe\s*\(/,
  /\bdocument\.(write|writeln)\s*\(/,
];

/**
 * No exceptions: the build plugins that hold the text of the library assignments the build REMOVES
 * (strings to match, never run) live in build/, outside the extension sources.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|js|html)$/.test(f))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}

/** Drops // and /* *\/ comments so prose about innerHTML does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('no HTML-string sinks in the extension sources', () => {
  const hits = sourceFiles('src').flatMap((file) =>
    code(readFileSync(path.join(root, file), 'utf8'))
      .split('\n')
      .filter((line) => SINKS.some((sink) => sink.test(line)))
      .map((line) => `${file}: ${line.trim()}`),
  );

  it('finds none', () => {
    expect(hits).toEqual([]);
  });

  it('the scanner sees a sink (so the check above can fail)', () => {
    const sample = 'const a = 1;\nel.innerHTML = html; // comment\nx.innerHTML === y;\ny.outerHTML;\nz.insertAdjacentHTML("beforeend", s);';
    expect(
      code(sample)
        .split('\n')
        .filter((line) => SINKS.some((sink) => sink.test(line))),
    ).toEqual(['el.innerHTML = html; ', 'z.insertAdjacentHTML("beforeend", s);']);
  });
});
