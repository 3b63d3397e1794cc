// What `npm pack` would publish: the built files, the conformance vectors, README, LICENSE, CHANGELOG and
// package.json, nothing else (no sources, tests, maps or benchmark data).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/(index|testing|io)\.(js|cjs|d\.ts|d\.cts)$/,
  /^dist\/chunk-[A-Za-z0-9_-]+\.(js|cjs)$/,
  /^dist\/[A-Za-z]+-[A-Za-z0-9_-]+\.d\.c?ts$/,
  /^dist\/cli\.js$/,
  /^(testing|io)\/package\.json$/,
  /^vectors\/.+\.(json|md)$/,
  /^dist\/browser\/longchuan-community-plan\.(global\.js|mjs)$/,
  // The bundlers' browser entry and the module it imports first.
  /^dist\/browser\.js$/,
  /^dist\/_lib\/zodJitless\.js$/,
  // The offline workbench page that `npm run build` writes (scripts/workbench/build.ts).
  /^dist\/workbench\.html$/,
];

it('the packed tarball holds only what users need', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT }).toString();
  const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
  const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  expect(unexpected).toEqual([]);
  expect(files).toContain('dist/index.js');
  expect(files).toContain('dist/index.cjs');
  expect(files).toContain('dist/browser/longchuan-community-plan.global.js');
  expect(files).toContain('dist/browser.js');
  expect(files).toContain('dist/_lib/zodJitless.js');
  expect(files.some((f) => f.endsWith('.map'))).toBe(false);
});
