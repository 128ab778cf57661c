/**
 * e2e global step: build the test extension once (CLEARPOST_TEST=1 npm run build → dist-test/chrome,
 * dist-test/firefox) and say which browser suites will run. Locally a missing browser skips its suite with
 * one visible line; under CI=true a missing browser or a failed build fails the run.
 * CLEARPOST_E2E_NO_BUILD=1 reuses an existing dist-test (local iteration only; CI always builds).
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { BROWSERS, EXECUTABLES, browserAvailable, firefoxPrefs } from './browsers';
import { makeFirefoxTemplate } from './profile-template';
import { repoRoot, testBuildPresent } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** 'built' | 'reused' | 'failed' — tests skip (locally) when the build failed. */
    e2eBuild: 'built' | 'reused' | 'failed';
  }
}

type BuildState = 'built' | 'reused' | 'failed';
// The e2e and hostile projects share this setup; vitest runs both in one process but loads this module once per
// project (the clean-clone CI log showed two builds), so the first build's outcome is kept in the process's
// environment and the second project reuses it instead of building again.
const STATE_KEY = 'CLEARPOST_E2E_BUILD_STATE';

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const known = process.env[STATE_KEY] as BuildState | undefined;
  const state = known ?? buildOnce();
  process.env[STATE_KEY] = state;
  project.provide('e2eBuild', state);
  // Once per run as well (the second project finds it made); the first project's teardown removes it.
  if (known !== undefined || state === 'failed' || !browserAvailable('firefox')) return undefined;
  // Port 9 (discard) for the proxy: the template loads nothing, and each launch writes its own prefs anyway.
  return makeFirefoxTemplate(EXECUTABLES.firefox, firefoxPrefs(9));
}

function buildOnce(): BuildState {
  const ci = process.env.CI === 'true';
  for (const name of BROWSERS) {
    if (browserAvailable(name)) continue;
    if (ci) throw new Error(`CI=true but ${name} is missing at ${EXECUTABLES[name]} (.ci/run installs it with apt)`);
    console.warn(`\n⚠ e2e ${name} suite skipped: no browser at ${EXECUTABLES[name]}\n`);
  }
  const reuse = !ci && process.env.CLEARPOST_E2E_NO_BUILD === '1' && BROWSERS.every(testBuildPresent);
  if (reuse) {
    console.warn('\n⚠ e2e: reusing the existing dist-test build (CLEARPOST_E2E_NO_BUILD=1)\n');
    return 'reused';
  }
  const started = Date.now();
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: repoRoot,
    env: { ...process.env, CLEARPOST_TEST: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    const message = `e2e: CLEARPOST_TEST=1 npm run build failed (exit ${String(run.status)}):\n${output}`;
    if (ci) throw new Error(message);
    console.warn(`\n⚠ ${message}\n⚠ e2e suites are skipped\n`);
    return 'failed';
  }
  console.log(`e2e: test build ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 'built';
}
