/**
 * Security proof over third-party vector sets: DOMPurify's own fixture (`expect.json`) and the
 * html5sec.org database (H5SC `items.json`, placeholders expanded from `payloads.json`). Every vector
 * goes through `cleanContent` and `sanitizeHtml`; the output must meet ./assert-safe.ts.
 */
import { describe, expect, it } from 'vitest';
import { cleanContent, sanitizeHtml } from '../../../src/core/clean';
import { corpusAvailable, readCorpusJson } from '../../support/corpus';
import { violations } from './assert-safe';

const BASE = 'https://blog.example.org/2024/01/post/';

function vectors(): { name: string; payload: string }[] {
  const dp = readCorpusJson<{ title: string; payload: string }[]>('xss-vectors', 'dompurify', 'expect.json');
  const items = readCorpusJson<{ id: number; data: string }[]>('xss-vectors', 'h5sc', 'items.json');
  const payloads = readCorpusJson<Record<string, string>>('xss-vectors', 'h5sc', 'payloads.json');
  const expand = (data: string): string => data.replace(/%([a-z0-9_]+)%/gi, (whole, key: string) => payloads[key] ?? whole);
  return [
    ...dp.map((v) => ({ name: `dompurify: ${v.title}`, payload: v.payload })),
    ...items.map((v) => ({ name: `h5sc #${v.id}`, payload: expand(v.data) })),
  ];
}

describe.skipIf(!corpusAvailable)('XSS corpus', () => {
  it('no vector survives cleanContent or sanitizeHtml', () => {
    const all = vectors();
    expect(all.length).toBeGreaterThan(300);
    const failures: string[] = [];
    for (const { name, payload } of all) {
      for (const [fn, html] of [
        ['cleanContent', cleanContent(payload, BASE).root.innerHTML],
        ['sanitizeHtml', sanitizeHtml(payload, BASE).innerHTML],
      ] as const) {
        for (const v of violations(html)) failures.push(`${fn} ${name}: ${v}`);
      }
    }
    console.log(`xss corpus: ${all.length} vectors, ${failures.length} failures`);
    expect(failures).toEqual([]);
  }, 600_000); // ~750 sanitisations: seconds on an idle machine, minutes on a loaded 2-core one
});
