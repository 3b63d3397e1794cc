import { defineConfig } from 'vitest/config';

// Mutation testing (stryker.config.mjs) runs the unit tests only: not the dist project (built bundles, real Chromium),
// the CLI's tests included (they run the CLI in-process through run(argv, io): none spawns a process), not the supply-chain checks (package metadata),
// not the documentation checks (generated pages, links, guide samples type-checked: slow, and about the docs),
// and not the time-zone test: Stryker runs vitest in worker threads, where setting process.env.TZ does not change the
// zone (that test checks its own premise and fails).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/dist/**', 'test/supply/**', 'test/period/timezone.test.ts', 'test/docs/**', 'node_modules/**'],
    environment: 'node',
    // The property tests of test/hardening run 1,000 cases each in the test command; per mutant, 100 do.
    env: { HARDENING_RUNS: '100' },
    // As in the unit project: property tests (some run 1,000 cases of their own) outlast vitest's 5 s default once
    // Stryker has instrumented the code.
    testTimeout: 180_000,
  },
});
