import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreachableChunks, withoutInjectedScripts } from '../../../build/crx-tidy';
import { compactMessages } from '../../../build/locales-compact';
import { DOMPURIFY_FALLBACK, DOMPURIFY_REVIEWED_VERSION, patchDomPurify } from '../../../build/dompurify-fail-closed';
import { patchReadability, READABILITY_ASSIGNMENTS, READABILITY_REVIEWED_VERSION } from '../../../build/readability-no-innerhtml';
import { assertReviewedVersion, installedVersion } from '../../../build/reviewed-version';

const root = path.resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

type ReadabilityClass = new (doc: Document, options?: { charThreshold?: number }) => { parse(): { content?: string | null } | null };

describe('withoutInjectedScripts', () => {
  const reader = { resources: ['src/reader/reader.html'], matches: ['https://*/*'], use_dynamic_url: true };
  it('drops the injected scripts crxjs made web-accessible, keeps the reader', () => {
    const crxAdded = { resources: ['src/content/content-script.js', 'src/content/detector.js'], matches: ['https://*/*'], use_dynamic_url: false };
    expect(withoutInjectedScripts([reader, crxAdded], ['src/content/content-script.js', 'src/content/detector.js'])).toEqual([reader]);
  });
  it('keeps other resources of a mixed entry, and says "none" when nothing is left', () => {
    const mixed = { resources: ['a.png', 'src/content/detector.js'], matches: ['<all_urls>'] };
    expect(withoutInjectedScripts([mixed], ['src/content/detector.js'])).toEqual([{ resources: ['a.png'], matches: ['<all_urls>'] }]);
    expect(withoutInjectedScripts([mixed], ['a.png', 'src/content/detector.js'])).toBeUndefined();
    expect(withoutInjectedScripts(undefined, ['x'])).toBeUndefined();
  });
});

describe('compactMessages', () => {
  it('keeps message and placeholder content, drops descriptions, examples and indentation', () => {
    const source = {
      readerNote: {
        message: 'Read from $SITE$',
        description: 'Shown under the title.',
        placeholders: { site: { content: '$1', example: 'example.com' } },
      },
      close: { message: 'Close', description: 'Toolbar button.' },
    };
    expect(JSON.parse(compactMessages(JSON.stringify(source, null, 2)))).toEqual({
      readerNote: { message: 'Read from $SITE$', placeholders: { site: { content: '$1' } } },
      close: { message: 'Close' },
    });
    expect(compactMessages(JSON.stringify(source, null, 2))).not.toContain('\n');
  });

  it('leaves out what a locale words exactly as the default locale (the browser falls back to it)', () => {
    const en = { name: { message: 'Clearpost' }, copy: { message: 'Copy' }, note: { message: 'From $S$', placeholders: { s: { content: '$1' } } } };
    const de = {
      name: { message: 'Clearpost', description: 'same words, other description' },
      copy: { message: 'Kopieren' },
      note: { message: 'From $S$', placeholders: { s: { content: '$2' } } },
    };
    expect(JSON.parse(compactMessages(JSON.stringify(de), JSON.stringify(en)))).toEqual({
      copy: { message: 'Kopieren' },
      note: { message: 'From $S$', placeholders: { s: { content: '$2' } } },
    });
  });
});

describe('unreachableChunks', () => {
  const chunk = (imports: string[] = [], dynamicImports: string[] = [], isEntry = false) => ({
    type: 'chunk' as const,
    isEntry,
    imports,
    dynamicImports,
  });
  it('keeps entries, what they import (statically or lazily) and what pages name; drops the rest', () => {
    const bundle = {
      'assets/index.js': chunk(['assets/shared.js'], [], true),
      'assets/shared.js': chunk(),
      'assets/reader.html-x.js': chunk([], ['assets/lazy.js']),
      'assets/lazy.js': chunk(['assets/deep.js']),
      'assets/deep.js': chunk(),
      'assets/twin-only.js': chunk(['assets/twin-dep.js']),
      'assets/twin-dep.js': chunk(),
      'src/reader/reader.html': { type: 'asset' as const, source: '<script type="module" src="/assets/reader.html-x.js"></script>' },
    };
    expect(unreachableChunks(bundle).sort()).toEqual(['assets/twin-dep.js', 'assets/twin-only.js']);
  });
});

/**
 * The fence around both patches: a version bump (npm update, a Dependabot PR) fails here and in the
 * build, with the way to review it (README "Reviewing a DOMPurify or Readability upgrade").
 */
