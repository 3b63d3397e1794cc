// Mutation testing with Stryker 9.6 and its vitest runner (10.x needs Node 22): `npm run test:mutation`.
// Not part of `npm test`: a full run takes hours on two cores. Run a subset with --mutate, e.g.
//   npx stryker run --mutate 'src/_lib/**/*.ts,src/period/**/*.ts,src/snapshot/**/*.ts'
// The figures of the last runs are in docs/hardening.md; the HTML report goes to reports/mutation/.

/** Files with no run-time code (types and interfaces only): nothing to mutate. */
const TYPE_ONLY = [
  'src/actions/ActionDefinition.ts',
  'src/evaluate/EvaluateOptions.ts',
  'src/evaluate/Evaluation.ts',
  'src/evaluate/SummaryPartial.ts',
  'src/indicators/IndicatorDefinition.ts',
  'src/indicators/IndicatorResult.ts',
  'src/period/CalendarDate.ts',
  'src/plan/clause.ts',
  'src/rules/UnitRuleCounts.ts',
  'src/rules/types.ts',
  'src/units/types.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The unit tests only (vitest.mutation.config.ts), the CLI's in-process tests included: not the dist project or the supply-chain tests.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'src/**/*.ts',
    // Generated from NBS data (scripts/generate-units.ts) and checked row by row against it.
    '!src/units/units.generated.ts',
    // The CLI's process entry (streams and exit code only); the rest of src/cli is tested in-process (test/cli).
    '!src/cli/main.ts',
    // Browser-only entry and its zod jitless switch: checked in real Chromium under a strict CSP (test/browser).
    '!src/browser.ts',
    '!src/_lib/zodJitless.ts',
    // Re-export barrels.
    '!src/index.ts',
    '!src/**/index.ts',
    ...TYPE_ONLY.map((f) => `!${f}`),
  ],
  coverageAnalysis: 'perTest',
  // vitest strips types without checking them, so no `// @ts-nocheck` is needed; adding one would break the test that
  // regenerates src/units/units.generated.ts byte for byte.
  disableTypeChecks: false,
  // Mutants in module-level data (the plan's quotes, clause registry, rule catalogue) would each need every test run
  // in a fresh environment; the data are checked verbatim against the plan text by their own tests.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  // Not needed by the unit tests: the build output, benchmarks, generated API docs and reports.
  ignorePatterns: ['dist', 'bench', 'reports', 'docs/api', 'coverage', '*.tgz', '.stryker-tmp*'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
