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
    ],
  },
});
