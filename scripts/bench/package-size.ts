/**
 * Section 4: package size. The store builds zipped exactly like `npm run package` (build/zip.ts), but from the
 * bench's own build into the bench's own directory, so a bench run never touches dist/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipDirectory } from '../../build/zip';
import { repoRoot } from './build';

export interface PackageSize {
  store: 'chrome' | 'firefox';
  file: string;
  bytes: number;
}

export async function packageSizes(storeRoot: string, outDir: string): Promise<PackageSize[]> {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'manifest.json'), 'utf8')) as { version: string };
  const out: PackageSize[] = [];
  mkdirSync(outDir, { recursive: true });
  for (const store of ['chrome', 'firefox'] as const) {
    const file = `clearpost-${version}-${store}.zip`;
    const zip = await zipDirectory(path.join(storeRoot, store));
    writeFileSync(path.join(outDir, file), zip);
    out.push({ store, file, bytes: zip.length });
  }
  return out;
}
