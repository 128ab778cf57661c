/**
 * `npm run bench:quality` — Clearpost's page extraction vs. plain Mozilla Readability, side by side, on the
 * WordPress pages of the shared corpus that have ground truth, plus detection figures. Methods and
 * tokenisation: ./bench-quality-metrics.ts. Writes bench/quality-results.{json,md}.
 *
 * Harness, same for both systems: each page is parsed once with `new JSDOM(bytes, {url})` (bytes, so
 * jsdom sniffs the charset like a browser; scripts off, as in the ScrapingHub fetches). Clearpost runs
 * first (`detect` + `extractFromPage`, which must not modify the document — checked on every page), then
 * Readability 0.6 runs on that same document exactly as the ScrapingHub harness does:
 * `new Readability(doc).parse().textContent`. Clearpost's text is its cleaned body's block text
 * (what the reader shows and "copy as text" copies, minus title/byline lines).
 *
 * Corpus: CLEARPOST_CORPUS or ../shared/corpus. Options: --limit N (first N pages per set, for a quick run).
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import {
  aggregate, countSnippets, pageF1, precisionScore, recallScore, shingleMatch, snippetScores,
  type SnippetCounts, type TpFpFn,
} from './bench-quality-metrics';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const corpus = resolve(process.env.CLEARPOST_CORPUS ?? resolve(repo, '../shared/corpus'));
const limitArg = process.argv.indexOf('--limit');
const LIMIT = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;

// The core uses the standard DOM globals (DOMParser, document.implementation, DOMPurify on `window`).
const host = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://clearpost.invalid/' });
const g = globalThis as Record<string, unknown>;
for (const key of ['window', 'document', 'DOMParser', 'Node', 'Element', 'HTMLElement', 'DocumentFragment', 'NodeFilter', 'HTMLTemplateElement', 'Document']) {
  g[key] = key === 'window' ? host.window : (host.window as unknown as Record<string, unknown>)[key];
}
const { extractFromPage } = await import('../src/core/page/index');
const { detect } = await import('../src/core/detect/index');
const { blockText } = await import('../src/core/article/words');
const { isReaderError } = await import('../src/core/errors');

function readBytes(path: string): Buffer {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw) : raw;
}

const quiet = new VirtualConsole();

/**
 * Style sheets are emptied before parsing: jsdom 27's CSS parser (cssstyle) throws on some real
 * stylesheets (e.g. `border: inherit` shorthands) and neither system reads CSS text. The bytes are
 * edited as latin1 so every other byte, and charset sniffing, stay exactly as they were.
 */
