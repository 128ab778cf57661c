/**
 * `npm run bench:quality` — Clearpost's page extraction vs. plain Mozilla Readability, side by side, on the
 * WordPress pages of the shared corpus that have ground truth, plus detection figures. Methods and
 * tokenisation: ./bench-quality-metrics.ts. Writes bench/quality-results.{json,md}.
 *
 * Harness, same for both systems: each page is parsed once with `new JSDOM(bytes, {url})` (scripts off, as
 * in the ScrapingHub fetches; ScrapingHub files decoded as UTF-8, others by their declared charset, see
 * ./bench-quality-html.ts). Clearpost runs
 * first (`detect` + `extractFromPage`, which must not modify the document — checked on every page), then
 * Readability 0.6 runs on that same document exactly as the ScrapingHub harness does:
 * `new Readability(doc).parse().textContent`. Clearpost's text is its cleaned body's block text
 * (what the reader shows and "copy as text" copies, minus title/byline lines).
 *
 * Pages run in child processes of 40 pages, two at a time (2 cores): jsdom windows are slow to be
 * collected, and one long-lived process grew past 3 GB and spent its time in GC.
 *
 * Corpus: CLEARPOST_CORPUS or ../shared/corpus. Options for quick runs (no results files written):
 * --limit N (first N pages per set), --only sh-wp,tf,sh-nonwp,det (some sets only), --detection-only
 * (every page of the chosen sets through `detect` alone: the detection figures in a few minutes).
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import {
  aggregate,
  countSnippets,
  pageF1,
  precisionScore,
  recallScore,
  shingleMatch,
  snippetScores,
  type SnippetCounts,
  type TpFpFn,
} from './bench-quality-metrics';
import { installDomGlobals, parsePage } from './bench-quality-html';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const corpus = resolve(process.env.CLEARPOST_CORPUS ?? resolve(repo, '../shared/corpus'));
const limitArg = process.argv.indexOf('--limit');
const LIMIT = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
const workerArg = process.argv.indexOf('--worker');
/** --only sh-wp,tf: run some sets only (quick iterations; no results files are written). */
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : undefined;
/** --detection-only: detection figures only (each page parsed and detected, no extraction, no Readability). */
const DETECTION_ONLY = process.argv.includes('--detection-only');

type SetName = 'sh-wp' | 'sh-nonwp' | 'tf' | 'det';
interface Item {
  set: SetName;
  id: string;
  rel: string;
  url: string;
  truth?: string;
  with?: string[];
  without?: string[];
}
interface DetSummary {
  isWordPress: boolean;
  postId?: number;
  restRoot?: string;
}
interface ItemResult {
  set: SetName;
  id: string;
  rel: string;
  url: string;
  det?: DetSummary;
  sh?: { clearpost: TpFpFn; readability: TpFpFn };
  /**
   * `missingWith` / `foundWithout`: how many of the page's "with" snippets Clearpost missed and "without" snippets it
   * kept. Counts only: the snippets are the corpus' third-party text, which the committed results must not carry
   * (scripts/bench-quality-page.ts shows them for one page, locally).
   */
  tf?: { clearpost: SnippetCounts; readability: SnippetCounts; missingWith: number; foundWithout: number };
  error?: string;
  mutated?: boolean;
  ms?: { clearpost: number; readability: number };
}

function readBytes(path: string): Buffer {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw) : raw;
}

