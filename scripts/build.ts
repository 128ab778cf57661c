/**
 * `npm run build`: dist/chrome and dist/firefox (one Vite build per browser, see vite.config.ts).
 * `CLEARPOST_TEST=1 npm run build` (or `npm run build:test`): dist-test/{chrome,firefox}.
 * Sequential on purpose (the machine has 2 cores and crxjs keeps module-level state per build).
 */
import { build } from 'vite';

const browsers = ['chrome', 'firefox'] as const;
for (const mode of browsers) {
  await build({ mode, logLevel: 'warn' });
  const dir = `${process.env['CLEARPOST_OUT_DIR'] ?? (process.env['CLEARPOST_TEST'] === '1' ? 'dist-test' : 'dist')}/${mode}`;
  console.log(`built ${dir}`);
}
