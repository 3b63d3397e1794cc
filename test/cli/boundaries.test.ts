import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the CLI stays apart from the core', () => {
  it('no module outside src/cli imports the CLI', () => {
    for (const f of files(SRC).filter((f) => !relative(SRC, f).startsWith('cli'))) {
      for (const spec of imports(f)) {
        expect(`${relative(SRC, f)} → ${spec}`).not.toMatch(/(?:\/cli\/|→ \.\/cli)/);
      }
    }
  });

  it('the CLI imports only the core (src/io included) and Node built-ins', () => {
    for (const f of files(join(SRC, 'cli'))) {
      for (const spec of imports(f)) {
        if (spec.startsWith('.')) continue;
        expect(`${relative(SRC, f)} → ${spec}`).toMatch(/→ node:[a-z_/]+$/); // node:fs/promises, node:worker_threads
      }
    }
  });
});

describe('only src/io reaches the zip library', () => {
  it('fflate is imported by src/io alone (kept out of the main, browser and formulas builds)', () => {
    for (const f of files(SRC).filter((f) => !relative(SRC, f).startsWith('io'))) {
      for (const spec of imports(f)) expect(`${relative(SRC, f)} → ${spec}`).not.toMatch(/→ fflate/);
    }
  });
});
