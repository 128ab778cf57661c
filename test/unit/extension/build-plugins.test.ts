// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutInjectedScripts } from '../../../src/manifest/crx-tidy';
import { DOMPURIFY_FALLBACK, patchDomPurify } from '../../../src/manifest/dompurify-fail-closed';

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
