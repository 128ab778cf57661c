/**
 * Where normalizePost spends its time, in Chromium (not jsdom, whose costs differ): the core bundled as one
 * script, run on a generated post of the given size in a page of the bench server, under the CDP sampling
 * profiler. Prints the top functions by self time and the per-call totals of the core's own steps.
 *
 *   npx tsx scripts/bench/profile-normalize.ts [bytes=1000000]   a generated bench post (scripts/bench/posts.ts)
 *   npx tsx scripts/bench/profile-normalize.ts seed:10000000        the seed's content repeated to ~that size
 *                                                                  (the hostile suite's "10 MB of text" post)
 *   npx tsx scripts/bench/profile-normalize.ts corpus|images|seed   the clicks section's long real post, many-images
 *                                                                  post or the seed, as they are
 *   add --no-profile to time the steps without the sampling profiler (which slows big inputs down),
 *   --firefox to time them in Firefox (no profiler there)
 * (after one `npm run bench`, whose test build it loads; the extension itself is not used here)
 */
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../../test/e2e/support/browsers';
import { repoRoot } from './build';
import { CORPUS_ID, IMAGES_ID, registerBenchPosts, scalingId, SCALING_SIZES, SEED_ID } from './posts';
import { startBenchServer } from './server';

const arg = process.argv[2] ?? '1000000';
const firefox = process.argv.includes('--firefox');
const profiling = !process.argv.includes('--no-profile') && !firefox;
const named = { corpus: CORPUS_ID, images: IMAGES_ID, seed: SEED_ID }[arg];
const repeatSeed = arg.startsWith('seed:');
const bytes = Number(repeatSeed ? arg.slice(5) : arg);
if (named === undefined && (repeatSeed ? !(bytes > 0) : !(SCALING_SIZES as readonly number[]).includes(bytes))) {
  throw new Error(`size must be one of ${SCALING_SIZES.join(', ')}, seed:<bytes>, corpus, images or seed`);
}

const entry = path.join(repoRoot, 'scripts/bench/profile-entry.ts');
const out = await build({
  configFile: false,
  logLevel: 'warn',
  root: repoRoot,
  build: { write: false, minify: false, target: 'es2022', lib: { entry, formats: ['iife'], name: 'benchCore', fileName: () => 'core.js' } },
});
const outputs = Array.isArray(out) ? out : [out];
let source = '';
for (const o of outputs) if ('output' in o) for (const c of o.output) if (c.type === 'chunk') source = c.code;

const server = await startBenchServer();
const posts = registerBenchPosts(server.origin);
const browser = firefox ? 'firefox' : 'chromium';
const h = await launchBrowser(browser, path.join(os.tmpdir(), 'clearpost-bench', 'test', firefox ? 'firefox' : 'chrome'));
try {
  const page = await h.browser.newPage();
  page.on('console', (message) => console.log(`[page] ${message.text()}`));
  await page.goto(server.origin + posts.seedPath, { waitUntil: 'load' });
  await page.addScriptTag({ content: source });
  const id = named ?? (repeatSeed ? SEED_ID : scalingId(bytes));
  const call = `window.benchNormalize(${JSON.stringify(`${server.origin}/wp-json/wp/v2/posts/${id}?_embed=1`)}, ${repeatSeed ? bytes : 0})`;
  if (!profiling) {
    console.log(`normalizePost on ${arg} B (${browser}): ${JSON.stringify(await page.evaluate(call))}`);
  } else {
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const took = await page.evaluate(call);
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`normalizePost on ${arg} B: ${JSON.stringify(took)}`);
    const self = new Map<string, number>();
    const dt = new Map<number, number>();
    profile.samples?.forEach((sample, i) => {
      dt.set(sample, (dt.get(sample) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
    });
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
    }
    const top = [...self.entries()].sort((x, y) => y[1] - x[1]).slice(0, 25);
    for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
  }
} finally {
  await h.close();
  await server.close();
}
