/**
 * Every `@example` in src/indicators/ whose lines show `//=> result` is run, and each shown result checked: the
 * TSDoc examples are part of the specification, so they must stay true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as indicators from '../../src/indicators';
import { parseSnapshot } from '../../src/snapshot';

const DIR = new URL('../../src/indicators/', import.meta.url);
const SCOPE: Record<string, unknown> = { ...indicators, parseSnapshot };
/** Examples that use a variable they do not define (illustrations of a shape, not runnable). */
const SKIP = new Set<string>([]);

interface Example {
  readonly file: string;
  readonly code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts') && !SKIP.has(f))) {
    const text = readFileSync(new URL(file, DIR), 'utf8');
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
  const lines = code.split('\n');
  const out: string[] = [];
  let pending: string[] = [];
  for (const raw of lines) {
    const shown = /^\/\/=> (.*)$/.exec(raw.trim());
    if (shown) {
      out.push(`__check((${pending.join('\n')}), (${shown[1]}));`);
      pending = [];
      continue;
    }
    const line = raw.replace(/\s\/\/ .*$/, '');
    pending.push(line);
    if (/;\s*$/.test(line) || /^\s*(const|let|try|}|catch)\b/.test(line) && /[;{}]\s*$/.test(line)) {
      out.push(...pending);
      pending = [];
    }
  }
  out.push(...pending);
  return out.join('\n');
}

describe('[P1] TSDoc examples of src/indicators show true results', () => {
  const all = examples();
  it('finds the examples', () => {
    expect(all.length).toBeGreaterThan(15);
  });
  it.each(all.map((e, i) => [`${e.file} #${i}`, e] as const))('%s', (_, e) => {
    const js = ts.transpileModule(instrument(e.code), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
    let checks = 0;
    const check = (actual: unknown, expected: unknown) => {
      checks++;
      expect(actual).toEqual(expected);
    };
    new Function('__check', ...Object.keys(SCOPE), js)(check, ...Object.values(SCOPE));
    expect(checks).toBeGreaterThan(0);
  });
});
