/**
 * The code samples of the documentation: found in the Markdown files, type-checked against the sources, and run with
 * every `//=> result` checked.
 *
 * Conventions (docs/ARCHITECTURE.md, "Documentation"):
 * - A ```ts block is a complete program: it imports what it uses from `longchuan-community-plan` (or
 *   `longchuan-community-plan/testing`), which resolve to src/index.ts and src/testing/index.ts here.
 * - An expression statement followed by `//=> value` is checked: its value must deep-equal `value`; continuation
 *   lines of a long value start with `//` and two or more spaces. `//=> throws Name { …props }` checks that it
 *   throws an error of that name whose properties match.
 * - ```ts no-run is type-checked but not run (it needs something the test cannot give, such as a DOM);
 *   ```ts skip is neither, and is listed as skipped. Blocks in another language (```sh, ```html, ```json, ```text,
 *   ```csv) are not code the test can run: they are listed, never silently ignored, and any other language fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Languages a fenced block may have besides `ts`: shown to the reader, never run. */
export const DISPLAY_LANGUAGES: ReadonlySet<string> = new Set(['sh', 'html', 'json', 'text', 'csv']);

export interface Sample {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The fence's language. */
  readonly lang: string;
  /** Words after the language (`no-run`, `skip`). */
  readonly flags: readonly string[];
  /** The code. */
  readonly code: string;
}

/** Every Markdown file of the documentation: docs/ without the built site (docs/api/). */
export function markdownFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const rel = `${dir}/${name}`;
      if (rel === 'docs/api') continue;
      if (statSync(join(ROOT, rel)).isDirectory()) walk(rel);
      else if (name.endsWith('.md')) out.push(rel);
    }
  };
  walk('docs');
  return out;
}

/** The fenced code blocks of one Markdown file. */
export function samplesIn(file: string): Sample[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const out: Sample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(lines[i] as string);
    if (open === null) continue;
    const [, indent, fenceChars, lang = '', rest = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (l.trim().startsWith(fenceChars as string) && l.trim().replace(/[`~]/g, '') === '') break;
      body.push(l.startsWith(indent as string) ? l.slice((indent as string).length) : l);
    }
    out.push({ file, line: i + 1, lang, flags: rest.trim().split(/\s+/).filter(Boolean), code: body.join('\n') });
    i = j;
  }
  return out;
}

/** A short, unique, file-system-safe name for a sample. */
export function sampleName(s: Sample): string {
  return `${s.file.replace(/[^A-Za-z0-9]+/g, '_')}_L${s.line}`;
}

/** Import specifiers of the package → source files (relative to the repository root). */
export const PACKAGE_SOURCES: Readonly<Record<string, string>> = {
  'longchuan-community-plan': 'src/index.ts',
  'longchuan-community-plan/testing': 'src/testing/index.ts',
  'longchuan-community-plan/io': 'src/io/index.ts',
};

/** Rewrite the package's import specifiers (and optionally others) to paths relative to `fromDir`. */
export function rewriteImports(code: string, fromDir: string, extra: Readonly<Record<string, string>> = {}): string {
  const map: Record<string, string> = { ...PACKAGE_SOURCES, ...extra };
  return code.replace(/(from\s+|import\s+|import\()(['"])([^'"]+)\2/g, (whole, head: string, q: string, spec: string) => {
    const target = map[spec];
    if (target === undefined) return whole;
    let r = relative(fromDir, join(ROOT, target)).split('\\').join('/');
    if (!r.startsWith('.')) r = `./${r}`;
    return `${head}${q}${r}${q}`;
  });
}

interface Shown {
  /** Offset of the `//=>` line in the code. */
  readonly at: number;
  /** 1-based line within the sample. */
  readonly line: number;
  /** The expected value's source, or the `throws …` form. */
  readonly text: string;
}

function shownResults(code: string): Shown[] {
  const lines = code.split('\n');
  const out: Shown[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    const m = /^\s*\/\/=>\s?(.*)$/.exec(l);
    if (m !== null) {
      const parts = [m[1] as string];
      const at = offset;
      let k = i + 1;
      let extra = 0;
      while (k < lines.length && /^\s*\/\/ {2,}\S/.test(lines[k] as string)) {
        parts.push((lines[k] as string).replace(/^\s*\/\//, ''));
        extra += (lines[k] as string).length + 1;
        k++;
      }
      out.push({ at, line: i + 1, text: parts.join('\n') });
      offset += l.length + 1 + extra;
      i = k - 1;
      continue;
    }
    offset += l.length + 1;
  }
  return out;
}

/**
 * Turn every `expression` + `//=> value` pair into a check. Each `//=>` must follow a top-level expression statement
 * directly (only blank lines and comments between).
 *
 * @throws Error naming the line when a `//=>` follows something else.
 */
export function instrument(code: string): { code: string; checks: number } {
  const sf = ts.createSourceFile('sample.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const s of shownResults(code)) {
    const before = sf.statements.filter((st) => st.end <= s.at);
    const st = before[before.length - 1];
    const gap = st === undefined ? '' : code.slice(st.end, s.at);
    if (st === undefined || !ts.isExpressionStatement(st) || /[^\s;]/.test(gap.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, ''))) {
      throw new Error(`line ${s.line}: "//=>" must directly follow an expression statement`);
    }
    const expr = st.expression.getText(sf);
    const where = JSON.stringify(`line ${s.line}`);
    const thrown = /^throws\s+([A-Za-z_$][\w$]*)\s*([\s\S]*)$/.exec(s.text.trim());
    const text = thrown
      ? `__checkThrows(() => (${expr}), ${JSON.stringify(thrown[1])}, ${thrown[2]?.trim() ? `(${thrown[2]})` : 'undefined'}, ${where});`
      : `__check(() => (${expr}), () => (${s.text}), ${where});`;
    edits.push({ start: st.getStart(sf), end: st.end, text });
  }
  let out = code;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, checks: edits.length };
}

/** Type-check samples against the sources; returns one message per error, naming the sample and line. */
export function typeCheck(samples: readonly Sample[]): string[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    baseUrl: ROOT,
    paths: Object.fromEntries(Object.entries(PACKAGE_SOURCES).map(([k, v]) => [k, [v]])),
  };
  const virtual = new Map<string, Sample>();
  const files = new Map<string, string>();
  for (const s of samples) {
    const path = join(ROOT, 'docs/.samples', `${sampleName(s)}.ts`);
    virtual.set(path, s);
    files.set(path, `${s.code}\nexport {};\n`);
  }
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => files.has(f) || ts.sys.fileExists(f);
  host.readFile = (f) => files.get(f) ?? ts.sys.readFile(f);
  host.getSourceFile = (f, lang, onError, create) => {
    const text = files.get(f);
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSourceFile(f, lang, onError, create);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const out: string[] = [];
  for (const [path, s] of virtual) {
    const sf = program.getSourceFile(path);
    if (sf === undefined) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const { line } = d.start === undefined ? { line: 0 } : sf.getLineAndCharacterOfPosition(d.start);
      out.push(`${s.file}:${s.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return out;
}
