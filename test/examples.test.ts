/// <reference types="vite/client" />
/**
 * Every `@example` in src/ whose lines show `//=> result` is run with the public API in scope, and each shown result
 * checked: the documentation cannot drift from the code. Internal modules' examples run with their own exports. (The CLI's examples are Node-only and tested in test/cli.)
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import * as testing from '../src/testing/index';
import { examplesIn, runExample } from './_examples';

const all = examplesIn(new URL('../src/', import.meta.url)).filter((e) => !e.file.startsWith('cli/'));
// Every core module, so that an internal helper's example can use its folder's other helpers.
const modules = import.meta.glob<Record<string, unknown>>(['../src/**/*.ts', '!../src/cli/**', '!../src/browser.ts', '!../src/_lib/zodJitless.ts'], { eager: true });
// A helper in a concept's private `_lib/` folder also sees its concept's modules (rules/_lib sees rules/).
function folderScope(file: string): Record<string, unknown> {
  const own = `../src/${file.slice(0, file.lastIndexOf('/') + 1)}`;
  const folders = own.endsWith('/_lib/') && own !== '../src/_lib/' ? [own.slice(0, -'_lib/'.length), own] : [own];
  const scope: Record<string, unknown> = {};
  for (const folder of folders) {
    for (const [path, exports] of Object.entries(modules)) {
      if (path.startsWith(folder) && !path.slice(folder.length).includes('/')) Object.assign(scope, exports);
    }
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
