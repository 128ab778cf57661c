import { existsSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusAvailable, corpusPath } from '../../support/corpus';
import { detectPage, FALLBACK_URL, readPage, seconds, timing } from './corpus-pages';

function nonWpPages(): string[] {
  if (!corpusAvailable) return [];
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const ent of readdirSync(corpusPath(rel), { withFileTypes: true })) {
      const child = `${rel}/${ent.name}`;
      if (ent.isDirectory()) walk(child);
      else if (/\.html(?:\.gz)?$/.test(ent.name) && !/expected\.html$/.test(ent.name)) out.push(child);
    }
  };
  if (existsSync(corpusPath('non-wp-pages'))) walk('non-wp-pages');
  return out.sort();
}

describe.skipIf(!corpusAvailable)('detect on non-WordPress pages (non-wp-pages/)', () => {
  const pages = nonWpPages();
  const falsePositives: string[] = [];

  it('reports no WordPress on any of them, hard negatives included', () => {
    expect(pages.length).toBeGreaterThan(200);
    for (const rel of pages) {
      const det = detectPage(readPage(rel), FALLBACK_URL);
      if (det.isWordPress) falsePositives.push(`${rel}: ${det.signals.map((s) => `${s.kind}=${s.value}`).join(', ')}`);
    }
    expect(falsePositives).toEqual([]);
  }, 900_000); // generous: the machine is shared; ~35 s when idle

  afterAll(() => {
    console.log(
      `detect corpus non-WP: ${falsePositives.length}/${pages.length} false positives ` +
        `(parse ${seconds(timing.parseMs)}s, detect ${seconds(timing.detectMs)}s)`,
    );
  });
});
