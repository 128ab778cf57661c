/**
 * `typeof` guard: under Vitest there is no Vite define, and a bare reference would throw. With the define,
 * this folds to the literal and the bundler drops the test-only branches.
 */
export function isTestBuild(): boolean {
  return typeof __CLEARPOST_TEST__ !== 'undefined' && __CLEARPOST_TEST__;
}
