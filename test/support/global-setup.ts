import { corpusAvailable, corpusDir } from './corpus';

// The unit, corpus and build projects each run this setup in the one Vitest process: say it once.
let checked = false;

// Without the shared corpus a fresh clone still passes, and says so once; under CI it must be there.
export default function setup(): void {
  if (corpusAvailable || checked) return;
  checked = true;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but the shared corpus is missing at ${corpusDir} (set CLEARPOST_CORPUS)`);
  }
  console.warn(`\n⚠ corpus suites skipped: no corpus at ${corpusDir} (set CLEARPOST_CORPUS to run them)\n`);
}
