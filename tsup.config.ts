import { defineConfig } from 'tsup';

// Two builds run in parallel: the Node/bundler package (ESM + CJS + types, dependencies external)
// and the browser bundles (IIFE global `LongchuanPlan` and one ESM file, dependencies inlined).
// dist/ is cleaned by scripts/clean-dist.mjs before tsup runs, not by tsup's `clean` (parallel builds).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
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
]);
