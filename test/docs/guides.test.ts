/**
 * Every code sample of the documentation compiles and runs (issue 8): the ```ts blocks of docs/**\/*.md (guides, home
 * page, generated pages) are type-checked against the sources, then run with each `//=> result`
 * checked, so that a guide cannot drift from the API. See test/docs/_samples.ts for the conventions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DISPLAY_LANGUAGES, instrument, markdownFiles, rewriteImports, sampleName, samplesIn, typeCheck, type Sample } from './_samples';
import { pending } from './_vitestShim';

const all: Sample[] = markdownFiles().flatMap(samplesIn);
const code = all.filter((s) => s.lang === 'ts');
const runnable = code.filter((s) => !s.flags.includes('skip') && !s.flags.includes('no-run'));
/** Where the instrumented samples are written (outside the repository, outside node_modules so vite transforms them). */
let CACHE = '';

declare global {
  // eslint-disable-next-line no-var
  var __check: (actual: () => unknown, expected: () => unknown, where: string) => void;
  // eslint-disable-next-line no-var
  var __checkThrows: (fn: () => unknown, name: string, props: Record<string, unknown> | undefined, where: string) => void;
}

let checks = 0;
beforeAll(() => {
  CACHE = mkdtempSync(join(tmpdir(), 'longchuan-docs-samples-'));
  globalThis.__check = (actual, expected, where) => {
    checks++;
    expect(actual(), where).toEqual(expected());
  };
  globalThis.__checkThrows = (fn, name, props, where) => {
    checks++;
    let thrown: unknown;
    try {
      fn();
    } catch (e) {
      thrown = e;
    }
    expect(thrown, `${where}: expected ${name} to be thrown`).toBeInstanceOf(Error);
    expect((thrown as Error).name, where).toBe(name);
    if (props !== undefined) expect(thrown, where).toMatchObject(props);
  };
});
afterAll(() => {
  rmSync(CACHE, { recursive: true, force: true });
});

describe('[docs] code samples', () => {
  it('finds the samples of every guide, in both languages', () => {
    const files = new Set(code.map((s) => s.file));
    for (const guide of ['getting-started', 'indicators', 'testing-your-data', 'browser', 'data-formats']) {
      expect(files, guide).toContain(`docs/guides/${guide}.en.md`);
      expect(files, guide).toContain(`docs/guides/${guide}.zh.md`);
    }
    expect(files).toContain('docs/index.md');
    expect(runnable.length).toBeGreaterThan(40);
  });

  it('tags every fenced block with a known language (ts is compiled and run; sh, html, json, text, csv are shown only)', () => {
    const unknown = all.filter((s) => s.lang !== 'ts' && !DISPLAY_LANGUAGES.has(s.lang)).map((s) => `${s.file}:${s.line} \`\`\`${s.lang}`);
    expect(unknown).toEqual([]);
    const flags = code.flatMap((s) => s.flags.filter((f) => f !== 'skip' && f !== 'no-run').map((f) => `${s.file}:${s.line} ${f}`));
    expect(flags).toEqual([]);
  });

  it('type-checks every ts sample against the sources', { timeout: 120_000 }, () => {
    expect(typeCheck(code.filter((s) => !s.flags.includes('skip')))).toEqual([]);
  });

  for (const s of code.filter((x) => x.flags.includes('skip'))) {
    it.skip(`${s.file}:${s.line} (tagged skip)`, () => undefined);
  }

  it.each(runnable.map((s) => [`${s.file}:${s.line}`, s] as const))('runs %s', async (_, s) => {
    const { code: instrumented, checks: expected } = instrument(s.code);
    const file = join(CACHE, `${sampleName(s)}.ts`);
    writeFileSync(file, `${rewriteImports(instrumented, CACHE, { vitest: 'test/docs/_vitestShim.ts' })}\nexport {};\n`);
    const before = checks;
    pending.length = 0;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await import(pathToFileURL(file).href);
      await Promise.all(pending);
    } finally {
      log.mockRestore();
    }
    expect(checks - before, 'every //=> line was checked').toBe(expected);
  });
});
