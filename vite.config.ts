/**
 * One Vite build per browser: `vite build --mode chrome|firefox` (scripts/build.ts runs both).
 * The manifest is manifest.json patched per browser as data (build/browsers.ts).
 * @crxjs/vite-plugin does what it is good at: it reads the manifest, bundles the background, the HTML
 * pages and the content scripts (as standalone IIFEs for executeScript / registerContentScripts), and
 * writes the final manifest with the output file names.
 * Output is minified by oxc (syntax, whitespace and local names), the injected scripts' separate IIFE build
 * included: the store zips' budget is 200 KB (README "Build and package"; names kept cost 26 KB of it).
 * `CLEARPOST_TEST=1` → dist-test/<browser>: `__CLEARPOST_TEST__` true, test host permission and the
 * test-trigger content script (see notes in build/browsers.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { crxTidy } from './build/crx-tidy';
import { domPurifyFailClosed } from './build/dompurify-fail-closed';
import { fontLicence } from './build/font-licence';
import { localesCompact } from './build/locales-compact';
import { readabilityWithoutInnerHtml } from './build/readability-no-innerhtml';
import { readerChunks } from './build/reader-chunks';
import { FRAME_FLOOR_PAGE, manifestFor, TEST_TRIGGER_SCRIPT, type Manifest, type TargetBrowser } from './build/browsers';
import { OFFSCREEN_PAGE, READER_PAGE } from './src/shared/paths';

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  const test = process.env['CLEARPOST_TEST'] === '1';
  const base = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as Manifest;
  const manifest = manifestFor(base, browser, { test });
  // Pages that are not named in the manifest (crxjs only picks up manifest-declared HTML).
  const pages = [READER_PAGE, ...(browser === 'chrome' ? [OFFSCREEN_PAGE] : []), ...(test ? [FRAME_FLOOR_PAGE] : [])];
  // Scripts the background injects itself (scripting API): not web-accessible, no ES-module twin.
  const injected = ['src/content/content-script.ts', 'src/content/open-now.ts', 'src/content/detector.ts'];

  return {
    define: { __CLEARPOST_TEST__: JSON.stringify(test) },
    build: {
      // CLEARPOST_OUT_DIR: where the manifest unit test builds a throwaway copy.
      outDir: `${process.env['CLEARPOST_OUT_DIR'] ?? (test ? 'dist-test' : 'dist')}/${browser}`,
      emptyOutDir: true,
      // Not 'oxc': crxjs's separate IIFE build of the injected scripts inherits it and would mangle names.
      // The pages' and worker's minification is `rollupOptions.output.minify` below (names kept).
      minify: 'oxc',
      // CSS has no names to keep: comments and whitespace go (the reader's stylesheets are ~40% comment).
      cssMinify: 'lightningcss',
      sourcemap: false,
      // Chromium 120+ and Firefox 140+ (GECKO_MIN_VERSION) both run ES2022.
      target: 'es2022',
      // <link rel=modulepreload> for the pages' static chunks, written into the HTML (the reader's chunks
      // loaded as a 3-deep import waterfall without them). Not for lazy imports (page extraction, exports):
      // Vite would add those links to the reader's DOM at run time, for chunks whose imports are loaded already.
      // No polyfill: it is an inline script, which the extension CSP refuses.
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
      rollupOptions: {
        input: Object.fromEntries(pages.map((page) => [page, resolve(import.meta.dirname, page)])),
        // Few files for the reader frame to load before it can paint (build/reader-chunks.ts).
        output: { codeSplitting: readerChunks(resolve(import.meta.dirname, READER_PAGE), resolve(import.meta.dirname, 'src/background/index.ts')) },
      },
    },
    plugins: [
      domPurifyFailClosed(),
      readabilityWithoutInnerHtml(),
      crx({
        // crxjs's types want its own manifest type; ours is the same JSON, checked by the unit tests.
        manifest: manifest as unknown as Parameters<typeof crx>[0]['manifest'],
        browser,
        contentScripts: { standaloneFiles: test ? [TEST_TRIGGER_SCRIPT] : [] },
      }),
      crxTidy(injected),
      localesCompact(String(base.default_locale)),
      fontLicence(),
    ],
  };
});
