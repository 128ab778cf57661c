/**
 * `npx tsx scripts/bench-detect.ts`: how long WordPress detection takes on the bench's small and heavy pages
 * (scripts/bench/server.ts, the heavy page from scripts/bench/heavy-page.ts), in headless Chromium.
 *
 * Two measurements, several rounds each, medians and min–max (the machine is shared: the load average is
 * printed with the figures):
 * - core: src/content/page-detection.ts bundled as one classic script, added to a freshly loaded page, and
 *   `detectPage(document, location.href)` timed in the page: the first call (cold: what a click pays, since
 *   the content script is injected fresh) and the median of 10 calls after it (warm). With --baseline REF,
 *   git REF's version too, alternating with this one round by round, each on its own fresh page.
 * - click: the built test extension's real toolbar handler; the content script's own
 *   `clearpost:detect-start/-end` marks (src/shared/timing.ts), i.e. the bench's "detect" phase.
 *
 *   npx tsx scripts/bench-detect.ts                      build the test extension into /tmp/detect-dist, both modes
 *   npx tsx scripts/bench-detect.ts --rounds 7 --no-build --only core --baseline HEAD~1   also time REF's detect
 *   CLEARPOST_OUT_DIR=/tmp/x npx tsx scripts/bench-detect.ts   another build dir
 *   npx tsx scripts/bench-detect.ts --no-build --only click --compare-ext /tmp/old-dist   and an older build, alternating
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../test/e2e/support/browsers';
import { registerBenchPosts } from './bench/posts';
import { dispatchClick, marksIn, openObserved, settle, sleep } from './bench/probe';
import { startBenchServer } from './bench/server';
import { fmtMs, summarize } from './bench/stats';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

function arg(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** page-detection.ts (of `srcRoot`) and the core detect it imports, as one classic script defining `__cpDetect`. */
async function bundleDetect(srcRoot = repoRoot): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root: srcRoot,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: path.join(srcRoot, 'src/content/page-detection.ts'), formats: ['iife'], name: '__cpDetect', fileName: () => 'detect.js' },
    },
  });
  for (const o of Array.isArray(out) ? out : [out]) {
    if (!('output' in o)) continue;
    for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('vite produced no detect bundle');
}

interface CoreRound {
  cold: number;
  warm: number;
  elements: number;
  verdict: string;
}

const CORE_RUN = `(async () => {
  const d = window.__cpDetect;
  const t0 = performance.now();
  const first = await d.detectPage(document, location.href);
  const cold = performance.now() - t0;
  const warm = [];
  for (let i = 0; i < 10; i++) {
    const s = performance.now();
    await d.detectPage(document, location.href);
    warm.push(performance.now() - s);
  }
  warm.sort((a, b) => a - b);
  return {
    cold,
    warm: (warm[4] + warm[5]) / 2,
    elements: document.getElementsByTagName('*').length,
    verdict: JSON.stringify({ wp: first.isWordPress, id: first.postId, type: first.postType, kind: first.pageKind, root: first.restRoot, json: first.postJsonUrl, canonical: first.canonicalUrl, signals: first.signals.map((s) => s.kind) }),
  };
})()`;

