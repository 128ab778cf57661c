/**
 * One page of the quality bench, looked at closely: `npx tsx scripts/bench-quality-page.ts <substring>[,<substring>...]`
 * (a ScrapingHub key or URL part, or a trafilatura file name / URL part). Prints both systems' scores and,
 * for Clearpost, the text it kept that the ground truth does not have (precision losses) and the ground
 * truth it missed (recall losses), as runs of 4-gram shingles mapped back to text. Same parsing and
 * scoring as ./bench-quality.ts. `--text` also prints Clearpost's whole text.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { countSnippets, pageF1, precisionScore, recallScore, shingleMatch, tokenize } from './bench-quality-metrics';
import { installDomGlobals, parsePage, readPageBytes } from './bench-quality-html';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(process.env.CLEARPOST_CORPUS ?? resolve(here, '../../shared/corpus'));
/** Comma-separated substrings: every matching page is shown. */
const needles = (process.argv[2] ?? '').split(',').filter(Boolean);
const hit = (...xs: string[]): boolean => needles.some((n) => xs.some((x) => x.includes(n)));
const showText = process.argv.includes('--text');

installDomGlobals();
const { extractFromPage } = await import('../src/core/page/index');
const { detect } = await import('../src/core/detect/index');
const { blockText } = await import('../src/core/article/words');

function parse(rel: string, url: string): Document {
  const bytes = readPageBytes(readFileSync(resolve(corpus, rel)), rel.endsWith('.gz'));
  return parsePage(bytes, url, { utf8: rel.includes('scrapinghub') }).window.document;
}

function run(rel: string, url: string): { cp: string; rd: string; via: string } {
  const doc = parse(rel, url);
  const article = extractFromPage(doc, url, { detection: detect(doc, url) });
  const div = document.createElement('div'); // jsdom's, from installDomGlobals();
  div.innerHTML = article.contentHtml;
  // Click-to-load placeholders stand where the page had an <iframe> (no text for either system):
  // their label ("Load video from YouTube") is Clearpost's UI, not text taken from the page.
  for (const f of [...div.querySelectorAll('figure.cp-embed')]) f.remove();
  const rd = new Readability(doc).parse()?.textContent ?? '';
  return { cp: blockText(div), rd, via: article.notes[0] ? JSON.stringify(article.notes[0]) : '' };
}

/** Token runs of `a` not covered by any 4-gram of `b` (what `a` has that `b` lacks). */
function uncovered(a: string, b: string): string[] {
  const ta = tokenize(a);
  const grams = new Set<string>();
  const tb = tokenize(b);
  for (let i = 0; i + 4 <= tb.length; i++) grams.add(tb.slice(i, i + 4).join(' '));
  const bad = new Array<boolean>(ta.length).fill(false);
  for (let i = 0; i + 4 <= ta.length; i++) if (!grams.has(ta.slice(i, i + 4).join(' '))) for (let k = i; k < i + 4; k++) bad[k] = true;
  const runs: string[] = [];
  let cur: string[] = [];
  ta.forEach((t, i) => {
    if (bad[i]) cur.push(t);
    else if (cur.length) runs.push(cur.join(' ')), (cur = []);
  });
  if (cur.length) runs.push(cur.join(' '));
  return runs.filter((r) => r.split(' ').length >= 4);
}

const r3 = (x: number): string => x.toFixed(3);
const shDir = 'wp-html-pages/scrapinghub-article-extraction-benchmark';
const gt = JSON.parse(readFileSync(resolve(corpus, shDir, 'ground-truth-wp-subset.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
for (const [key, v] of Object.entries(gt)) {
  if (!hit(key, v.url)) continue;
  const { cp, rd, via } = run(`${shDir}/html/${key}.html.gz`, v.url);
  const c = shingleMatch(v.articleBody, cp);
  const d = shingleMatch(v.articleBody, rd);
  console.log(`\n== ${v.url} (${key.slice(0, 12)}) ${via}`);
  console.log(
    `Clearpost F1 ${r3(pageF1(c))} P ${r3(precisionScore(c))} R ${r3(recallScore(c))} | Readability F1 ${r3(pageF1(d))} P ${r3(precisionScore(d))} R ${r3(recallScore(d))}`,
  );
  console.log('-- kept, not in truth:');
  for (const s of uncovered(cp, v.articleBody)) console.log(`  + ${s.slice(0, 300)}`);
  console.log('-- in truth, missed:');
  for (const s of uncovered(v.articleBody, cp)) console.log(`  - ${s.slice(0, 300)}`);
  if (showText) console.log(`-- text:\n${cp}`);
}
const tfDir = 'wp-html-pages/trafilatura';
const tf = JSON.parse(readFileSync(resolve(corpus, tfDir, 'evaldata-wp-subset.json'), 'utf8')) as Record<
  string,
  { file: string; with: string[]; without: string[] }
>;
for (const [url, v] of Object.entries(tf)) {
  if (!hit(v.file, url)) continue;
  const rel = ['cache', 'eval'].map((d) => `${tfDir}/${d}/${v.file}.gz`).find((r) => existsSync(resolve(corpus, r)));
  if (!rel) continue;
  const pageUrl = /^https?:\/\//.test(url) ? url : 'https://example.invalid/';
  let res: { cp: string; rd: string; via: string };
  try {
    res = run(rel, pageUrl);
  } catch (e) {
    console.log(`\n== ${v.file}: ${String(e)}`);
    continue;
  }
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const c = countSnippets(res.cp, v.with, v.without);
  const d = countSnippets(res.rd, v.with, v.without);
  console.log(`\n== ${v.file} ${url} ${res.via}`);
  console.log(`Clearpost tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn} | Readability tp ${d.tp} fp ${d.fp} fn ${d.fn} tn ${d.tn}`);
  for (const w of v.with) if (!norm(res.cp).includes(norm(w))) console.log(`  missing with: ${w}`);
  for (const w of v.without) if (norm(res.cp).includes(norm(w))) console.log(`  found without: ${w}`);
  if (showText) console.log(`-- text:\n${res.cp}`);
}
