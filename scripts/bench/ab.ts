/**
 * Interleaved A/B of two (or more) builds, for a change whose effect is smaller than this VM's drift (its speed
 * moves by up to 40 % within an hour, so two `npm run bench` runs minutes apart compare the machine, not the
 * change). Each build gets its own Chromium, launched side by side; every round clicks once in each, the order
 * alternating, on the same page of the same fixture server, and the medians of the click's milestones are printed
 * side by side (ms after the click; the clicks section's observer and marks, click-runs.ts).
 *
 *   npm run bench -- --out-dir /tmp/a --only package --no-write     build A (and size its zips); B likewise, then
 *   npx tsx scripts/bench/ab.ts /tmp/a,/tmp/b [small|heavy|corpus|images] [rounds=15] [--cold]
 *
 * `--cold`: every click is the first of a freshly launched browser, as in the bench's first-click section.
 * `--refused`: the fixture's REST API refuses every request (the refused section): the page-extraction path.
 *
 * Each DIR is a bench `--out-dir`: its test build (DIR/test/chrome) is loaded.
 */
import path from 'node:path';
import { launchBrowser } from '../../test/e2e/support/browsers';
import { clearpostClick } from './click-runs';
import { registerBenchPosts } from './posts';
import { startBenchServer } from './server';
import { summarize } from './stats';

const cold = process.argv.includes('--cold');
const refused = process.argv.includes('--refused');
const [dirList, which = 'small', roundArg = '15'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dirs = dirList?.split(',') ?? [];
if (dirs.length < 2) throw new Error('usage: ab.ts DIR_A,DIR_B [small|heavy|corpus|images] [rounds] [--cold] [--refused]');
const rounds = Number(roundArg);

const MILESTONES = [
  ['frame document created', 'frame:document'],
  ['frame scripts evaluated', 'frame:dcl'],
  ['page snapshot parsed', 'frame:clearpost:snapshot-end'],
  ['cleaning starts', 'frame:clearpost:normalize-start'],
  ['article rendered', 'frame:clearpost:render-end'],
] as const;

const server = await startBenchServer({ restDisabled: refused });
const posts = registerBenchPosts(server.origin);
const paths: Record<string, string | undefined> = {
  small: posts.seedPath,
  heavy: `/heavy${posts.seedPath}`,
  corpus: posts.corpusPath,
  images: posts.imagesPath,
};
const page = paths[which];
if (!page) throw new Error(`no ${which} page (the corpus page needs CLEARPOST_CORPUS)`);
const url = server.origin + page;
const launch = (dir: string) => launchBrowser('chromium', path.join(dir, 'test', 'chrome'), { viewport: { width: 1280, height: 900 } });
const harnesses: Array<Awaited<ReturnType<typeof launch>>> = [];
const samples = dirs.map(() => new Map<string, number[]>());
try {
  if (!cold) {
    for (const dir of dirs) harnesses.push(await launch(dir));
    // One untimed click each: the worker and the caches warm, as in the clicks section.
    for (const h of harnesses) await clearpostClick({ browser: h.browser, url, rest: server.rest });
  }
  for (let round = 0; round < rounds; round++) {
    const order = dirs.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      // --cold: each click is the first of a fresh browser (first-click.ts), the browser closed before the next.
      const fresh = cold ? await launch(dirs[i] as string) : undefined;
      try {
        const browser = (fresh ?? (harnesses[i] as (typeof harnesses)[number])).browser;
        const sample = await clearpostClick({ browser, url, rest: server.rest });
        const into = samples[i] as Map<string, number[]>;
        const add = (key: string, ms: number | undefined): void => {
          if (ms !== undefined) into.set(key, [...(into.get(key) ?? []), ms]);
        };
        for (const [label, mark] of MILESTONES) add(label, sample.timeline.find((m) => m.name === mark)?.at);
        add('painted (total)', sample.totalMs);
      } finally {
        await fresh?.close();
      }
    }
  }
  console.log(`${which} page, ${rounds} interleaved rounds${cold ? ', each click in a fresh browser' : ''}, median ms after the click`);
  console.log(['milestone'.padEnd(26), ...dirs.map((d) => d.padStart(16))].join(' '));
  for (const label of [...MILESTONES.map(([l]) => l), 'painted (total)']) {
    const cells = samples.map((s) => {
      const v = summarize(s.get(label) ?? []);
      return (v.n ? v.median.toFixed(1) : '—').padStart(16);
    });
    console.log([label.padEnd(26), ...cells].join(' '));
  }
} finally {
  for (const h of harnesses) await h.close();
  await server.close();
}
