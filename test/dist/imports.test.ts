// The built package as users load it: `import` from an ESM file, `require` from a CommonJS file (through the
// package's own exports map, resolved by Node as a dependency would be).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function consumer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lcp-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'longchuan-community-plan'), 'dir');
  return dir;
}

const SCRIPT = (load: string) => `${load}
const out = {
  end: lcp.PLAN.period.end,
  label: lcp.getClause('T8').labelZh,
  townships: lcp.TOWNSHIPS.length,
  villages: lcp.VILLAGE_UNITS.length,
  inPeriod: lcp.isInPlanPeriod('2025-12-31'),
};
console.log(JSON.stringify(out));`;

const EXPECTED = { end: '2025-12-31', label: '重点任务第8条', townships: 10, villages: 77, inPeriod: true };

describe('the built package', () => {
  it('is imported from an ESM file', () => {
    const dir = consumer();
    writeFileSync(join(dir, 'main.mjs'), SCRIPT("import * as lcp from 'longchuan-community-plan';"));
    expect(JSON.parse(execFileSync(process.execPath, [join(dir, 'main.mjs')], { cwd: dir }).toString())).toEqual(EXPECTED);
  });

  it('is required from a CommonJS file', () => {
    const dir = consumer();
    writeFileSync(join(dir, 'main.cjs'), SCRIPT("const lcp = require('longchuan-community-plan');"));
    expect(JSON.parse(execFileSync(process.execPath, [join(dir, 'main.cjs')], { cwd: dir }).toString())).toEqual(EXPECTED);
  });
});
