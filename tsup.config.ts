import { defineConfig } from 'tsup';

// Two builds run in parallel: the Node/bundler package (ESM + CJS + types, dependencies external)
// and the browser bundles (IIFE global `LongchuanPlan` and one ESM file, dependencies inlined).
// dist/ is cleaned by scripts/clean-dist.mjs before tsup runs, not by tsup's `clean` (parallel builds).
export default defineConfig([
  {
    // Two entry points share one copy of the core through a chunk (splitting), so `./testing` never duplicates it.
    // A third, internal entry (src/_formulas.ts, left out of the package) only groups the indicator formulas into
    // a chunk of their own, so that importing just the formulas drops the schema and rule chunks (no zod).
    // `./io` (the table and workbook readers, the template, the chart) is a fourth entry: the main entry never imports
    // it, and fflate (a dev dependency) is bundled into its chunk only, so the package keeps three runtime dependencies.
    // Two more internal entries, the reports and the series (left out of the package like `_formulas`), move their code
    // out of dist/index.js into chunks: a chunk an app does not use is dropped whole, while dist/index.js's own top-level
    // statements stay in every bundle (the reports' style sheet is a `.trim()` call a bundler cannot prove pure; it cost
    // the formulas-only import 1.9 kB and `import { evaluate }` 1.8 kB brotli, bench/results/bytes-2026-12-07.txt).
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      io: 'src/io/index.ts',
      _formulas: 'src/_formulas.ts',
      _report: 'src/report/index.ts',
      _series: 'src/series/index.ts',
    },
    format: ['esm', 'cjs'],
    // Declarations are built per entry below, so that no public type lives in a hashed chunk.
    dts: false,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    splitting: true,
  },
  // Declarations, one bundle per entry point: every public type resolves to dist/index.d.ts (or testing.d.ts), never
  // to a hashed shared chunk that an editor's "go to definition" and error messages would show. testing.d.ts repeats
  // the declarations it uses; TypeScript's structural typing makes them interchangeable with index.d.ts's.
  ...(['index', 'testing', 'io'] as const).map((name) => ({
    entry: { [name]: name === 'index' ? 'src/index.ts' : name === 'io' ? 'src/io/index.ts' : 'src/testing/index.ts' },
    format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
    dts: { only: true },
    target: 'node20' as const,
    platform: 'neutral' as const,
  })),
  {
    // The bundlers' browser entry (the `browser` export condition): src/browser.ts compiled alone, its two imports
    // kept as imports of the tree-shakable build, so that a bundler keeps only what the app imports:
    //   import './_lib/zodJitless.js';   (side effect, listed in `sideEffects`: zod jitless before any schema is built)
    //   export * from './index.js';      (the ESM build above, chunks free of side effects)
    // Bundled into one file with its imports, the jitless call would run after the chunks that build the schemas
    // (esbuild hoists the chunks' imports above an entry's own code), so it is kept a module of its own.
    entry: { browser: 'src/browser.ts', '_lib/zodJitless': 'src/_lib/zodJitless.ts' },
    format: ['esm'],
    platform: 'neutral',
    target: 'es2020',
    sourcemap: false,
    splitting: false,
    treeshake: false,
    esbuildPlugins: [
      {
        name: 'browser-entry-imports-stay-imports',
        setup(build) {
          build.onResolve({ filter: /^\.\/(?:index|_lib\/zodJitless)$/ }, (args) =>
            args.importer.endsWith('browser.ts') ? { path: `${args.path}.js`, external: true } : undefined,
          );
        },
      },
    ],
  },
  {
    entry: { 'browser/longchuan-community-plan': 'src/browser.ts' },
    format: ['iife', 'esm'],
    globalName: 'LongchuanPlan',
    platform: 'browser',
    target: 'es2020',
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    treeshake: true,
    splitting: false,
    outExtension: ({ format }) => ({ js: format === 'iife' ? '.global.js' : '.mjs' }),
  },
  {
    // The command-line tool: Node only. fflate (the xlsx reader's zip layer) is a dev dependency bundled here and into
    // dist/io.js only, so the package keeps exactly three runtime dependencies.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    // Every dependency is bundled into cli.js (and only there): one file to load starts faster than zod's, date-fns'
    // and decimal.js' module graphs (measured in bench/cliStartup.ts), and the library's own builds keep them external.
    noExternal: [/.*/],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    splitting: false,
    treeshake: true,
  },
]);
