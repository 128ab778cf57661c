/**
 * `npm run package` (after `npm run build`): one zip per store in dist/.
 *   dist/clearpost-<version>-chrome.zip   (Chrome Web Store)
 *   dist/clearpost-<version>-firefox.zip  (addons.mozilla.org)
 * Both are zipped by web-ext's `build` command (already a dependency, no `zip` CLI needed): it packs the
 * directory as is, skipping dotfiles. The built manifests are checked by test/unit/extension/manifest.build.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { version: string };

for (const browser of ['chrome', 'firefox'] as const) {
  const filename = `clearpost-${version}-${browser}.zip`;
  const result = await webExt.cmd.build(
    {
      sourceDir: resolve(root, 'dist', browser),
      artifactsDir: resolve(root, 'dist'),
      filename,
      overwriteDest: true,
    },
    { shouldExitProgram: false },
  );
  console.log(`packaged ${result.extensionPath}`);
}