function parse(path: string, url: string): JSDOM {
  const bytes = Buffer.from(readBytes(path).toString('latin1').replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2'), 'latin1');
  return new JSDOM(bytes, { url, contentType: 'text/html', virtualConsole: quiet });
}

interface Outputs {
  clearpost?: string;
  clearpostError?: string;
  via?: string;
  readability?: string;
  mutated: boolean;
  ms: { clearpost: number; readability: number };
}

/** detect() results by corpus-relative path, so pages parsed for extraction are not parsed again. */
interface DetSummary { isWordPress: boolean; postId?: number; restRoot?: string }
const detections = new Map<string, DetSummary>();
const rel = (path: string): string => path.slice(corpus.length + 1);

function runBoth(dom: JSDOM, url: string, path: string): Outputs {
  const doc = dom.window.document;
  const before = doc.documentElement.outerHTML;
  const out: Outputs = { mutated: false, ms: { clearpost: 0, readability: 0 } };
  let t = performance.now();
  try {
    const detection = detect(doc, url);
    detections.set(rel(path), { isWordPress: detection.isWordPress, postId: detection.postId, restRoot: detection.restRoot });
    const article = extractFromPage(doc, url, { detection });
    const div = host.window.document.createElement('div');
    div.innerHTML = article.contentHtml;
    out.clearpost = blockText(div);
  } catch (e) {
    out.clearpostError = isReaderError(e) ? e.kind : String(e);
  }
  out.ms.clearpost = performance.now() - t;
  out.mutated = doc.documentElement.outerHTML !== before;
  t = performance.now();
  try {
    out.readability = new Readability(doc).parse()?.textContent ?? undefined;
  } catch {
    out.readability = undefined;
  }
  out.ms.readability = performance.now() - t;
  return out;
}

interface ShPage { key: string; url: string; clearpost: TpFpFn; readability: TpFpFn; error?: string }
interface TfPage { file: string; url: string; clearpost: SnippetCounts; readability: SnippetCounts; error?: string; missingWith: string[]; foundWithout: string[] }

const mutatedPages: string[] = [];
const timing = { clearpost: [] as number[], readability: [] as number[] };
const errors: Record<string, number> = {};

function record(o: Outputs, id: string): void {
  if (o.mutated) mutatedPages.push(id);
  timing.clearpost.push(o.ms.clearpost);
  timing.readability.push(o.ms.readability);
  if (o.clearpostError) errors[o.clearpostError] = (errors[o.clearpostError] ?? 0) + 1;
}

// ---- ScrapingHub subsets (articleBody ground truth) ----
function scrapinghub(dir: string, gtFile: string): ShPage[] {
  const gt = JSON.parse(readFileSync(resolve(dir, gtFile), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages: ShPage[] = [];
  for (const [key, item] of Object.entries(gt).slice(0, LIMIT)) {
    const path = resolve(dir, 'html', `${key}.html.gz`);
    if (!existsSync(path)) continue;
    const dom = parse(path, item.url);
    const o = runBoth(dom, item.url, path);
    dom.window.close();
    record(o, key);
    const page: ShPage = { key, url: item.url, clearpost: shingleMatch(item.articleBody, o.clearpost ?? ''), readability: shingleMatch(item.articleBody, o.readability ?? '') };
    if (o.clearpostError) page.error = o.clearpostError;
    pages.push(page);
  }
  return pages;
}

// ---- Trafilatura subset (with/without snippets) ----
function trafilatura(): TfPage[] {
  const dir = resolve(corpus, 'wp-html-pages/trafilatura');
  const data = JSON.parse(readFileSync(resolve(dir, 'evaldata-wp-subset.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  const pages: TfPage[] = [];
  for (const [url, item] of Object.entries(data).slice(0, LIMIT)) {
    const path = ['cache', 'eval'].map((d) => resolve(dir, d, `${item.file}.gz`)).find(existsSync);
    if (!path) continue;
    const dom = parse(path, url);
    const o = runBoth(dom, url, path);
    dom.window.close();
    record(o, item.file);
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const cp = norm(o.clearpost ?? '');
    const page: TfPage = {
      file: item.file, url,
      clearpost: countSnippets(o.clearpost, item.with, item.without),
      readability: countSnippets(o.readability, item.with, item.without),
      missingWith: item.with.filter((w) => !cp.includes(norm(w))),
      foundWithout: o.clearpost === undefined ? [] : item.without.filter((w) => cp.includes(norm(w))),
    };
    if (o.clearpostError) page.error = o.clearpostError;
    pages.push(page);
  }
  return pages;
}

// ---- Detection over INDEX.json and non-WP pages ----
function detectFile(path: string, url: string): DetSummary {
  const dom = parse(path, url);
  const det = detect(dom.window.document, url);
  dom.window.close();
  return { isWordPress: det.isWordPress, postId: det.postId, restRoot: det.restRoot };
}

interface IndexEntry { post_id: number | null; api_w_org_link: string | null }
function detection() {
  const index = JSON.parse(readFileSync(resolve(corpus, 'wp-html-pages/INDEX.json'), 'utf8')) as Record<string, IndexEntry & { canonical?: string | null }>;
  let pages = 0, wp = 0, withId = 0, idFound = 0, withRoot = 0, rootFound = 0;
  const idMisses: string[] = [];
  for (const [relPath, entry] of Object.entries(index).slice(0, LIMIT === Infinity ? undefined : LIMIT * 4)) {
    const path = resolve(corpus, relPath);
    if (!existsSync(path)) continue;
    const url = entry.canonical && /^https?:/.test(entry.canonical) ? entry.canonical : 'https://example.invalid/';
    const det = detections.get(relPath) ?? detectFile(path, url);
    pages++;
    if (det.isWordPress) wp++;
    if (entry.post_id) {
      withId++;
      if (det.postId === entry.post_id) idFound++;
      else idMisses.push(`${relPath} (expected ${entry.post_id}, got ${det.postId ?? 'none'})`);
    }
    if (entry.api_w_org_link) {
      withRoot++;
      if (det.restRoot) rootFound++;
    }
  }
  // Non-WordPress pages: only real pages (the MANIFEST marks 36 readability folders synthetic: < 10,000 bytes).
  const nonWp = resolve(corpus, 'non-wp-pages');
  const negatives: { id: string; path: string; url: string }[] = [];
  const rdDir = resolve(nonWp, 'mozilla-readability');
  const manifest = readFileSync(resolve(corpus, 'MANIFEST.md'), 'utf8');
  for (const m of manifest.matchAll(/^\| ([\w.-]+) \| [^|]* \| [\d,]+ \| real \|$/gm)) {
    const folder = m[1] as string;
    negatives.push({ id: `mozilla-readability/${folder}`, path: resolve(rdDir, folder, 'source.html'), url: 'https://example.invalid/' });
  }
  const shGt = JSON.parse(readFileSync(resolve(nonWp, 'scrapinghub/ground-truth-non-wp-subset.json'), 'utf8')) as Record<string, { url: string }>;
  for (const [key, item] of Object.entries(shGt)) negatives.push({ id: `scrapinghub/${key.slice(0, 12)}`, path: resolve(nonWp, 'scrapinghub/html', `${key}.html.gz`), url: item.url });
  for (const name of ['bug-1255978', 'topicseed-1', 'wikipedia-2']) negatives.push({ id: `hard-negatives/${name}`, path: resolve(nonWp, 'hard-negatives/mozilla-readability', name, 'source.html'), url: 'https://example.invalid/' });
  let negPages = 0;
  const falsePositives: string[] = [];
  for (const n of negatives.slice(0, LIMIT === Infinity ? undefined : LIMIT * 4)) {
    if (!existsSync(n.path)) continue;
    const det = detections.get(rel(n.path)) ?? detectFile(n.path, n.url);
    negPages++;
    if (det.isWordPress) falsePositives.push(n.id);
  }
  return { pages, wp, withId, idFound, withRoot, rootFound, idMisses, negPages, falsePositives };
}

// ---- Run ----
const started = performance.now();
const shWp = scrapinghub(resolve(corpus, 'wp-html-pages/scrapinghub-article-extraction-benchmark'), 'ground-truth-wp-subset.json');
const tf = trafilatura();
const shNonWp = scrapinghub(resolve(corpus, 'non-wp-pages/scrapinghub'), 'ground-truth-non-wp-subset.json');
const det = detection();
const seconds = (performance.now() - started) / 1000;

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
function shSummary(pages: ShPage[]) {
  const cp = aggregate(pages.map((p) => p.clearpost));
  const rd = aggregate(pages.map((p) => p.readability));
  const losses = pages
    .map((p) => ({ key: p.key, url: p.url, clearpostF1: r3(pageF1(p.clearpost)), readabilityF1: r3(pageF1(p.readability)), clearpostP: r3(precisionScore(p.clearpost)), clearpostR: r3(recallScore(p.clearpost)), error: p.error }))
    .filter((p) => p.clearpostF1 < p.readabilityF1)
    .sort((a, b) => a.clearpostF1 - a.readabilityF1 - (b.clearpostF1 - b.readabilityF1));
  return {
    pages: pages.length,
    clearpost: { precision: r3(cp.precision), recall: r3(cp.recall), f1: r3(cp.f1) },
    readability: { precision: r3(rd.precision), recall: r3(rd.recall), f1: r3(rd.f1) },
    wins: pages.filter((p) => pageF1(p.clearpost) > pageF1(p.readability)).length,
    ties: pages.filter((p) => pageF1(p.clearpost) === pageF1(p.readability)).length,
    losses,
  };
}
function tfSummary(pages: TfPage[]) {
  const sum = (k: 'clearpost' | 'readability'): SnippetCounts =>
    pages.reduce((acc, p) => ({ tp: acc.tp + p[k].tp, fp: acc.fp + p[k].fp, fn: acc.fn + p[k].fn, tn: acc.tn + p[k].tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const score = (c: SnippetCounts) => {
    const s = snippetScores(c);
    return { ...c, accuracy: r3(s.accuracy), precision: r3(s.precision), recall: r3(s.recall), f1: r3(s.f1) };
  };
  const acc = (c: SnippetCounts): number => snippetScores(c).accuracy;
  const losses = pages
    .filter((p) => acc(p.clearpost) < acc(p.readability))
    .map((p) => ({ file: p.file, url: p.url, clearpost: r3(acc(p.clearpost)), readability: r3(acc(p.readability)), missingWith: p.missingWith, foundWithout: p.foundWithout, error: p.error }));
  return { pages: pages.length, clearpost: score(sum('clearpost')), readability: score(sum('readability')), wins: pages.filter((p) => acc(p.clearpost) > acc(p.readability)).length, losses };
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[Math.floor(s.length / 2)] as number) : 0; };
const results = {
  generatedAt: new Date().toISOString(),
  seconds: Math.round(seconds),
  method: 'ScrapingHub evaluate.py (4-gram token shingles, per-page normalised TP/FP/FN, mean P and mean R, F1 of the means); trafilatura count_item (whitespace-normalised substring snippets). See scripts/bench-quality-metrics.ts.',
  scrapinghubWp: shSummary(shWp),
  trafilaturaWp: tfSummary(tf),
  scrapinghubNonWp: shSummary(shNonWp),
  detection: det,
  clearpostErrors: errors,
  mutatedPages,
  medianMs: { clearpost: Math.round(median(timing.clearpost)), readability: Math.round(median(timing.readability)) },
};

function markdown(): string {
  const s = results.scrapinghubWp, t = results.trafilaturaWp, n = results.scrapinghubNonWp, d = results.detection;
  const row = (name: string, x: { precision: number; recall: number; f1: number }) => `| ${name} | ${x.f1.toFixed(3)} | ${x.precision.toFixed(3)} | ${x.recall.toFixed(3)} |`;
  const lines = [
    '# Extraction quality: Clearpost page extraction vs. Mozilla Readability',
    '',
    `Generated by \`npm run bench:quality\` at ${results.generatedAt} in ${results.seconds} s. Method: ${results.method}`,
    '',
    `## ScrapingHub WordPress subset (${s.pages} pages, articleBody ground truth)`,
    '',
    '| system | F1 | precision | recall |', '|---|---|---|---|',
    row('Clearpost (page extraction)', s.clearpost), row('Readability 0.6 (textContent)', s.readability),
    '',
    `Per page: Clearpost better on ${s.wins}, equal on ${s.ties}, worse on ${s.losses.length}.`,
    '',
    `## Trafilatura WordPress subset (${t.pages} pages, with/without snippets)`,
    '',
    '| system | snippet score (accuracy) | with found | without absent | precision | recall |', '|---|---|---|---|---|---|',
    `| Clearpost | ${t.clearpost.accuracy.toFixed(3)} | ${t.clearpost.tp}/${t.clearpost.tp + t.clearpost.fn} | ${t.clearpost.tn}/${t.clearpost.tn + t.clearpost.fp} | ${t.clearpost.precision.toFixed(3)} | ${t.clearpost.recall.toFixed(3)} |`,
    `| Readability 0.6 | ${t.readability.accuracy.toFixed(3)} | ${t.readability.tp}/${t.readability.tp + t.readability.fn} | ${t.readability.tn}/${t.readability.tn + t.readability.fp} | ${t.readability.precision.toFixed(3)} | ${t.readability.recall.toFixed(3)} |`,
    '',
    `Per page: Clearpost better on ${t.wins}, worse on ${t.losses.length}.`,
    '',
    `## ScrapingHub non-WordPress pages (${n.pages} pages; Clearpost = Readability fallback + Clearpost cleaning)`,
    '',
    '| system | F1 | precision | recall |', '|---|---|---|---|',
    row('Clearpost', n.clearpost), row('Readability 0.6', n.readability),
    '',
    '## Detection (`detect()`)',
    '',
    `- INDEX.json: ${d.wp}/${d.pages} pages detected as WordPress; post ID found on ${d.idFound}/${d.withId} pages that carry one; REST root found on ${d.rootFound}/${d.withRoot} pages with an api.w.org link.`,
    `- Non-WordPress real pages (81 readability + 117 ScrapingHub + 3 hard negatives): ${d.falsePositives.length}/${d.negPages} false positives${d.falsePositives.length ? `: ${d.falsePositives.join(', ')}` : ''}.`,
    ...(d.idMisses.length ? ['', 'Post ID misses:', ...d.idMisses.map((m) => `- ${m}`)] : []),
    '',
    `Page never modified by extraction: ${results.mutatedPages.length === 0 ? 'yes, on every page' : `NO, modified: ${results.mutatedPages.join(', ')}`}. Median time per page: Clearpost ${results.medianMs.clearpost} ms (detection + extraction + cleaning), Readability ${results.medianMs.readability} ms. Clearpost refusals/errors: ${JSON.stringify(results.clearpostErrors)}.`,
    '',
    '## Per-page losses (Clearpost F1 < Readability F1), ScrapingHub WordPress subset',
    '',
    '| page | Clearpost F1 (P / R) | Readability F1 |', '|---|---|---|',
    ...s.losses.map((l) => `| ${l.url} | ${l.clearpostF1} (${l.clearpostP} / ${l.clearpostR})${l.error ? ` ${l.error}` : ''} | ${l.readabilityF1} |`),
    '',
    '## Per-page losses (snippet score), trafilatura WordPress subset',
    '',
    '| page | Clearpost | Readability | with missing / without present |', '|---|---|---|---|',
    ...t.losses.map((l) => `| ${l.file} | ${l.clearpost}${l.error ? ` (${l.error})` : ''} | ${l.readability} | ${[...l.missingWith.map((w) => `−"${w.slice(0, 50)}"`), ...l.foundWithout.map((w) => `+"${w.slice(0, 50)}"`)].join('; ').replace(/\|/g, '\\|')} |`),
    '',
    '## Per-page losses, ScrapingHub non-WordPress pages',
    '',
    '| page | Clearpost F1 | Readability F1 |', '|---|---|---|',
    ...n.losses.map((l) => `| ${l.url} | ${l.clearpostF1}${l.error ? ` (${l.error})` : ''} | ${l.readabilityF1} |`),
    '',
  ];
  return lines.join('\n');
}

const s = results.scrapinghubWp, t = results.trafilaturaWp, n = results.scrapinghubNonWp;
console.table({
  'ScrapingHub WP F1': { clearpost: s.clearpost.f1, readability: s.readability.f1 },
  'ScrapingHub WP precision': { clearpost: s.clearpost.precision, readability: s.readability.precision },
  'ScrapingHub WP recall': { clearpost: s.clearpost.recall, readability: s.readability.recall },
  'trafilatura WP snippet score': { clearpost: t.clearpost.accuracy, readability: t.readability.accuracy },
  'ScrapingHub non-WP F1': { clearpost: n.clearpost.f1, readability: n.readability.f1 },
});
console.log(`detection: ${det.wp}/${det.pages} WP, ids ${det.idFound}/${det.withId}, roots ${det.rootFound}/${det.withRoot}; non-WP false positives ${det.falsePositives.length}/${det.negPages}`);
console.log(`losses: ScrapingHub WP ${s.losses.length}, trafilatura ${t.losses.length}, non-WP ${n.losses.length}; page mutated: ${mutatedPages.length}; ${results.seconds} s`);
if (LIMIT === Infinity) {
  mkdirSync(resolve(repo, 'bench'), { recursive: true });
  writeFileSync(resolve(repo, 'bench/quality-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(resolve(repo, 'bench/quality-results.md'), markdown());
  console.log('wrote bench/quality-results.json and bench/quality-results.md');
} else {
  writeFileSync('/tmp/bench-quality-partial.json', JSON.stringify(results, null, 2));
}
