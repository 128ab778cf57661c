/**
 * Renders the toolbar/store icons from the one SVG source (icons/clearpost.svg) with resvg.
 * `npm run icons`; the PNGs are committed so a build needs no native renderer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(resolve(root, 'icons/clearpost.svg'), 'utf8');

for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  const out = resolve(root, `icons/clearpost-${size}.png`);
  writeFileSync(out, png);
  console.log(`icons/clearpost-${size}.png (${png.length} bytes)`);
}
