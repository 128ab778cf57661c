import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import type { Detection } from '../../../src/core/types';
import { corpusAvailable, corpusPath, readCorpusJson } from '../../support/corpus';

interface IndexEntry {
  api_w_org_link: string | null;
  alternate_json_links: string[];
  shortlink: string | null;
  post_id: number | null;
  post_id_source: string | null;
  rest_type: string | null;
  canonical: string | null;
  generator: string[] | null;
  markers: string[];
}

const FALLBACK_URL = 'https://example.invalid/';

/**
 * Pages where INDEX.json's ID is wrong, checked by eye in the HTML; each lists the right answer, which is
 * asserted instead. Keep this list short and explicit: anything else missing fails the suite.
 */
const INDEX_CORRECTIONS: Record<string, { postId: number | undefined; reason: string }> = {
  'wp-html-pages/trafilatura/cache/vancouversun.com.microsoft.html.gz': {
    postId: undefined,
    reason: 'the index read `postid-76` out of the body class `postid-76e426d9-56de-…`, a UUID, not a WP post ID',
  },
  'wp-html-pages/trafilatura/eval/mein-haustier.de-hund.html.gz': {
    postId: 100266,
    reason: "the index took id 0 from a broken shortlink `?p=0`; the body class says `postid-100266`",
  },
};

function readPage(rel: string): string {
  const buf = readFileSync(corpusPath(rel));
  return rel.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}

const parser = new DOMParser();

function detectPage(html: string, url: string): Detection {
  return detect(parser.parseFromString(html, 'text/html'), url);
}

function pageUrlOf(entry: IndexEntry): string {
  const c = entry.canonical;
  if (c !== null && /^https?:\/\//.test(c)) return c;
  return FALLBACK_URL;
}

describe.skipIf(!corpusAvailable)('detect on the WordPress corpus (wp-html-pages/INDEX.json)', () => {
  const index = corpusAvailable ? readCorpusJson<Record<string, IndexEntry>>('wp-html-pages', 'INDEX.json') : {};
  const misses: string[] = [];
  const corrected: string[] = [];
  const notWp: string[] = [];
  let withId = 0;
  let found = 0;
  let isWp = 0;
  let total = 0;

  it('finds the JSON URL or post ID on every page that carries one, and calls them WordPress', () => {
    for (const [rel, entry] of Object.entries(index)) {
      total++;
      const det = detectPage(readPage(rel), pageUrlOf(entry));
      if (det.isWordPress) isWp++;
      else notWp.push(`${rel} (${entry.markers.join(' ')})`);
      const correction = INDEX_CORRECTIONS[rel];
      if (correction) {
        corrected.push(`${rel}: ${correction.reason}`);
        if (det.postId !== correction.postId) misses.push(`${rel}: want corrected id ${correction.postId}, got ${det.postId}`);
        continue;
      }
      const rawJson = entry.alternate_json_links[0];
      const wantJson = rawJson === undefined ? undefined : new URL(rawJson, pageUrlOf(entry)).href;
      const wantId = entry.post_id ?? undefined;
      if (wantJson === undefined && wantId === undefined) continue;
      withId++;
      // "the same JSON URL or post ID": the index's alternate hrefs include mirror-rewritten ones
      // (`../../wp-json/wp/v2/posts/N.json`) that no WordPress printed; the ID still has to match.
      const okJson = wantJson !== undefined && det.postJsonUrl === wantJson;
      const okId = wantId !== undefined && det.postId === wantId;
      if ((okJson || okId) && det.isWordPress) found++;
      else {
        misses.push(
          `${rel}: want ${wantJson ?? ''} id ${wantId ?? '-'} (${entry.post_id_source}); got ${det.postJsonUrl ?? ''} id ${det.postId ?? '-'} wp=${det.isWordPress}`,
        );
      }
    }
    expect(misses).toEqual([]);
  }, 180_000);

  afterAll(() => {
    console.log(
      `detect corpus: ${found}/${withId} pages with an ID found, ${misses.length} misses, ${corrected.length} index corrections; isWordPress on ${isWp}/${total} WP pages`,
    );
    if (notWp.length > 0) console.log(`  not recognised (no ID in index): ${notWp.join('; ')}`);
  });
});

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
  }, 180_000);

  afterAll(() => {
    console.log(`detect corpus non-WP: ${falsePositives.length}/${pages.length} false positives`);
  });
});
