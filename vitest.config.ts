import { defineConfig } from 'vitest/config';

// Two projects: `unit` (tests/unit/: no site build, no browser; `npm run test:unit`) and
// `e2e` (tests/e2e/: builds sites, starts Astro's dev server, drives Chromium, runs the Nu
// HTML checker; `npm run test:e2e`). `npm test` runs both.
export default defineConfig({
  test: {
    // Browser and build tests start servers and Chromium: give them room on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // A test that builds a site twice takes about 20 s alone, and over a minute while
          // the other worker builds too: the limit catches a hang, not a slow machine.
          testTimeout: 240_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