describe.each([
  ['dompurify', DOMPURIFY_REVIEWED_VERSION],
  ['@mozilla/readability', READABILITY_REVIEWED_VERSION],
])('%s: the version the patch was reviewed against', (name, reviewed) => {
  it('is the one installed, and package.json pins it exactly', () => {
    expect(installedVersion(root, name), `${name} changed: review its patch in build/ (README)`).toBe(reviewed);
    expect(packageJson.dependencies[name]).toBe(reviewed);
    expect(() => assertReviewedVersion(root, name, reviewed, 'patch')).not.toThrow();
  });

  it('any other installed version stops the build', () => {
    const fake = mkdtempSync(path.join(tmpdir(), 'clearpost-bump-'));
    try {
      mkdirSync(path.join(fake, 'node_modules', name), { recursive: true });
      writeFileSync(path.join(fake, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: `${reviewed}-next.1` }));
      expect(() => assertReviewedVersion(fake, name, reviewed, 'build/x.ts')).toThrow(
        /reviewed against .*Reviewing a DOMPurify or Readability upgrade/,
      );
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });
});

describe('DOMPurify fail-closed patch', () => {
  // The file the build patches (vite resolves `dompurify` to its ES build).
  const file = path.resolve(import.meta.dirname, '../../../node_modules/dompurify/dist/purify.es.mjs');
  const upstream = readFileSync(file, 'utf8');

  it('matches the installed DOMPurify exactly once and removes its only innerHTML assignment', () => {
    expect(upstream.split(DOMPURIFY_FALLBACK)).toHaveLength(2);
    const patched = patchDomPurify(upstream);
    expect(patched).not.toContain(DOMPURIFY_FALLBACK);
    expect(patched).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  it('refuses to build against a DOMPurify it does not know', () => {
    expect(() => patchDomPurify(upstream.replace(DOMPURIFY_FALLBACK, 'something else'))).toThrow(/DOMPurify changed/);
  });
});

describe('Readability without innerHTML assignments', () => {
  // The file the build patches (@mozilla/readability's "main").
  const file = path.resolve(import.meta.dirname, '../../../node_modules/@mozilla/readability/Readability.js');
  const upstream = readFileSync(file, 'utf8');

  /** Readability's constructor from module source, evaluated against this (jsdom) window. */
  function load(code: string): ReadabilityClass {
    const module = { exports: {} as unknown };
    new Function('module', 'exports', code)(module, module.exports);
    return module.exports as ReadabilityClass;
  }

  it('matches each assignment of the installed Readability exactly once and leaves none', () => {
    for (const assignment of READABILITY_ASSIGNMENTS) expect(upstream.split(assignment), assignment).toHaveLength(2);
    expect(upstream).toMatch(/\.innerHTML\s*=[^=]/);
    expect(patchReadability(upstream)).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  it('refuses to build against a Readability it does not know', () => {
    expect(() => patchReadability(upstream.replace(READABILITY_ASSIGNMENTS[1], 'x();'))).toThrow(/Readability changed/);
  });

  // A short page fails the text threshold, so Readability restores the page (the first assignment) and
  // retries with every flag set; a <noscript> image beside its placeholder exercises the second.
  const page = (doctype: string) => `${doctype}<html><head><title>T</title></head><body>
    <div class="sidebar"><a href="/x">Nav</a></div>
    <article class="post"><h1>Title</h1>
      <p><img src="data:image/gif;base64,R0lGOD" data-src="https://ex.org/a.jpg" class="lazy"></p>
      <noscript><img src="https://ex.org/a.jpg" alt="A"></noscript>
      <p>One short paragraph with <b>bold</b> text, and a second sentence, so that it scores a little.</p>
      <p>Another paragraph, a bit longer, about things, for the content score, with commas, here, there.</p>
    </article><div class="comments">Comment</div></body></html>`;

  it.each([
    ['no-quirks', '<!DOCTYPE html>'],
    ['quirks', ''],
  ])('gives the same article as upstream (%s document)', (_mode, doctype) => {
    const parse = (Readability: ReadabilityClass) => {
      const doc = new DOMParser().parseFromString(page(doctype), 'text/html');
      return new Readability(doc, { charThreshold: 5000 }).parse();
    };
    const before = parse(load(upstream));
    const after = parse(load(patchReadability(upstream)));
    expect(before?.content).toContain('https://ex.org/a.jpg');
    expect(after).toEqual(before);
  });
});
