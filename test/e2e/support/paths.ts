/** Where the e2e tier finds the test build (CLEARPOST_TEST=1 npm run build, E-plumbing's script). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { BrowserName } from './browsers';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * CLEARPOST_OUT_DIR moves the build (vite.config.ts reads the same variable), so two test runs on one
 * machine do not overwrite each other's extension mid-run.
 */
export const testBuildRoot = path.resolve(repoRoot, process.env['CLEARPOST_OUT_DIR'] ?? 'dist-test');

export function testBuildDir(browser: BrowserName): string {
  return path.join(testBuildRoot, browser === 'chromium' ? 'chrome' : 'firefox');
}

export function testBuildPresent(browser: BrowserName): boolean {
  return existsSync(path.join(testBuildDir(browser), 'manifest.json'));
}
