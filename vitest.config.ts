import { defineConfig } from 'vitest/config';

// Two tiers: `unit` runs the pure core in Node with jsdom (never happy-dom: DOMPurify's README warns it
// is unsafe for sanitising); `e2e` drives the built extension in real Chromium and Firefox.
export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        // Real browsers against the fixture WordPress on 127.0.0.1 (test/e2e/support). One file at a time
        // in one fork: each test launches a browser, and the machine has 2 cores. groupOrder 1 runs this
        // tier after the unit tier instead of beside it.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // `npm run test:hostile`: XSS in every site-controlled field, faulty servers and hostile page scripts,
        // in both browsers (issue 5). Same harness and build as e2e; runs after it, one file at a time.
        test: {
          name: 'hostile',
          environment: 'node',
          include: ['test/hostile/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
