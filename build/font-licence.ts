/**
 * The SIL Open Font License 1.1 asks that every copy of the font carry the licence (OFL §2: "each copy of
 * the Font Software … must contain the above copyright notice and this license"). The store zips carry
 * Atkinson Hyperlegible Next's woff2 files (src/reader/theme.css), so they carry its LICENSE beside them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const FONT_LICENCE_FILE = 'assets/atkinson-hyperlegible-next-OFL.txt';

export function fontLicence(): Plugin {
  return {
    name: 'clearpost:font-licence',
    apply: 'build',
    generateBundle() {
      const pkg = createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible-next/package.json');
      this.emitFile({ type: 'asset', fileName: FONT_LICENCE_FILE, source: readFileSync(join(dirname(pkg), 'LICENSE')) });
    },
  };
}
