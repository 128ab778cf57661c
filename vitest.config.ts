import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { corpusAvailable } from './test/support/corpus';

// Tiers (README "Tests"). The three Node tiers run side by side (jsdom: never happy-dom, DOMPurify's README
// warns it is unsafe for sanitising); the browser tiers run after them, one file at a time.
// - unit:    the core and each context's logic (`npm run test:fast`: the loop after every change)
// - corpus:  sweeps over the shared corpus, one test per page / vector / REST object (*.corpus.test.ts)
// - build:   a fresh store build of both browsers, its manifests and web-ext lint (*.build.test.ts)
// - e2e, hostile: the built extension in real Chromium and Firefox ESR
const CORPUS = 'test/unit/**/*.corpus.test.ts';
const BUILD = 'test/unit/**/*.build.test.ts';

/**
 * The unit files that replace modules (`vi.mock`). The other unit files share one module graph and one jsdom
 * per worker (`isolate: false`): a fresh jsdom and module graph per file cost ~1 s each, most of the tier's
 * time (issue 13). A file that mocks a module needs its own graph, or its mock leaks into the next file (or an
 * earlier file's real module into it), so these keep Vitest's default isolation.
 */
const UNIT = `${import.meta.dirname}/test/unit`;
const unitFiles = (pattern: RegExp): string[] =>
  readdirSync(UNIT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && pattern.test(readFileSync(`${UNIT}/${f}`, 'utf8')))
    .map((f) => `test/unit/${f}`);
const MOCKING = unitFiles(/\bvi\.(?:do)?[mM]ock\(/);

/**
 * The seed post is corpus data (test/support/corpus.ts `readSeedPost`). Without the corpus the unit files that
 * read it, and the browser tiers (their fixture site serves it), are left out like the corpus sweeps; the
 * global setup says so in one line, and under CI a missing corpus fails the run.
 */
const NEEDS_SEED = corpusAvailable ? [] : unitFiles(/\breadSeedPost\b|\bseedPost\(|\bfindPost\(12483\)/);

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    // Per file, in the Node tiers: jsdom's selector engine leaks window listeners per parsed document.
    setupFiles: ['test/support/jsdom-listeners.ts'],
    // A timeout here guards against hangs; speed is measured by `npm run bench`, not asserted. Vitest's 5 s
    // default failed the heavier unit tests (random trees, the sliced pipeline) at load ~10 on two cores.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on this 2-core machine, while the
    // main process mostly waits. The Node tiers use every core (the browser tiers set their own 1).
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.ts'],
          exclude: [CORPUS, BUILD, ...MOCKING, ...NEEDS_SEED],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-mocks',
          environment: 'jsdom',
          include: MOCKING,
          exclude: [CORPUS, BUILD, ...NEEDS_SEED],
        },
      },
      {
        extends: true,
        test: {
          name: 'corpus',
          environment: 'jsdom',
          include: [CORPUS],
          // No corpus file mocks a module: one jsdom and module graph per worker, as in `unit` (160 s for the
          // Node tiers instead of 165 s; 15 CPU-seconds less).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: [BUILD],
        },
      },
      {
        // Real browsers against the fixture WordPress on 127.0.0.1 (test/e2e/support). One file at a time in
        // one fork, one browser of each kind for the tier (test/e2e/support/suite.ts). groupOrder 1 runs this
        // tier after the Node tiers instead of beside them.
        test: {
          name: 'e2e',
          environment: 'node',
          include: corpusAvailable ? ['test/e2e/**/*.test.ts'] : [],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxWorkers: 1,
          // One worker process for the whole tier: a fresh fork per file (spawn, import Puppeteer and the
          // harness again) cost ~1.5 s between files (32 s over 21 files, measured 2026-12-06), and the kept
          // browsers live in it (test/e2e/support/kept-browsers.ts: tabs closed and the extension's storage
          // emptied between files). Sites are per file.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // `npm run test:hostile`: XSS in every site-controlled field, faulty servers and hostile page scripts,
        // in both browsers (issue 5). Same harness and build as e2e; runs after it, one file at a time.
        test: {
          name: 'hostile',
          environment: 'node',
          include: corpusAvailable ? ['test/hostile/**/*.test.ts'] : [],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxWorkers: 1,
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
