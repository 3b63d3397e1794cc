/// <reference types="vite/client" />
/**
 * Every `@example` in src/ whose lines show `//=> result` is run with the public API in scope, and each shown result
 * checked: the documentation cannot drift from the code. Internal modules' examples run with their own exports. (The CLI's examples are Node-only and tested in test/cli.)
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing/index';
import { examplesIn, runExample } from './_examples';

// Internal rule-building helpers whose examples show a fragment of a rule definition rather than a whole program
// (they refer to a `def` or `spec` of their caller). Being rewritten with the rules' performance work.
const FRAGMENTS = ['rules/_lib/rule.ts', 'rules/_lib/unitKit.ts'];
const all = examplesIn(new URL('../src/', import.meta.url)).filter((e) => !e.file.startsWith('cli/') && !FRAGMENTS.includes(e.file));
// Every core module, so that an internal helper's example can use its folder's other helpers.
const modules = import.meta.glob<Record<string, unknown>>(['../src/**/*.ts', '!../src/cli/**', '!../src/browser.ts', '!../src/_lib/zodJitless.ts'], { eager: true });
function folderScope(file: string): Record<string, unknown> {
  const folder = `../src/${file.slice(0, file.lastIndexOf('/') + 1)}`;
  const scope: Record<string, unknown> = {};
  for (const [path, exports] of Object.entries(modules)) {
    if (path.startsWith(folder) && !path.slice(folder.length).includes('/')) Object.assign(scope, exports);
  }
  return scope;
}

describe('TSDoc examples show true results', () => {
  it('finds the examples', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
  });
  it.each(all.map((e, i) => [`${e.file} #${i}`, e] as const))('%s', (_, e) => {
    // The public API, plus the exports of the module's folder (internal helpers document themselves too).
    expect(runExample(e, { ...api, ...testing, ...folderScope(e.file) })).toBeGreaterThan(0);
  });
});