// ---------------------------------------------------------------- worker: parse, extract, score
async function worker(jobFile: string): Promise<void> {
  installDomGlobals();
  const { extractFromPage } = await import('../src/core/page/index');
  const { detect } = await import('../src/core/detect/index');
  const { blockText } = await import('../src/core/article/words');
  const { isReaderError } = await import('../src/core/errors');

  // Decoding and style-sheet emptying: ./bench-quality-html.ts (ScrapingHub files are UTF-8 by their README).
  const parse = (path: string, url: string, utf8: boolean): JSDOM => parsePage(readBytes(path), url, { utf8 });
  const norm = (x: string): string => x.replace(/\s+/g, ' ').trim();

  const items = JSON.parse(readFileSync(jobFile, 'utf8')) as Item[];
  const out: ItemResult[] = [];
  for (const item of items) {
    const res: ItemResult = { set: item.set, id: item.id, rel: item.rel, url: item.url };
    const dom = parse(resolve(corpus, item.rel), item.url, item.set === 'sh-wp' || item.set === 'sh-nonwp');
    const doc = dom.window.document;
    if (item.set === 'det') {
      const d = detect(doc, item.url);
      res.det = { isWordPress: d.isWordPress, postId: d.postId, restRoot: d.restRoot };
    } else {
      const before = doc.documentElement.outerHTML;
      let clearpost: string | undefined;
      let t = performance.now();
      try {
        const d = detect(doc, item.url);
        res.det = { isWordPress: d.isWordPress, postId: d.postId, restRoot: d.restRoot };
        const article = extractFromPage(doc, item.url, { detection: d });
        const div = document.createElement('div'); // jsdom's, from installDomGlobals();
        div.innerHTML = article.contentHtml;
        // Click-to-load placeholders stand where the page had an <iframe> (no text for either system):
        // their label ("Load video from YouTube") is Clearpost's UI, not text taken from the page.
        for (const f of [...div.querySelectorAll('figure.cp-embed')]) f.remove();
        clearpost = blockText(div);
      } catch (e) {
        res.error = isReaderError(e) ? e.kind : String(e);
      }
      const cpMs = performance.now() - t;
      res.mutated = doc.documentElement.outerHTML !== before;
      t = performance.now();
      let readability: string | undefined;
      try {
        readability = new Readability(doc).parse()?.textContent ?? undefined;
      } catch {
        readability = undefined;
      }
      res.ms = { clearpost: cpMs, readability: performance.now() - t };
      if (item.truth !== undefined)
        res.sh = { clearpost: shingleMatch(item.truth, clearpost ?? ''), readability: shingleMatch(item.truth, readability ?? '') };
      if (item.with && item.without) {
        const cp = norm(clearpost ?? '');
        res.tf = {
          clearpost: countSnippets(clearpost, item.with, item.without),
          readability: countSnippets(readability, item.with, item.without),
          missingWith: item.with.filter((w) => !cp.includes(norm(w))).length,
          foundWithout: clearpost === undefined ? 0 : item.without.filter((w) => cp.includes(norm(w))).length,
        };
      }
    }
    dom.window.close();
    out.push(res);
  }
  process.stdout.write(JSON.stringify(out));
}

