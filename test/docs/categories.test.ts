/**
 * The API reference groups exports by part of the plan (scripts/docs/categories.ts). Every `@category` tag names one
 * of those categories, typedoc.json orders them, and every export of the package has one; the exports whose comments
 * other work is still finishing are listed as to-dos.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES, DOCUMENT_CATEGORY_NAMES } from '../../scripts/docs/categories';
import { ROOT } from './_samples';

/**
 * Where the exports come from whose doc comments are written in other work: they are listed as to-dos until tagged.
 * Every other export (src/plan, src/units, src/period, src/indicators, src/actions, src/report, src/sample) must have
 * its category now.
 */
const ELSEWHERE: string[] = [];

/** Every export of an entry point with the `@category` tags of its declarations (empty when untagged). */
function exportsOf(program: ts.Program, entry: string): Map<string, { file: string; categories: string[] }> {
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(join(ROOT, entry));
  const moduleSymbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
  if (moduleSymbol === undefined) throw new Error(`no module ${entry}`);
  const out = new Map<string, { file: string; categories: string[] }>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const categories = declarations.flatMap((d) =>
      ts
        .getJSDocTags(d)
        .filter((t) => t.tagName.text === 'category')
        .map((t) => (typeof t.comment === 'string' ? t.comment : ts.getTextOfJSDocComment(t.comment) ?? '').trim()),
    );
    const internal = declarations.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'internal'));
    if (internal) continue;
    out.set(exported.name, { file: relative(ROOT, declarations[0]?.getSourceFile().fileName ?? ''), categories });
  }
  return out;
}

describe('[docs] API categories', () => {
  const program = ts.createProgram([join(ROOT, 'src/index.ts'), join(ROOT, 'src/testing/index.ts')], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const all = new Map([...exportsOf(program, 'src/index.ts'), ...exportsOf(program, 'src/testing/index.ts')]);

  it('orders the categories in typedoc.json as scripts/docs/categories.ts lists them, the pages\' sections first', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { categoryOrder: string[] };
    expect(config.categoryOrder).toEqual([...DOCUMENT_CATEGORY_NAMES, ...CATEGORY_NAMES, '*', 'Other']);
  });

  it('files every page of the site under a section of its own, none under "Other"', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { projectDocuments: string[] };
    const sections = config.projectDocuments.map((file) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1] ?? '';
      return [file, /^category:\s*"?(.*?)"?\s*$/m.exec(front)?.[1]] as const;
    });
    expect(sections.filter(([, c]) => c === undefined || !DOCUMENT_CATEGORY_NAMES.includes(c))).toEqual([]);
    expect(sections.filter(([f]) => f.startsWith('docs/guides/')).map(([, c]) => c)).toEqual(['Guides · 指南', 'Guides · 指南']);
    expect(readFileSync(join(ROOT, 'src/index.ts'), 'utf8')).toMatch(/^ \* @category Reference · 参考$/m);
  });

  it('uses only known category names, one per export', () => {
    const wrong = [...all].flatMap(([name, e]) =>
      e.categories.length > 1 ? [`${name}: ${e.categories.join(', ')}`] : e.categories.filter((c) => !CATEGORY_NAMES.includes(c)).map((c) => `${name} (${e.file}): @category ${c}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives every export of src/plan, units, period, indicators, actions, report and sample a category', () => {
    const missing = [...all]
      .filter(([, e]) => e.categories.length === 0 && !ELSEWHERE.some((p) => e.file.startsWith(p)))
      .map(([name, e]) => `${name} (${e.file})`);
    expect(missing).toEqual([]);
  });

  for (const [name, e] of [...all].filter(([, x]) => x.categories.length === 0 && ELSEWHERE.some((p) => x.file.startsWith(p)))) {
    it.todo(`${name} (${e.file}) needs a @category`);
  }
});
