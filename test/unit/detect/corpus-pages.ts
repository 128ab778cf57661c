import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { detect } from '../../../src/core/detect';
import type { Detection } from '../../../src/core/types';
import { corpusPath } from '../../support/corpus';

/** Shared by the two detect corpus suites (split in two files so vitest runs them on both cores). */
export const FALLBACK_URL = 'https://example.invalid/';

export function readPage(rel: string): string {
  const buf = readFileSync(corpusPath(rel));
  return rel.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}

const parser = new DOMParser();

/**
 * Time spent parsing vs. detecting, printed with the figures so a slow run says where it went. Per file: the
 * corpus tier shares one module graph per worker (vitest.config.ts `isolate: false`), so each suite starts it at 0.
 */
export const timing = { parseMs: 0, detectMs: 0 };
export function resetTiming(): void {
  timing.parseMs = 0;
  timing.detectMs = 0;
}

export function detectPage(html: string, url: string): Detection {
  const t0 = performance.now();
  const doc = parser.parseFromString(html, 'text/html');
  const t1 = performance.now();
  const det = detect(doc, url);
  timing.parseMs += t1 - t0;
  timing.detectMs += performance.now() - t1;
  return det;
}

export const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export function pageUrlOf(entry: { canonical: string | null }): string {
  const c = entry.canonical;
  if (c !== null && /^https?:\/\//.test(c)) return c;
  return FALLBACK_URL;
}
