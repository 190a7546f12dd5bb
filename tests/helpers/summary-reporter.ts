/**
 * Ends every run with one plain line, "Tests: N passed, N failed[, N skipped]", which CI
 * reads to know how many tests ran (vitest's own summary is not in that form). A test file
 * that fails outside its tests (an error while loading, a failing hook, an unhandled error)
 * counts as a failure too, so the line never says "0 failed" when vitest exits with 1.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedTests++;
        else skipped++;
      }
      failed += failedTests;
      if (failedTests === 0 && (module.state() === 'failed' || module.errors().length > 0))
        failed++;
    }
    process.stdout.write(
      `\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
