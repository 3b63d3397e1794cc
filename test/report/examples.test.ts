/**
 * Every `@example` in src/report/ whose lines show `//=> result` is run, and each shown result checked: the TSDoc
 * examples are part of the specification, so they must stay true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import * as report from '../../src/report';
import * as escape from '../../src/report/escape';
import * as model from '../../src/report/reportModel';
import * as svg from '../../src/report/svgChart';
import * as table from '../../src/report/textTable';

const DIR = new URL('../../src/report/', import.meta.url);
const SCOPE: Record<string, unknown> = { ...report, ...escape, ...model, ...svg, ...table, evaluate };

function examples(): { file: string; code: string }[] {
  const out: { file: string; code: string }[] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    for (const m of text.matchAll(/@example\s*\n((?:\s*\*.*\n)+?)\s*\*\//g)) {
      const body = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
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
    const shown = /^\/\/=> (.*)$/.exec(raw.trim());
    if (shown) {
      out.push(`__check((${pending.join('\n')}), (${shown[1]}));`);
      pending = [];
      continue;
    }
    const line = raw.replace(/\s\/\/ .*$/, '');
    pending.push(line);
    if (/;\s*$/.test(line)) {
      out.push(...pending);
      pending = [];
    }
  }
  out.push(...pending);
  return out.join('\n');
}

describe('[S4] TSDoc examples of src/report show true results', () => {
  const all = examples();
  it('finds the examples', () => {
    expect(all.length).toBeGreaterThan(12);
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
