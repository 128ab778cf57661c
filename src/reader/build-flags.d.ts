/**
 * Compile-time flag, replaced by Vite `define` (E-plumbing's vite.config.ts): true only in test builds
 * (`CLEARPOST_TEST=1 npm run build`), so test-only code is dead-code-eliminated from store builds.
 * Read it through `isTestBuild()` (src/reader/test-build.ts): unit tests run without the define.
 */
declare const __CLEARPOST_TEST__: boolean;
