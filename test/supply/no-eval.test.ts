// The library has no eval or new Function of its own (strict-CSP pages, and no code from data).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

it('no source file calls eval or new Function', () => {
  const offenders = files(SRC).filter((f) => {
    const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    return /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/.test(code);
  });
  expect(offenders).toEqual([]);
});
