/** Where the e2e tier finds the test build (CLEARPOST_TEST=1 npm run build, E-plumbing's script). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { BrowserName } from './browsers';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function testBuildDir(browser: BrowserName): string {
  return path.join(repoRoot, 'dist-test', browser === 'chromium' ? 'chrome' : 'firefox');
}

export function testBuildPresent(browser: BrowserName): boolean {
  return existsSync(path.join(testBuildDir(browser), 'manifest.json'));
}
