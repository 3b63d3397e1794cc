// Supply chain: exactly three runtime dependencies, none with install scripts, ranges a consumer's install can
// satisfy, the lockfile committed and in step with package.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean; dev?: boolean }>;
};

it('has exactly three runtime dependencies: zod 4, date-fns 4, decimal.js 10', () => {
  expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-fns', 'decimal.js', 'zod']);
  expect(pkg.dependencies).toEqual({ zod: expect.stringMatching(/^\^4\./), 'date-fns': expect.stringMatching(/^\^4\./), 'decimal.js': expect.stringMatching(/^\^10\./) });
  expect(pkg.peerDependencies ?? {}).toEqual({});
  expect(pkg.optionalDependencies ?? {}).toEqual({});
});

it('runs no install scripts, and neither do its runtime dependencies', () => {
  for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[s]).toBeUndefined();
  const runtime = Object.entries(lock.packages).filter(([path, p]) => path.startsWith('node_modules/') && !p.dev);
  expect(runtime.map(([path]) => path).sort()).toEqual(['node_modules/date-fns', 'node_modules/decimal.js', 'node_modules/zod']);
  expect(runtime.filter(([, p]) => p.hasInstallScript)).toEqual([]);
});

it('keeps the lockfile committed and in step with the declared ranges', () => {
  expect(execFileSync('git', ['ls-files', 'package-lock.json'], { cwd: ROOT }).toString().trim()).toBe('package-lock.json');
  for (const [name, range] of Object.entries(pkg.dependencies)) {
    const locked = lock.packages[`node_modules/${name}`]?.version ?? '';
    // A caret range admits the locked version: same major, not lower.
    const [maj, min, pat] = range.slice(1).split('.').map(Number);
    const [lmaj, lmin, lpat] = locked.split('.').map(Number);
    expect(lmaj).toBe(maj);
    expect(lmin! > min! || (lmin === min && lpat! >= pat!)).toBe(true);
  }
});
