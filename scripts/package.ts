/**
 * `npm run package` (after `npm run build`): one zip per store in dist/.
 *   dist/clearpost-<version>-chrome.zip   (Chrome Web Store)
 *   dist/clearpost-<version>-firefox.zip  (addons.mozilla.org)
 * Zipped by build/zip.ts (Zopfli, files only, reproducible). The built manifests are checked by
 * test/unit/extension/manifest.build.test.ts, and so are the zips (format, contents, the 200 KB budget).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipDirectory } from '../build/zip';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { version: string };

for (const browser of ['chrome', 'firefox'] as const) {
  const file = resolve(root, 'dist', `clearpost-${version}-${browser}.zip`);
  const zip = await zipDirectory(resolve(root, 'dist', browser));
  writeFileSync(file, zip);
  console.log(`packaged ${file} (${zip.length} bytes)`);
}
