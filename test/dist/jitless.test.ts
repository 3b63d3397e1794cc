// The browser bundles keep the import that switches zod to jitless mode (package.json `sideEffects` lists it), and
// the Node builds do not set global zod configuration: there zod is shared with the app.
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
