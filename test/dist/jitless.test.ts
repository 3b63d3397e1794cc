// The browser bundles keep the import that switches zod to jitless mode (package.json `sideEffects` lists it), and
// the Node builds do not set global zod configuration: there zod is shared with the app. The bundlers' browser entry
// (dist/browser.js, the `browser` condition) imports the jitless module before the tree-shakable build, as its own
// module, so that it runs before any chunk builds a schema (test/dist/bundlers.test.ts runs a bundled app to show it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const read = (f: string) => readFileSync(join(dist, f), 'utf8');
const SETS_JITLESS = /\(\{jitless:(?:true|!0)\}\)/;

it('the browser bundles set zod jitless; the Node builds do not', () => {
  expect(read('browser/longchuan-community-plan.global.js')).toMatch(SETS_JITLESS);
  expect(read('browser/longchuan-community-plan.mjs')).toMatch(SETS_JITLESS);
  expect(read('index.js')).not.toMatch(/jitless:\s*(?:true|!0)/);
  expect(read('index.cjs')).not.toMatch(/jitless:\s*(?:true|!0)/);
});

it('the bundlers\' browser entry imports the jitless module first, then re-exports the tree-shakable build', () => {
  const imports = [...read('browser.js').matchAll(/^(?:import|export \*? ?(?:\{[^}]*\} )?from) ?["']([^"']+)["']|^import ["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2]);
  expect(imports).toEqual(['./_lib/zodJitless.js', './index.js']);
  expect(read('_lib/zodJitless.js')).toMatch(/\.config\(\{ ?jitless: ?(?:true|!0) ?\}\)/);
  const pkg = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { sideEffects: string[]; exports: { '.': { browser: { default: string } } } };
  expect(pkg.exports['.'].browser.default).toBe('./dist/browser.js');
  expect(pkg.sideEffects).toEqual(expect.arrayContaining(['./dist/browser.js', './dist/_lib/zodJitless.js']));
});
