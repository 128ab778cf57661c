/**
 * `npx tsx scripts/bench-detect-diff.ts [--baseline REF] [--limit N]`: proof that a change to detection
 * changed no result. Runs the working tree's detect() and the one of git REF (default HEAD, extracted to a
 * temporary directory) on every HTML page of the shared corpus, the handwritten detect fixtures and a few
 * generated edge-case pages, under jsdom, and compares the whole Detection (verdict, IDs, root, JSON URL,
 * canonical, wpcom site, page kind and every signal in order). Prints each difference and the totals, and
 * exits 1 when any page differs. Timings are printed too, but jsdom is not a browser: for speed, use
 * scripts/bench-detect.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { installDomGlobals } from './bench-quality-html';

type DetectFn = (doc: Document, url: string) => unknown;

const repo = fileURLToPath(new URL('../', import.meta.url));
const corpus = path.resolve(process.env['CLEARPOST_CORPUS'] ?? path.join(repo, '../shared/corpus'));
const argv = process.argv.slice(2);
const argOf = (flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ref = argOf('--baseline') ?? 'HEAD';
const limit = Number(argOf('--limit') ?? Infinity);

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...htmlFiles(p));
    else if (/\.html(?:\.gz)?$/.test(ent.name)) out.push(p);
  }
  return out.sort();
}

function readText(file: string): string {
  const buf = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** Pages built to reach the bounded and early-exit paths: signals only late in the page, huge pages. */
function edgeCases(): Array<{ name: string; html: string; url: string }> {
  const filler = (n: number): string =>
    Array.from({ length: n }, (_, i) => `<div class="c${i % 7}"><p>text ${i} <a href="/x/${i}">l</a></p></div>`).join('');
  const head =
    '<head><link rel="https://api.w.org/" href="https://e.example/wp-json/"><link rel="stylesheet" href="https://e.example/wp-content/themes/t/s.css"></head>';
  return [
    {
      name: 'late canonical',
      html: `<html><head><link rel="canonical" href="https://e.example/a/"></head><body class="single postid-3">${filler(3000)}<link rel="canonical" href="https://e.example/b/"></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'late comment form only',
      html: `<html><body class="home">${filler(3000)}<form><input name="comment_post_ID" value="77"></form><img src="/wp-content/uploads/a.jpg"></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'late wpcom asset',
      html: `<html>${head}<body class="single postid-9">${filler(3000)}<img src="https://s0.wp.com/i/x.png"></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'late foreign theme script',
      html: `<html><body class="single postid-9"><img src="https://cdn.other.example/wp-content/uploads/x.jpg">${filler(3000)}<script src="https://cdn.other.example/wp-content/plugins/p/x.js"></script></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'base href on wp.com',
      html: `<html><head><base href="https://s1.wp.com/"></head><body class="single postid-9">${filler(50)}<img src="/wp-content/a.png"></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'link with src and href',
      html: `<html><head><link rel="stylesheet" src="https://e.example/wp-content/themes/a.css" href="https://cdn.example/a.css"></head><body class="single postid-9"></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'upper-case asset path',
      html: `<html><head><link rel="stylesheet" href="https://e.example/WP-CONTENT/themes/a.css"><script src="https://S0.WP.COM/x.js"></script></head><body class="single postid-9"></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'post classes, unknown kind, late second id',
      html: `<html><body><article class="post-5 post">x</article>${filler(3000)}<div class="post-6"></div></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'post class after a post-thumbnail',
      html: `<html><body class="single post-template-default"><div class="post-thumbnail"></div>${filler(200)}<article id="post-41" class="post-41 post"></article></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'late block class',
      html: `<html><body class="single postid-2">${filler(3000)}<figure class="x wp-block-image"></figure></body></html>`,
      url: 'https://e.example/a/',
    },
    {
      name: 'json viewer',
      html: '<html><body><div></div><pre>{"id":5,"type":"post","link":"https://e.example/p/","title":{"rendered":"T"},"content":{"rendered":"x"}}</pre><div> </div></body></html>',
      url: 'https://e.example/wp-json/wp/v2/posts/5',
    },
    {
      name: 'pre after a big div',
      html: `<html><body><div>${filler(100)}</div><pre>{"id":5}</pre></body></html>`,
      url: 'https://e.example/wp-json/wp/v2/posts/5',
    },
  ];
}

async function baselineDetect(): Promise<{ detect: DetectFn; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detect-baseline-'));
  const tar = spawnSync('sh', ['-c', `git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(dir)}`], { cwd: repo, encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`git archive ${ref} failed: ${tar.stderr}`);
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  const mod = (await import(path.join(dir, 'src/core/detect/index.ts'))) as { detect: DetectFn };
  return { detect: mod.detect, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  installDomGlobals();
  const current = (await import('../src/core/detect/index')) as { detect: DetectFn };
  const base = await baselineDetect();
  const index = existsSync(path.join(corpus, 'wp-html-pages/INDEX.json'))
    ? (JSON.parse(readFileSync(path.join(corpus, 'wp-html-pages/INDEX.json'), 'utf8')) as Record<string, { canonical: string | null }>)
    : {};
  const pages: Array<{ name: string; html: () => string; url: string }> = [];
  for (const file of htmlFiles(corpus).slice(0, limit)) {
    const rel = path.relative(corpus, file);
    const canonical = index[rel]?.canonical;
    const url = canonical && /^https?:\/\//.test(canonical) ? canonical : 'https://example.invalid/';
    pages.push({ name: rel, html: () => readText(file), url });
  }
  const fixtures = path.join(repo, 'test/fixtures/detect');
  for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.html'))) {
    pages.push({ name: `fixture ${f}`, html: () => readText(path.join(fixtures, f)), url: 'https://blog.example.com/wp-json/wp/v2/posts/123' });
    pages.push({ name: `fixture ${f} (page url)`, html: () => readText(path.join(fixtures, f)), url: 'https://intelligentmeasure.net/2026/01/x/' });
  }
  for (const e of edgeCases()) pages.push({ name: `edge: ${e.name}`, html: () => e.html, url: e.url });

  const parser = new DOMParser();
  const differ: string[] = [];
  let msBase = 0;
  let msCurrent = 0;
  let wp = 0;
  for (const p of pages) {
    const doc = parser.parseFromString(p.html(), 'text/html');
    const before = doc.documentElement.outerHTML.length;
    let t = performance.now();
    const a = JSON.stringify(base.detect(doc, p.url));
    msBase += performance.now() - t;
    t = performance.now();
    const b = JSON.stringify(current.detect(doc, p.url));
    msCurrent += performance.now() - t;
    if (doc.documentElement.outerHTML.length !== before) differ.push(`${p.name}: the document was modified`);
    if (a !== b) differ.push(`${p.name}:\n  ${ref}: ${a.slice(0, 600)}\n  now:  ${b.slice(0, 600)}`);
    if ((JSON.parse(b) as { isWordPress: boolean }).isWordPress) wp++;
  }
  base.cleanup();
  for (const d of differ) console.log(d);
  console.log(
    `detect diff vs ${ref}: ${differ.length} of ${pages.length} pages differ (${wp} WordPress); ` +
      `jsdom detect time ${ref} ${(msBase / 1000).toFixed(1)} s, now ${(msCurrent / 1000).toFixed(1)} s`,
  );
  if (differ.length > 0) process.exitCode = 1;
}

await main();
