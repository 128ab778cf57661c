/**
 * Section 4: package size. The store builds zipped exactly like `npm run package` (scripts/package.ts: web-ext's
 * build command over the built directory), but from the bench's own build into the bench's own directory,
 * so a bench run never touches dist/.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';
import { repoRoot } from './build';

export interface PackageSize {
  store: 'chrome' | 'firefox';
  file: string;
  bytes: number;
}

export async function packageSizes(storeRoot: string, outDir: string): Promise<PackageSize[]> {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'manifest.json'), 'utf8')) as { version: string };
  const out: PackageSize[] = [];
  for (const store of ['chrome', 'firefox'] as const) {
    const filename = `clearpost-${version}-${store}.zip`;
    const result = await webExt.cmd.build(
      { sourceDir: path.join(storeRoot, store), artifactsDir: outDir, filename, overwriteDest: true },
      { shouldExitProgram: false },
    );
    out.push({ store, file: filename, bytes: statSync(result.extensionPath).size });
  }
  return out;
}
