import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/dist/**', 'node_modules/**'],
          environment: 'node',
          // Property tests run 1,000 cases each; on a loaded 2-core machine that can take tens of seconds. The
          // timeout only guards against a hang: speed is shown by the benchmarks, never by timed tests.
          testTimeout: 180_000,
        },
      },
      {
        // After the build: the packed entry points from ESM and CommonJS files, and real headless Chromium
        // (@sparticuz/chromium, a Chromium shipped inside a dev dependency; CHROMIUM_PATH overrides) driven by playwright-core.
        test: {
          name: 'dist',
          include: ['test/dist/**/*.test.ts', 'test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