async function coreRound(browser: Browser, url: string, source: string): Promise<CoreRound> {
  const page = await openObserved(browser, url);
  try {
    await settle(page);
    await page.addScriptTag({ content: source });
    await sleep(100);
    return (await page.evaluate(CORE_RUN)) as CoreRound;
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function clickRound(browser: Browser, url: string): Promise<number> {
  const page = await openObserved(browser, url);
  try {
    await settle(page);
    await dispatchClick(browser, url);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const marks = await marksIn(page.mainFrame());
      const start = marks.find((m) => m.name === 'clearpost:detect-start');
      const end = marks.find((m) => m.name === 'clearpost:detect-end');
      if (start && end) return end.at - start.at;
      await sleep(50);
    }
    throw new Error(`no clearpost:detect-end mark in ${url}`);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The src/ of git `ref` in a temporary directory (with this checkout's node_modules), for --baseline. */
function checkout(ref: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-detect-'));
  const tar = spawnSync('sh', ['-c', `git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(dir)}`], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (tar.status !== 0) throw new Error(`git archive ${ref} failed: ${tar.stderr}`);
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const rounds = Number(arg(argv, '--rounds') ?? 5);
  const only = (arg(argv, '--only') ?? 'core,click').split(',');
  const outDir = path.resolve(process.env['CLEARPOST_OUT_DIR'] ?? '/tmp/detect-dist');
  if (only.includes('click') && !argv.includes('--no-build')) {
    const run = spawnSync('npm', ['run', 'build'], {
      cwd: repoRoot,
      env: { ...process.env, CLEARPOST_OUT_DIR: outDir, CLEARPOST_TEST: '1' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  }
  const baselineRef = arg(argv, '--baseline');
  // Variants timed in alternating order, each on its own freshly loaded page, so load swings hit both alike.
  const variants: Array<{ name: string; source: string }> = [{ name: 'now', source: await bundleDetect() }];
  if (baselineRef !== undefined) {
    const dir = checkout(baselineRef);
    try {
      variants.push({ name: baselineRef, source: await bundleDetect(dir) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const server = await startBenchServer();
  const { seedPath } = registerBenchPosts(server.origin);
  const pages = { small: `${server.origin}${seedPath}`, heavy: `${server.origin}/heavy${seedPath}` };
  const harness = await launchBrowser('chromium', path.join(outDir, 'chrome'));
  // --compare-ext DIR: another test build (e.g. of an older commit) clicked in alternation with this one.
  const otherDir = arg(argv, '--compare-ext');
  const other = otherDir === undefined ? undefined : await launchBrowser('chromium', path.join(path.resolve(otherDir), 'chrome'));
  const load = os.loadavg();
  try {
    for (const [name, url] of Object.entries(pages)) {
      if (only.includes('core')) {
        const results = new Map<string, CoreRound[]>(variants.map((v) => [v.name, []]));
        for (let r = 0; r < rounds; r++) {
          const order = r % 2 === 0 ? variants : [...variants].reverse();
          for (const v of order) results.get(v.name)?.push(await coreRound(harness.browser, url, v.source));
        }
        const verdicts = new Set([...results.values()].flat().map((r) => r.verdict));
        for (const [variant, rs] of results) {
          console.log(
            `core  ${name.padEnd(5)} ${variant.padEnd(8)} ${String(rs[0]?.elements).padStart(6)} elements: ` +
              `cold ${fmtMs(
                summarize(
                  rs.map((r) => r.cold),
                  2,
                ),
              )}, warm ${fmtMs(
                summarize(
                  rs.map((r) => r.warm),
                  2,
                ),
              )}`,
          );
        }
        console.log(`      ${verdicts.size > 1 ? 'verdicts DIFFER' : 'same verdict'}: ${[...verdicts].join(' | ')}`);
      }
      if (only.includes('click')) {
        const runs = [{ name: 'now', harness, times: [] as number[] }];
        if (other) runs.push({ name: 'other', harness: other, times: [] });
        for (let r = 0; r < rounds; r++) {
          for (const run of r % 2 === 0 ? runs : [...runs].reverse()) run.times.push(await clickRound(run.harness.browser, url));
        }
        for (const run of runs) {
          console.log(`click ${name.padEnd(5)} ${run.name.padEnd(5)} detect phase (content marks): ${fmtMs(summarize(run.times, 2))}`);
        }
      }
    }
  } finally {
    await harness.close();
    await other?.close();
    await server.close();
  }
  const after = os.loadavg();
  console.log(
    `load average at start ${load.map((l) => l.toFixed(2)).join(' ')}, at end ${after.map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`,
  );
}

await main();
