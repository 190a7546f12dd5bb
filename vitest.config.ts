import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start servers and Chromium: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
