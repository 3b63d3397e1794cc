/**
 * Runs the `@example` blocks of a source folder whose lines show `//=> result`, checking each shown result (the same
 * harness as test/indicators/examples.test.ts; `import` lines are dropped, the names come from the given scope).
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect } from 'vitest';

export interface Example {
  readonly file: string;
  readonly code: string;
}

/** Every runnable example (one with a `//=>` line) of the `.ts` files in `dir`. */
export function examplesIn(dir: URL): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const m of text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\/|@example\s*\n((?:\s*\*.*\n)+)/g)) {
      const body = (m[1] ?? m[2] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const block = /```ts\n([\s\S]*?)```/.exec(body.join('\n'));
      if (block?.[1]?.includes('//=>')) out.push({ file, code: block[1] });
    }
  }
  return out;
}

/** Turn `expr\n//=> expected` pairs into checks; other lines run as statements. */
function instrument(code: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  for (const raw of code.split('\n')) {
    if (/^\s*import\s/.test(raw)) continue;
    const shown = /^\/\/=> (.*)$/.exec(raw.trim());
    if (shown) {
      out.push(`__check((${pending.join('\n')}), (${shown[1]}));`);
      pending = [];
      continue;
    }
    const line = raw.replace(/\s\/\/ .*$/, '');
    pending.push(line);
    if (/;\s*$/.test(line) || (/^\s*(?:(?:const|let|try|catch)\b|\})/.test(line) && /[;{}]\s*$/.test(line))) {
      out.push(...pending);
      pending = [];
    }
  }
  out.push(...pending);
  return out.join('\n');
}

/** Run one example with the given names in scope; returns how many results it checked. */
export function runExample(e: Example, scope: Record<string, unknown>): number {
  const js = ts.transpileModule(instrument(e.code), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  let checks = 0;
  const check = (actual: unknown, expected: unknown) => {
    checks++;
    expect(actual).toEqual(expected);
  };
  const quiet = { log() {} };
  new Function('__check', 'console', ...Object.keys(scope), js)(check, quiet, ...Object.values(scope));
  return checks;
}
