/**
 * Runs the `@example` blocks of the sources whose lines show `//=> result`, checking each shown result (`import` lines
 * are dropped; the names come from the given scope, the package's public API). One harness for every folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import ts from 'typescript';
import { expect } from 'vitest';

export interface Example {
  readonly file: string;
  readonly code: string;
}

function tsFiles(dir: URL, prefix = ''): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(new URL(f, dir)).isDirectory() ? tsFiles(new URL(`${f}/`, dir), `${prefix}${f}/`) : f.endsWith('.ts') ? [`${prefix}${f}`] : [],
  );
}

/** Every runnable example (one with a `//=>` line) of the `.ts` files in `dir` and its subfolders. */
export function examplesIn(dir: URL): Example[] {
  const out: Example[] = [];
  for (const file of tsFiles(dir)) {
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
  // A shown value may continue on following `//` lines (`//=> { a: 1,` then `//     b: 2 }`): join them first.
  const lines: string[] = [];
  for (const l of code.split('\n')) {
    const prev = lines[lines.length - 1];
    if (prev !== undefined && /^\s*\/\/=> /.test(prev) && /^\s*\/\/\s{2,}\S/.test(l)) lines[lines.length - 1] = `${prev} ${l.replace(/^\s*\/\/\s*/, '')}`;
    else lines.push(l);
  }
  for (const raw of lines) {
    if (/^\s*import\s/.test(raw)) continue;
    const shown = /^\/\/=> (.*)$/.exec(raw.trim());
    if (shown) {
      // The shown value belongs to the expression just before: either still pending, or a statement that ended
      // with `;` (then it is taken back and checked instead of run twice).
      let expr = pending.join('\n');
      if (expr.trim() === '') {
        const last = out.pop() ?? '';
        expr = /^\s*(?:const|let|var)\s+(\w+)/.exec(last) ? (out.push(last), /^\s*(?:const|let|var)\s+(\w+)/.exec(last)![1]!) : last.replace(/;\s*$/, '');
      }
      const throws = /^throws\s+(\w+)\s*(\{.*\})?\s*$/.exec(shown[1]!);
      out.push(throws ? `__throws(() => (${expr}), '${throws[1]}', (${throws[2] ?? 'undefined'}));` : `__check((${expr}), (${shown[1]}));`);
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
  // `//=> throws Name { fields }`: the expression throws an error of that name carrying those fields.
  const throws = (run: () => unknown, name: string, fields: Record<string, unknown> | undefined) => {
    checks++;
    let caught: unknown;
    try {
      run();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).name === name || (caught as Error).constructor.name === name).toBe(true);
    if (fields) expect(caught).toMatchObject(fields);
  };
  const quiet = { log() {} };
  new Function('__check', '__throws', 'console', ...Object.keys(scope), js)(check, throws, quiet, ...Object.values(scope));
  return checks;
}
