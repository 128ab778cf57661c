/**
 * `npm run bench` — speed, size and scale of Clearpost in headless Chromium, against the local fixture
 * WordPress (scripts/bench/server.ts), with the sink proxy so nothing leaves 127.0.0.1.
 *
 *   npm run bench                       build both flavours into the bench's own dir, run everything
 *   npm run bench -- --rounds 3         rounds per page (default 5); scaling uses min(rounds, 3)
 *   npm run bench -- --scaling-rounds 1 rounds per scaling size (the 5 MB post is the slowest part)
 *   npm run bench -- --no-build         reuse the last bench build
 *   npm run bench -- --only clicks,idle sections: clicks, trace, hung, refused, scaling, first, firefox, idle, package
 *   npm run bench -- --out-dir DIR      build/zip directory (default $TMPDIR/clearpost-bench)
 *   npm run bench -- --no-write         print only (bench/results.* untouched)
 *
 * Writes bench/results.json, bench/results.md and bench/scaling.svg, and prints the tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, EXECUTABLES, browserAvailable, type Harness } from '../../test/e2e/support/browsers';
import { assertBuilt, buildExtension, bundleReadabilityReader, readerCss, repoRoot } from './build';
import { clearpostClick } from './click-runs';
import { pageFacts, runClicks, type BenchPage } from './clicks';
import { runFirefoxClicks } from './firefox';
import { runFirstClicks } from './first-click';
import { runFrameTrace } from './frame-trace';
import { goals } from './goals';
import { runHungRest } from './hung-rest';
import { runRefused } from './refused';
import { measureAutoDetect, measureStoreIdle } from './idle';
import { packageSizes } from './package-size';
import { registerBenchPosts, SCALING_SIZES } from './posts';
import { READER_PAGE } from '../../src/shared/paths';
import { FRAME_FLOOR_PAGE } from '../../build/browsers';
import { clicksTable, dominantPhases, goalsTable, renderMarkdown, type Results } from './report';
import { logLogSlope, runScaling } from './scaling';
import { startBenchServer } from './server';
import { scalingSvg } from './svg';

const SECTIONS = ['clicks', 'trace', 'hung', 'refused', 'scaling', 'first', 'firefox', 'idle', 'package'] as const;

function parseArgs(argv: string[]): { rounds: number; scalingRounds: number; build: boolean; only: string[]; outDir: string; write: boolean } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const rounds = Number(value('--rounds') ?? 5);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');
  const scalingRounds = Number(value('--scaling-rounds') ?? Math.min(rounds, 3));
  if (!Number.isInteger(scalingRounds) || scalingRounds < 1) throw new Error('--scaling-rounds needs a positive integer');
  const only = (value('--only') ?? SECTIONS.join(',')).split(',').map((s) => s.trim());
  for (const s of only) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section "${s}" (${SECTIONS.join(', ')})`);
  return {
    rounds,
    scalingRounds,
    build: !argv.includes('--no-build'),
    only,
    outDir: path.resolve(value('--out-dir') ?? path.join(os.tmpdir(), 'clearpost-bench')),
    write: !argv.includes('--no-write'),
  };
}

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  if (!browserAvailable('chromium')) throw new Error(`Chromium not found at ${EXECUTABLES.chromium}`);
  const testRoot = path.join(args.outDir, 'test');
  const storeRoot = path.join(args.outDir, 'store');
  const { scalingRounds } = args;
  const loadStart = os.loadavg();
  if (loadStart[0] !== undefined && loadStart[0] > os.cpus().length)
    log(`⚠ load average ${loadStart[0].toFixed(1)} on ${os.cpus().length} CPUs: timings will be noisy`);

  if (args.build) {
    log(`Building the test build (${testRoot}) and the store build (${storeRoot})…`);
    log(
      `  test build ${(buildExtension('test', testRoot) / 1000).toFixed(1)} s, store build ${(buildExtension('store', storeRoot) / 1000).toFixed(1)} s`,
    );
  }
  assertBuilt(testRoot, 'test');
  assertBuilt(storeRoot, 'store');

  const server = await startBenchServer();
  const posts = registerBenchPosts(server.origin);
  const o = server.origin;
  const pages: BenchPage[] = [
    { id: 'small', label: 'Seed post, small theme page', url: o + posts.seedPath },
    { id: 'heavy', label: 'Seed post, heavy news page', url: `${o}/heavy${posts.seedPath}` },
    ...(posts.corpusPath ? [{ id: 'corpus', label: 'Long real post (Mozilla Hacks, corpus)', url: o + posts.corpusPath }] : []),
    { id: 'images', label: `Many images (${posts.imageCount})`, url: o + posts.imagesPath },
  ];
  const results: Results = {
    machine: {
      date: new Date().toISOString(),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '?',
      memoryGB: os.totalmem() / 1024 ** 3,
      loadAverage: { start: loadStart, end: [] },
      node: process.version,
      browser: '',
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
    },
    config: { rounds: args.rounds, scalingRounds, sections: args.only },
    durationSeconds: 0,
    goals: [],
    notes: [],
  };
  if (!posts.corpusPath) results.notes.push('Corpus not found (CLEARPOST_CORPUS): the long real post was skipped.');

  let h: Harness | undefined;
  try {
    if (['clicks', 'trace', 'hung', 'refused', 'scaling'].some((s) => args.only.includes(s))) {
      h = await launchBrowser('chromium', path.join(testRoot, 'chrome'), { viewport: { width: 1280, height: 900 } });
      results.machine.browser = await h.browser.version();
      if (args.only.includes('clicks')) {
        log('Click → reader painted…');
        const [source, css] = [await bundleReadabilityReader(), readerCss(testRoot)];
        const facts = [];
        for (const p of pages) facts.push(await pageFacts(h.browser, p));
        results.clicks = await runClicks({ browser: h.browser, pages: facts, rounds: args.rounds, assets: { source, css }, rest: server.rest, log });
        results.dominant = dominantPhases(results.clicks);
      }
      if (args.only.includes('trace')) {
        log('Inside the reader frame (Chromium trace, every page)…');
        const small = pages[0] as BenchPage;
        // One untraced click first when the clicks section did not run: the worker and caches are warm, as there.
        if (!args.only.includes('clicks')) await clearpostClick({ browser: h.browser, url: small.url });
        results.frameTrace = await runFrameTrace({
          browser: h.browser,
          pages,
          rounds: Math.min(args.rounds, 3),
          readerPath: READER_PAGE,
          floorPath: FRAME_FLOOR_PAGE,
        });
      }
      if (args.only.includes('hung')) {
        log('Hung REST: click → page version painted…');
        // Its own origin (the seed page needs no registered post): REST hangs there and nowhere else.
        const hung = await startBenchServer({ hangRest: true });
        try {
          results.hungRest = await runHungRest({ browser: h.browser, url: hung.origin + posts.seedPath, rounds: args.rounds, log });
        } finally {
          await hung.close();
        }
      }
      if (args.only.includes('refused')) {
        log('REST refused: click → article read from the page…');
        // Its own origin again: every REST request there is refused, the same pages are served.
        const refused = await startBenchServer({ restDisabled: true });
        try {
          const on = pages.map((p) => ({ ...p, url: refused.origin + p.url.slice(o.length) }));
          results.refused = await runRefused({ browser: h.browser, pages: on, rounds: args.rounds, log });
        } finally {
          await refused.close();
        }
      }
      if (args.only.includes('scaling')) {
        log('Scaling…');
        const sizes = SCALING_SIZES.map((bytes) => ({ bytes, url: o + (posts.scalingPaths.get(bytes) as string) }));
        const points = await runScaling({ browser: h.browser, sizes, rounds: scalingRounds, rest: server.rest, log });
        results.scaling = {
          points,
          slopeTotal: logLogSlope(points.map((p) => ({ x: p.bytes, y: p.total.median }))),
          // Between the two largest sizes, where fixed costs no longer hide the growth.
          slopeTop: logLogSlope(points.slice(-2).map((p) => ({ x: p.bytes, y: p.total.median }))),
          slopeHeap: logLogSlope(points.map((p) => ({ x: p.bytes, y: p.embedderHeapBytes.median }))),
        };
      }
      if (h.sink.log.length)
        results.notes.push(`The sink saw ${h.sink.log.length} request(s) for other origins (refused): ${h.sink.log.map((s) => s.target).join(', ')}`);
      await h.close();
      h = undefined;
    }
    if (args.only.includes('first')) {
      log('First click of a browser session (a fresh Chromium per round)…');
      results.firstClick = await runFirstClicks({
        extensionDir: path.join(testRoot, 'chrome'),
        url: (pages[0] as BenchPage).url,
        rounds: args.rounds,
        traceRounds: Math.min(args.rounds, 3),
        log,
      });
    }
    if (args.only.includes('firefox')) {
      if (browserAvailable('firefox')) {
        log('Firefox ESR: click → article rendered…');
        results.firefox = await runFirefoxClicks({ testRoot, pages, rounds: args.rounds, log });
      } else results.notes.push(`Firefox not found at ${EXECUTABLES.firefox}: its rows were skipped.`);
    }
    if (args.only.includes('idle')) {
      log('Idle cost…');
      const idlePages = pages.filter((p) => p.id === 'small' || p.id === 'heavy');
      h = await launchBrowser('chromium', path.join(storeRoot, 'chrome'));
      results.machine.browser ||= await h.browser.version();
      const store = await measureStoreIdle(h.browser, storeRoot, idlePages);
      await h.close();
      h = await launchBrowser('chromium', path.join(testRoot, 'chrome'));
      const auto = await measureAutoDetect(h.browser, testRoot, idlePages);
      await h.close();
      h = undefined;
      results.idle = { ...store, ...auto };
      for (const [id, v] of Object.entries(store.store)) log(`  store build, ${id} page: ${v.scripts.length} extension scripts, ${v.bytes} B`);
      for (const [id, v] of Object.entries(auto.autoDetect))
        log(
          `  auto-detect, ${id} page: detector ${v.detectorBytes} B; test-only ${v.testOnly.map((s) => s.url).join(', ') || 'none'}; run ${auto.detectorRunMs[id]?.median} ms`,
        );
    }
  } finally {
    await h?.close();
    await server.close();
  }
  if (args.only.includes('package')) {
    log('Package size…');
    results.packages = await packageSizes(storeRoot, path.join(args.outDir, 'packages'));
  }

  results.machine.loadAverage.end = os.loadavg();
  results.durationSeconds = (performance.now() - started) / 1000;
  results.goals = goals(results);
  results.notes.push(
    'Timings come from the working tree as built at the time of the run; rerun on a quiet machine for figures to quote (the load average above says how quiet it was).',
    'The service worker is warm (one untimed click first); a cold MV3 worker start adds to the first click of a session.',
  );

  log('');
  if (results.clicks) log(`${clicksTable(results.clicks)}\n`);
  log(goalsTable(results.goals));
  if (args.write) {
    const dir = path.join(repoRoot, 'bench');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(path.join(dir, 'results.md'), renderMarkdown(results));
    if (results.scaling) {
      const caption = `Clearpost REST path, ${results.machine.browser}, ${results.machine.cpus} CPUs, ${results.machine.date.slice(0, 10)}; log–log; ${scalingRounds} rounds per size.`;
      writeFileSync(path.join(dir, 'scaling.svg'), scalingSvg(results.scaling.points, caption));
    }
    log(`\nWrote bench/results.json, bench/results.md${results.scaling ? ', bench/scaling.svg' : ''} (${results.durationSeconds.toFixed(0)} s)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
