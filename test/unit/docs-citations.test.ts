// @vitest-environment node
/**
 * The code cites the WordPress facts it relies on (shared/docs/wordpress.md, beside the corpus: read from there,
 * never copied into the repo) as `docs/wordpress.md §N` (a list or range may follow:
 * `§1.5, §1.6`, `§2.5–§2.7`, `§0 step 3`). Within a file that cites it so, a bare `§N` refers to the
 * same document, unless another source is named right before it (RFC 8288 §3, CommonMark §6.6,
 * docs/style.md §1). Every cited section must exist as a heading of docs/wordpress.md, so a citation
 * never points at nothing after the document is edited.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordpressDocPath } from '../support/corpus';

const root = path.resolve(import.meta.dirname, '../..');
const docAvailable = existsSync(wordpressDocPath);
const doc = docAvailable ? readFileSync(wordpressDocPath, 'utf8') : '';

/** `## 0. TL;DR`, `### 2.5 Access outcomes` → "0", "2.5". */
function sectionsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]!));
}

/** Section numbers a source file cites from docs/wordpress.md; `bad` lists mentions not in the one form. */
function citationsIn(text: string): { sections: string[]; bad: string[] } {
  const sections: string[] = [];
  const bad = [...text.matchAll(/([\w./-]*)wordpress\.md( §\d)?/g)].filter((m) => m[1] !== 'docs/' || m[2] === undefined).map((m) => m[0]);
  if (!/docs\/wordpress\.md §/.test(text)) return { sections, bad };
  // Each § number, with what precedes it on its line, to skip other documents' sections.
  for (const m of text.matchAll(/§(\d+(?:\.\d+)?)(?:[–-](?:§)?(\d+(?:\.\d+)?))?/g)) {
    const before = text.slice(Math.max(0, text.lastIndexOf('\n', m.index) + 1), m.index);
    const other = /(?:RFC \d+|CommonMark|style\.md)\s*(?:§[\d.]+[,;]?\s*)*$/.test(before);
    if (other) continue;
    sections.push(m[1]!);
    if (m[2]) sections.push(m[2]);
  }
  return { sections, bad };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|html|css)$/.test(f))
    .map((f) => path.join(dir, f));
}

// Without the shared folder it skips with the corpus suites; under CI=true it runs, and a missing document fails
// (the global setup only checks the corpus itself).
describe.skipIf(!docAvailable && process.env.CI !== 'true')('docs/wordpress.md citations in src/', () => {
  const sections = sectionsOf(doc);
  const files = sourceFiles('src').map((file) => ({ file, ...citationsIn(readFileSync(path.join(root, file), 'utf8')) }));

  it('the document has its numbered sections', () => {
    expect(docAvailable, `the shared WordPress facts at ${wordpressDocPath}`).toBe(true);
    expect(sections.size).toBeGreaterThan(40);
    for (const s of ['0', '1.1', '1.13', '2.7', '5.3']) expect(sections, s).toContain(s);
  });

  it('cites it in one form: docs/wordpress.md §N', () => {
    expect(files.filter((f) => f.bad.length).map((f) => `${f.file}: ${f.bad.join(' ')}`)).toEqual([]);
  });

  it('every cited section exists', () => {
    const cited = files.flatMap((f) => f.sections.map((s) => ({ file: f.file, s })));
    expect(cited.length).toBeGreaterThan(40);
    expect(cited.filter(({ s }) => !sections.has(s)).map(({ file, s }) => `${file}: §${s}`)).toEqual([]);
  });

  it('the scanner catches a missing section and a loose citation (so the checks above can fail)', () => {
    const sample = '// docs/wordpress.md §2.5–§2.7, §9.9; then (§1.13) and RFC 8288 §3.2.\n// see wordpress.md §4.6';
    expect(citationsIn(sample)).toEqual({ sections: ['2.5', '2.7', '9.9', '1.13', '4.6'], bad: ['wordpress.md §4'] });
    expect(sectionsOf(doc).has('9.9')).toBe(false);
  });
});
