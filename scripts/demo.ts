/**
 * `npm start`: the Clearpost demo.
 *
 * 1. Builds the extension.
 * 2. Starts the fixture WordPress site ("Digital Trade Center", test/e2e/support/wp-server.ts) on 127.0.0.1
 *    and prints its URL.
 * 3. With a display ($DISPLAY set): opens Chromium with the production build (dist/chrome) loaded on the seed
 *    article; click the Clearpost toolbar button (or Alt+Shift+R). Close the window to stop.
 *    Without a display: runs Chromium headless with the test build (dist-test/chrome — the same code plus a
 *    127.0.0.1 host permission, because a simulated toolbar click grants no activeTab), opens the reader
 *    through the real toolbar handler, saves demo/reader.png, prints the copied clean text and exits.
 *
 * Options: --no-build (reuse the last build), --headless (headless even with a display).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserAvailable, EXECUTABLES, launchBrowser } from '../test/e2e/support/browsers';
import { openReader, shownArticle } from '../test/e2e/support/reader';
import { startWpSites } from '../test/e2e/support/wp-server';
import { corpusAvailable, corpusDir } from '../test/support/corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const headful = Boolean(process.env.DISPLAY) && !args.has('--headless');

function build(test: boolean): void {
  if (args.has('--no-build')) return;
  console.log(`Building ${test ? 'the test build (dist-test/)' : 'the extension (dist/)'}…`);
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...(test ? { CLEARPOST_TEST: '1' } : {}) },
  });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${String(run.status)})`);
}

async function main(): Promise<void> {
  if (!browserAvailable('chromium')) throw new Error(`Chromium not found at ${EXECUTABLES.chromium} (apt-get install chromium)`);
  // The seed article is third-party corpus data, never copied into the repo.
  if (!corpusAvailable) throw new Error(`the demo's seed article comes from the shared corpus, not found at ${corpusDir} (set CLEARPOST_CORPUS)`);
  build(!headful);
  const sites = await startWpSites(['pretty']);
  const site = sites.site('pretty');
  const article = site.url('seed');
  console.log(`\nDemo WordPress site: ${site.origin}/\nSeed article:        ${article}\nREST post JSON:      ${site.rest('wp/v2/posts/12483')}\n`);

  if (headful) {
    const h = await launchBrowser('chromium', path.join(root, 'dist', 'chrome'), { headless: false, viewport: null });
    await h.open(article);
    console.log('Chromium is open with Clearpost loaded. Click the Clearpost toolbar button (pin it from the');
    console.log('puzzle-piece menu) or press Alt+Shift+R. Close the browser window to stop the demo.');
    await new Promise<void>((resolve) => h.browser.once('disconnected', () => resolve()));
    await h.close();
    await sites.close();
    return;
  }

  const h = await launchBrowser('chromium', path.join(root, 'dist-test', 'chrome'), { viewport: { width: 1280, height: 1300 } });
  try {
    const page = await h.open(article);
    const { frame, state } = await openReader(h, page);
    if (state !== 'ready') throw new Error(`the reader shows an error: ${await frame.evaluate(() => document.body.innerText)}`);
    // Let the featured image arrive before the picture is taken.
    await frame.waitForFunction(() => [...document.images].every((i) => i.complete), { timeout: 10_000 }).catch(() => undefined);
    await frame.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => undefined))));
    await new Promise((r) => setTimeout(r, 300)); // one more paint after decoding
    const shown = await shownArticle(frame);
    mkdirSync(path.join(root, 'demo'), { recursive: true });
    const shot = path.join(root, 'demo', 'reader.png');
    await page.screenshot({ path: shot as `${string}.png` });
    await frame.click('#cp-copy-text');
    await frame.waitForFunction(() => (window as { __clearpostLastCopy?: unknown }).__clearpostLastCopy !== undefined, { timeout: 10_000 });
    const copied = await frame.evaluate(() => (window as unknown as { __clearpostLastCopy: { text: string } }).__clearpostLastCopy.text);
    console.log(`Reader opened: "${shown.title}" — ${shown.byline}; ${shown.attribution}`);
    console.log(`Screenshot:    ${path.relative(root, shot)}`);
    console.log(`\n──── Copied clean text (${copied.length} characters) ────\n${copied}\n──── end ────`);
    const left = h.sink.log.length;
    console.log(left === 0 ? '\nNo request left 127.0.0.1.' : `\n${left} request(s) tried to leave 127.0.0.1 (blocked).`);
  } finally {
    await h.close();
    await sites.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
