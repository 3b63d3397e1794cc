// Tiny browser apps, each importing one export of the packed package, built by the two bundlers users run (esbuild and
// Vite) the way a web app's build resolves the package: the `browser` export condition, minified. Shared by
// test/dist/bundlers.test.ts (which holds each app to a budget) and, run directly, prints the table kept in
// bench/results/bundlers-<date>.txt:
//
//   npm run build && npx tsx test/dist/bundleApps.ts
//
// Sizes are brotli (node:zlib, default quality 11) of everything the app's build emits, as size-limit measures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync } from 'node:zlib';

export const ROOT = join(import.meta.dirname, '..', '..');
const PKG = 'longchuan-community-plan';

/** One app: the import line and the statement that keeps the import used. */
export interface App {
  readonly name: string;
  /** The package's export path the app imports from (`.`, or a subpath such as `./formulas`). */
  readonly entry: string;
  readonly source: string;
}

const app = (name: string, names: string, entry = '.'): App => ({
  name,
  entry,
  source: `import { ${names} } from '${entry === '.' ? PKG : `${PKG}/${entry.slice(2)}`}';\nglobalThis.app = { ${names} };\n`,
});

/** The apps: one export each, and the formulas subpath when the package has one. */
export function apps(): App[] {
  const exportsMap = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports;
  return [
    app('evaluate', 'evaluate'),
    app('computeIndicator', 'computeIndicator'),
    ...(Object.hasOwn(exportsMap, './formulas') ? [app('formulas subpath: computeIndicator', 'computeIndicator', './formulas')] : []),
    app('renderReport', 'renderReport'),
  ];
}

/**
 * A consumer project holding the package as npm would install it: the packed tarball (`npm pack`, so only the files
 * the package ships) unpacked into node_modules, with its three dependencies linked from this checkout.
 */
export function consumer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lcp-bundlers-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, PKG), { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT }).toString();
  const tarball = join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, PKG), '--strip-components=1']);
  for (const dep of ['zod', 'decimal.js', 'date-fns']) symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  return dir;
}

/** What one build of one app gave. */
export interface Built {
  /** Every emitted JavaScript file, concatenated. */
  readonly code: string;
  /** Brotli bytes of the emitted JavaScript (each file compressed on its own, summed). */
  readonly brotli: number;
  /** Every module the bundler resolved, as a path relative to the consumer (`node_modules/…`). */
  readonly graph: readonly string[];
  /** The modules of which some code is left in the output (the rest was tree-shaken away). */
  readonly included: readonly string[];
}

const brotli = (code: string) => brotliCompressSync(Buffer.from(code)).length;
const relative = (dir: string, id: string) => {
  const i = id.indexOf('node_modules/');
  return i >= 0 ? id.slice(i) : id.replace(`${dir}/`, '');
};

/**
 * Builds an app with esbuild for the browser (`platform: 'browser'`: conditions `browser`, `import`, `default`).
 * `alias` replaces the package with a file, for the baseline (the prebuilt full bundle).
 */
export async function withEsbuild(dir: string, a: App, alias?: string): Promise<Built> {
  const { build } = await import('esbuild');
  const entry = join(dir, `${a.name.replace(/\W+/g, '_')}.esbuild.js`);
  writeFileSync(entry, a.source);
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...(alias ? { alias: { [PKG]: alias } } : {}),
  });
  const code = result.outputFiles.map((f) => f.text).join('\n');
  return {
    code,
    brotli: result.outputFiles.reduce((n, f) => n + brotli(f.text), 0),
    graph: Object.keys(result.metafile.inputs).map((id) => relative(dir, join(dir, id))),
    included: Object.values(result.metafile.outputs)
      .flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0))
      .map(([id]) => relative(dir, join(dir, id))),
  };
}

/** Builds an app with Vite (a production build: minified, the `browser` condition). */
export async function withVite(dir: string, a: App): Promise<Built> {
  const { build } = await import('vite');
  const entry = join(dir, `${a.name.replace(/\W+/g, '_')}.vite.js`);
  writeFileSync(entry, a.source);
  const out = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: entry, preserveEntrySignatures: false },
    },
  });
  type Chunk = { type: string; code?: string; moduleIds?: string[]; modules?: Record<string, { renderedLength: number }> };
  const outputs = (Array.isArray(out) ? out : [out]) as { output: Chunk[] }[];
  const chunks = outputs.flatMap((o) => o.output).filter((f) => f.type === 'chunk');
  return {
    code: chunks.map((c) => c.code!).join('\n'),
    brotli: chunks.reduce((n, c) => n + brotli(c.code!), 0),
    graph: chunks.flatMap((c) => c.moduleIds ?? []).map((id) => relative(dir, id)),
    included: chunks
      .flatMap((c) => Object.entries(c.modules ?? {}).filter(([, m]) => m.renderedLength > 0))
      .map(([id]) => relative(dir, id)),
  };
}

export const kB = (bytes: number) => (bytes / 1000).toFixed(2);

// Run directly: print the table kept in bench/results/.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(ROOT, 'dist', 'browser.js'))) throw new Error('dist/browser.js is missing: run `npm run build` first');
  const git = (args: string[]) => execFileSync('git', args, { cwd: ROOT }).toString().trim();
  const dir = consumer();
  const full = join(dir, 'node_modules', PKG, 'dist', 'browser', `${PKG}.mjs`);
  const lines = [
    `bundlers: tiny browser apps importing one export each, brotli of the emitted JavaScript`,
    `date: ${new Date().toISOString()}`,
    `commit: ${git(['rev-parse', 'HEAD'])}${git(['status', '--porcelain', '--', 'src', 'package.json', 'tsup.config.ts']) ? ' (with uncommitted changes in the tree)' : ''}`,
    `machine: ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `esbuild ${(await import('esbuild')).version}, vite ${(await import('vite')).version}, node ${process.version}`,
    '',
    'baseline: the same app built by esbuild against the prebuilt full bundle (dist/browser/*.mjs), which the `browser`',
    'condition used to give; full bundle alone: ' + `${kB(brotli(readFileSync(full, 'utf8')))} kB`,
    '',
    '| app | esbuild kB | vite kB | baseline (full bundle) kB |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const a of apps()) {
    const [e, v, b] = [await withEsbuild(dir, a), await withVite(dir, a), await withEsbuild(dir, a, full)];
    lines.push(`| ${a.name} | ${kB(e.brotli)} | ${kB(v.brotli)} | ${kB(b.brotli)} |`);
  }
  console.log(lines.join('\n'));
}