// ---------------------------------------------------------------- main: build jobs, run, summarise
function buildItems(): Item[] {
  const cap = <T>(xs: T[]): T[] => (LIMIT === Infinity ? xs : xs.slice(0, LIMIT));
  const items: Item[] = [];
  const shSet = (set: SetName, dirRel: string, gtFile: string): void => {
    const gt = JSON.parse(readFileSync(resolve(corpus, dirRel, gtFile), 'utf8')) as Record<string, { articleBody: string; url: string }>;
    for (const [key, v] of cap(Object.entries(gt))) {
      const rel = `${dirRel}/html/${key}.html.gz`;
      if (existsSync(resolve(corpus, rel))) items.push({ set, id: key, rel, url: v.url, truth: v.articleBody });
    }
  };
  shSet('sh-wp', 'wp-html-pages/scrapinghub-article-extraction-benchmark', 'ground-truth-wp-subset.json');
  const index = JSON.parse(readFileSync(resolve(corpus, 'wp-html-pages/INDEX.json'), 'utf8')) as Record<string, { canonical?: string | null }>;
  const httpOr = (...urls: (string | null | undefined)[]): string =>
    urls.find((u): u is string => !!u && /^https?:\/\//.test(u)) ?? 'https://example.invalid/';
  const tfDir = 'wp-html-pages/trafilatura';
  const tf = JSON.parse(readFileSync(resolve(corpus, tfDir, 'evaldata-wp-subset.json'), 'utf8')) as Record<
    string,
    { file: string; with: string[]; without: string[] }
  >;
  for (const [url, v] of cap(Object.entries(tf))) {
    const rel = ['cache', 'eval'].map((d) => `${tfDir}/${d}/${v.file}.gz`).find((r) => existsSync(resolve(corpus, r)));
    // Some evaldata keys are labels ("hard::name.html"), not URLs: the page's canonical stands in.
    if (rel) items.push({ set: 'tf', id: v.file, rel, url: httpOr(url, index[rel]?.canonical), with: v.with, without: v.without });
  }
  shSet('sh-nonwp', 'non-wp-pages/scrapinghub', 'ground-truth-non-wp-subset.json');
  // Detection only: the rest of INDEX.json, and the real (non-synthetic) non-WordPress readability pages.
  const seen = new Set(items.map((i) => i.rel));
  for (const [rel, e] of cap(Object.entries(index))) {
    if (seen.has(rel) || !existsSync(resolve(corpus, rel))) continue;
    items.push({ set: 'det', id: rel, rel, url: e.canonical && /^https?:/.test(e.canonical) ? e.canonical : 'https://example.invalid/' });
  }
  const manifest = readFileSync(resolve(corpus, 'MANIFEST.md'), 'utf8');
  // The MANIFEST marks 36 readability folders SYNTHETIC (hand-written fixtures < 10,000 bytes): left out.
  const negatives = [...manifest.matchAll(/^\| ([\w.-]+) \| [^|]* \| [\d,]+ \| real \|$/gm)].map(
    (m) => `non-wp-pages/mozilla-readability/${m[1]}/source.html`,
  );
  for (const name of ['bug-1255978', 'topicseed-1', 'wikipedia-2'])
    negatives.push(`non-wp-pages/hard-negatives/mozilla-readability/${name}/source.html`);
  for (const rel of cap(negatives)) if (existsSync(resolve(corpus, rel))) items.push({ set: 'det', id: rel, rel, url: 'https://example.invalid/' });
  return ONLY ? items.filter((i) => ONLY.has(i.set)) : items;
}

function runWorker(items: Item[], dir: string, n: number): Promise<ItemResult[]> {
  const jobFile = resolve(dir, `job-${n}.json`);
  writeFileSync(jobFile, JSON.stringify(items));
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--worker', jobFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? ok(JSON.parse(stdout) as ItemResult[]) : fail(new Error(`worker ${n} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  // The worker only detects on 'det' items; the detection figures count every page whatever its set.
  const items = DETECTION_ONLY ? buildItems().map((i): Item => ({ set: 'det', id: i.id, rel: i.rel, url: i.url })) : buildItems();
  const CHUNK = 40;
  const chunks: Item[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
  const dir = mkdtempSync(resolve(tmpdir(), 'bench-quality-'));
  const all: ItemResult[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < chunks.length) {
      const n = next++;
      all.push(...(await runWorker(chunks[n] as Item[], dir, n)));
      console.error(`… ${all.length}/${items.length} pages (${Math.round((performance.now() - started) / 1000)} s)`);
    }
  };
  await Promise.all([lane(), lane()]);
  rmSync(dir, { recursive: true, force: true });
  if (DETECTION_ONLY) {
    const d = detectionSummary(all);
    console.log(
      `detection: ${d.wp}/${d.pages} WP, ids ${d.idFound}/${d.withId}, roots ${d.rootFound}/${d.withRoot}; non-WP false positives ${d.falsePositives.length}/${d.negPages}; ${Math.round((performance.now() - started) / 1000)} s`,
    );
    for (const miss of d.idMisses) console.log(`  id miss: ${miss}`);
    for (const fp of d.falsePositives) console.log(`  false positive: ${fp}`);
    return;
  }
  summarise(all, (performance.now() - started) / 1000);
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : 0;
};

function shSummary(pages: ItemResult[]) {
  const withSh = pages.filter((p): p is ItemResult & { sh: NonNullable<ItemResult['sh']> } => p.sh !== undefined);
  const cp = aggregate(withSh.map((p) => p.sh.clearpost));
  const rd = aggregate(withSh.map((p) => p.sh.readability));
  const f = (p: (typeof withSh)[number], k: 'clearpost' | 'readability'): number => pageF1(p.sh[k]);
  const losses = withSh
    .filter((p) => f(p, 'clearpost') < f(p, 'readability'))
    .map((p) => ({
      key: p.id,
      url: p.url,
      clearpostF1: r3(f(p, 'clearpost')),
      readabilityF1: r3(f(p, 'readability')),
      clearpostP: r3(precisionScore(p.sh.clearpost)),
      clearpostR: r3(recallScore(p.sh.clearpost)),
      error: p.error,
    }))
    .sort((a, b) => a.clearpostF1 - a.readabilityF1 - (b.clearpostF1 - b.readabilityF1));
  return {
    pages: withSh.length,
    clearpost: { precision: r3(cp.precision), recall: r3(cp.recall), f1: r3(cp.f1) },
    readability: { precision: r3(rd.precision), recall: r3(rd.recall), f1: r3(rd.f1) },
    wins: withSh.filter((p) => f(p, 'clearpost') > f(p, 'readability')).length,
    ties: withSh.filter((p) => f(p, 'clearpost') === f(p, 'readability')).length,
    losses,
    /** Every page, worst Clearpost F1 first (what to work on next, wins and losses alike). */
    perPage: withSh
      .map((p) => ({
        key: p.id,
        url: p.url,
        clearpostF1: r3(f(p, 'clearpost')),
        clearpostP: r3(precisionScore(p.sh.clearpost)),
        clearpostR: r3(recallScore(p.sh.clearpost)),
        readabilityF1: r3(f(p, 'readability')),
      }))
      .sort((a, b) => a.clearpostF1 - b.clearpostF1),
  };
}

function tfSummary(pages: ItemResult[]) {
  const withTf = pages.filter((p): p is ItemResult & { tf: NonNullable<ItemResult['tf']> } => p.tf !== undefined);
  const sum = (k: 'clearpost' | 'readability'): SnippetCounts =>
    withTf.reduce((acc, p) => ({ tp: acc.tp + p.tf[k].tp, fp: acc.fp + p.tf[k].fp, fn: acc.fn + p.tf[k].fn, tn: acc.tn + p.tf[k].tn }), {
      tp: 0,
      fp: 0,
      fn: 0,
      tn: 0,
    });
  const score = (c: SnippetCounts) => {
    const s = snippetScores(c);
    return { ...c, accuracy: r3(s.accuracy), precision: r3(s.precision), recall: r3(s.recall), f1: r3(s.f1) };
  };
  const acc = (c: SnippetCounts): number => snippetScores(c).accuracy;
  const losses = withTf
    .filter((p) => acc(p.tf.clearpost) < acc(p.tf.readability))
    .map((p) => ({
      file: p.id,
      url: p.url,
      clearpost: r3(acc(p.tf.clearpost)),
      readability: r3(acc(p.tf.readability)),
      missingWith: p.tf.missingWith,
      foundWithout: p.tf.foundWithout,
      error: p.error,
    }));
  return {
    pages: withTf.length,
    clearpost: score(sum('clearpost')),
    readability: score(sum('readability')),
    wins: withTf.filter((p) => acc(p.tf.clearpost) > acc(p.tf.readability)).length,
    losses,
  };
}

function detectionSummary(all: ItemResult[]) {
  const byRel = new Map(all.map((r) => [r.rel, r.det]));
  const index = JSON.parse(readFileSync(resolve(corpus, 'wp-html-pages/INDEX.json'), 'utf8')) as Record<
    string,
    { post_id: number | null; api_w_org_link: string | null }
  >;
  let pages = 0,
    wp = 0,
    withId = 0,
    idFound = 0,
    withRoot = 0,
    rootFound = 0;
  const idMisses: string[] = [];
  for (const [rel, e] of Object.entries(index)) {
    if (!byRel.has(rel)) continue;
    const det = byRel.get(rel);
    pages++;
    if (det?.isWordPress) wp++;
    if (e.post_id) {
      withId++;
      if (det?.postId === e.post_id) idFound++;
      else idMisses.push(`${rel} (expected ${e.post_id}, got ${det?.postId ?? 'none'})`);
    }
    if (e.api_w_org_link) {
      withRoot++;
      if (det?.restRoot) rootFound++;
    }
  }
  const negatives = all.filter((r) => r.rel.startsWith('non-wp-pages/'));
  const falsePositives = negatives.filter((r) => r.det?.isWordPress).map((r) => r.rel);
  return { pages, wp, withId, idFound, withRoot, rootFound, idMisses, negPages: negatives.length, falsePositives };
}

function summarise(all: ItemResult[], seconds: number): void {
  const extracted = all.filter((r) => r.ms);
  const errors: Record<string, number> = {};
  for (const r of extracted) if (r.error) errors[r.error] = (errors[r.error] ?? 0) + 1;
  const results = {
    generatedAt: new Date().toISOString(),
    seconds: Math.round(seconds),
    method:
      'ScrapingHub evaluate.py (4-gram token shingles, per-page normalised TP/FP/FN, mean P and mean R, F1 of the means); trafilatura count_item (whitespace-normalised substring snippets). See scripts/bench-quality-metrics.ts.',
    scrapinghubWp: shSummary(all.filter((r) => r.set === 'sh-wp')),
    trafilaturaWp: tfSummary(all.filter((r) => r.set === 'tf')),
    scrapinghubNonWp: shSummary(all.filter((r) => r.set === 'sh-nonwp')),
    detection: detectionSummary(all),
    clearpostErrors: errors,
    mutatedPages: extracted.filter((r) => r.mutated).map((r) => r.rel),
    medianMs: {
      clearpost: Math.round(median(extracted.map((r) => r.ms?.clearpost ?? 0))),
      readability: Math.round(median(extracted.map((r) => r.ms?.readability ?? 0))),
    },
  };
  report(results);
}

type Results = {
  generatedAt: string;
  seconds: number;
  method: string;
  scrapinghubWp: ReturnType<typeof shSummary>;
  trafilaturaWp: ReturnType<typeof tfSummary>;
  scrapinghubNonWp: ReturnType<typeof shSummary>;
  detection: ReturnType<typeof detectionSummary>;
  clearpostErrors: Record<string, number>;
  mutatedPages: string[];
  medianMs: { clearpost: number; readability: number };
};

function markdown(results: Results): string {
  const s = results.scrapinghubWp,
    t = results.trafilaturaWp,
    n = results.scrapinghubNonWp,
    d = results.detection;
  const row = (name: string, x: { precision: number; recall: number; f1: number }) =>
    `| ${name} | ${x.f1.toFixed(3)} | ${x.precision.toFixed(3)} | ${x.recall.toFixed(3)} |`;
  const lines = [
    '# Extraction quality: Clearpost page extraction vs. Mozilla Readability',
    '',
    `Generated by \`npm run bench:quality\` at ${results.generatedAt} in ${results.seconds} s. Method: ${results.method}`,
    '',
    `## ScrapingHub WordPress subset (${s.pages} pages, articleBody ground truth)`,
    '',
    '| system | F1 | precision | recall |',
    '|---|---|---|---|',
    row('Clearpost (page extraction)', s.clearpost),
    row('Readability 0.6 (textContent)', s.readability),
    '',
    `Per page: Clearpost better on ${s.wins}, equal on ${s.ties}, worse on ${s.losses.length}.`,
    '',
    `## Trafilatura WordPress subset (${t.pages} pages, with/without snippets)`,
    '',
    '| system | snippet score (accuracy) | with found | without absent | precision | recall |',
    '|---|---|---|---|---|---|',
    `| Clearpost | ${t.clearpost.accuracy.toFixed(3)} | ${t.clearpost.tp}/${t.clearpost.tp + t.clearpost.fn} | ${t.clearpost.tn}/${t.clearpost.tn + t.clearpost.fp} | ${t.clearpost.precision.toFixed(3)} | ${t.clearpost.recall.toFixed(3)} |`,
    `| Readability 0.6 | ${t.readability.accuracy.toFixed(3)} | ${t.readability.tp}/${t.readability.tp + t.readability.fn} | ${t.readability.tn}/${t.readability.tn + t.readability.fp} | ${t.readability.precision.toFixed(3)} | ${t.readability.recall.toFixed(3)} |`,
    '',
    `Per page: Clearpost better on ${t.wins}, worse on ${t.losses.length}.`,
    '',
    `## ScrapingHub non-WordPress pages (${n.pages} pages; Clearpost = Readability fallback + Clearpost cleaning)`,
    '',
    '| system | F1 | precision | recall |',
    '|---|---|---|---|',
    row('Clearpost', n.clearpost),
    row('Readability 0.6', n.readability),
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
    '| page | Clearpost F1 (P / R) | Readability F1 |',
    '|---|---|---|',
    ...s.losses.map((l) => `| ${l.url} | ${l.clearpostF1} (${l.clearpostP} / ${l.clearpostR})${l.error ? ` ${l.error}` : ''} | ${l.readabilityF1} |`),
    '',
    '## Per-page losses (snippet score), trafilatura WordPress subset',
    '',
    '| page | Clearpost | Readability | snippets: with missing / without present |',
    '|---|---|---|---|',
    ...t.losses.map(
      (l) => `| ${l.file} | ${l.clearpost}${l.error ? ` (${l.error})` : ''} | ${l.readability} | ${l.missingWith} / ${l.foundWithout} |`,
    ),
    '',
    '## Per-page losses, ScrapingHub non-WordPress pages',
    '',
    '| page | Clearpost F1 | Readability F1 |',
    '|---|---|---|',
    ...n.losses.map((l) => `| ${l.url} | ${l.clearpostF1}${l.error ? ` (${l.error})` : ''} | ${l.readabilityF1} |`),
    '',
  ];
  return lines.join('\n');
}

function report(results: Results): void {
  const s = results.scrapinghubWp,
    t = results.trafilaturaWp,
    n = results.scrapinghubNonWp;
  console.table({
    'ScrapingHub WP F1': { clearpost: s.clearpost.f1, readability: s.readability.f1 },
    'ScrapingHub WP precision': { clearpost: s.clearpost.precision, readability: s.readability.precision },
    'ScrapingHub WP recall': { clearpost: s.clearpost.recall, readability: s.readability.recall },
    'trafilatura WP snippet score': { clearpost: t.clearpost.accuracy, readability: t.readability.accuracy },
    'ScrapingHub non-WP F1': { clearpost: n.clearpost.f1, readability: n.readability.f1 },
  });
  const det = results.detection;
  console.log(
    `detection: ${det.wp}/${det.pages} WP, ids ${det.idFound}/${det.withId}, roots ${det.rootFound}/${det.withRoot}; non-WP false positives ${det.falsePositives.length}/${det.negPages}`,
  );
  console.log(
    `losses: ScrapingHub WP ${s.losses.length}, trafilatura ${t.losses.length}, non-WP ${n.losses.length}; page mutated: ${results.mutatedPages.length}; ${results.seconds} s`,
  );
  if (LIMIT === Infinity && !ONLY) {
    mkdirSync(resolve(repo, 'bench'), { recursive: true });
    writeFileSync(resolve(repo, 'bench/quality-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(resolve(repo, 'bench/quality-results.md'), markdown(results));
    console.log('wrote bench/quality-results.json and bench/quality-results.md');
  } else {
    writeFileSync(resolve(tmpdir(), 'bench-quality-partial.json'), JSON.stringify(results, null, 2));
  }
}

if (workerArg > 0) await worker(process.argv[workerArg + 1] as string);
else await main();
