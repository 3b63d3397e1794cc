/** After the build: every public type lives in a named declaration file (no hashed chunk an editor would show). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

it('declarations are exactly index, testing and io, for ESM and CommonJS', () => {
  const files = readdirSync(DIST).filter((f) => /\.d\.c?ts$/.test(f));
  expect(files.sort()).toEqual(['index.d.cts', 'index.d.ts', 'io.d.cts', 'io.d.ts', 'testing.d.cts', 'testing.d.ts']);
});

it('the public types are declared in index.d.ts itself, not imported from a chunk', () => {
  const index = readFileSync(join(DIST, 'index.d.ts'), 'utf8');
  for (const name of ['Evaluation', 'RuleResult', 'IndicatorResult', 'EvaluationCoverage', 'RuleGap']) {
    expect(index, name).toMatch(new RegExp(`(interface|type) ${name}\\b`));
  }
  expect(index).not.toMatch(/from '\.\/[^']*-[A-Za-z0-9_-]{8}\.js'/);
});

it('io.d.ts declares the io types itself, not imported from a chunk', () => {
  const io = readFileSync(join(DIST, 'io.d.ts'), 'utf8');
  for (const name of ['SheetCell', 'TableKind', 'SnapshotTables', 'SvgChartInput']) expect(io, name).toMatch(new RegExp(`(interface|type) ${name}\\b`));
  expect(io).not.toMatch(/from '\.\/[^']*-[A-Za-z0-9_-]{8}\.js'/);
});
