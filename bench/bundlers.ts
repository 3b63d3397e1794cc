/**
 * Tiny browser apps importing one export each, built by esbuild and Vite from the packed package (the `browser`
 * condition), against the same app built on the prebuilt full bundle; brotli of the emitted JavaScript. The test
 * (test/dist/bundlers.test.ts) holds the budgets; this prints the figures the README quotes, for a kept run.
 *
 *   npm run build && npx tsx bench/bundlers.ts > bench/results/bundlers-<date>.txt
 *
 * {@link measureBytes} gives the runner (`npm run bench`, bench/run.ts) the bytes of issue 17's goals: every entry of
 * `.size-limit.json` as `size-limit --json` measures it, and the `evaluate` app through esbuild and through Vite.
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apps, consumer, kB, ROOT, withEsbuild, withVite } from '../test/dist/bundleApps';

/** One entry of `.size-limit.json` with the size `size-limit --json` measured (brotli bytes). */
export interface SizeLimitEntry {
  readonly name: string;
  readonly path: string;
  readonly import?: string;
  /** Brotli bytes as size-limit measured them. */
  readonly bytes: number;
  /** The entry's limit in bytes, as size-limit read it. */
  readonly limitBytes?: number;
}

/** One app built by both bundlers: brotli bytes of what each emitted. */
export interface BundlerApp {
  readonly app: string;
  readonly esbuildBytes: number;
  readonly viteBytes: number;
}

/** The bytes of a run (issue 17): size-limit's entries and the bundler apps; `errors` says which step failed, if any. */
export interface BytesData {
  readonly sizeLimit: readonly SizeLimitEntry[];
  readonly bundlers: readonly BundlerApp[];
  readonly errors: readonly string[];
}

/** `size-limit --json` over `.size-limit.json` (needs dist/), each result beside its entry (same order). */
export function sizeLimitEntries(): SizeLimitEntry[] {
  const config = JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8')) as { name: string; path: string; import?: string }[];
  const r = spawnSync('npx', ['size-limit', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  // size-limit exits 1 when an entry is over its limit and still prints the JSON.
  const start = (r.stdout ?? '').indexOf('[');
  if (start < 0) throw new Error(`size-limit --json printed no JSON (exit ${String(r.status)}): ${(r.stderr ?? '').slice(0, 1000)}`);
  const results = JSON.parse(r.stdout.slice(start)) as { name: string; size: number; sizeLimit?: number }[];
  return results.map((res) => {
    const c = config.find((e) => e.name === res.name);
    if (c === undefined) throw new Error(`size-limit reported ${res.name}, which .size-limit.json does not name`);
    return { name: res.name, path: c.path, ...(c.import === undefined ? {} : { import: c.import }), bytes: res.size, ...(res.sizeLimit === undefined ? {} : { limitBytes: res.sizeLimit }) };
  });
}

/** The named apps (default: `evaluate`) built from the packed package by esbuild and by Vite (needs dist/). */
export async function bundlerApps(names: readonly string[] = ['evaluate']): Promise<BundlerApp[]> {
  const dir = consumer();
  const out: BundlerApp[] = [];
  for (const a of apps().filter((x) => names.includes(x.name))) {
    const [e, v] = [await withEsbuild(dir, a), await withVite(dir, a)];
    out.push({ app: a.name, esbuildBytes: e.brotli, viteBytes: v.brotli });
  }
  return out;
}

/** Both measurements; a failing step is recorded in `errors` instead of stopping the run. */
export async function measureBytes(): Promise<BytesData> {
  const errors: string[] = [];
  let sizeLimit: SizeLimitEntry[] = [];
  let bundlers: BundlerApp[] = [];
  try {
    sizeLimit = sizeLimitEntries();
  } catch (e) {
    errors.push(`size-limit: ${String(e)}`);
  }
  try {
    bundlers = await bundlerApps();
  } catch (e) {
    errors.push(`bundlers: ${String(e)}`);
  }
  return { sizeLimit, bundlers, errors };
}

async function main(): Promise<void> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT }).toString().trim();
  const dirty = git('status', '--porcelain').split('\n').filter(Boolean).length;
  console.log('bundlers: tiny browser apps importing one export each, brotli of the emitted JavaScript');
  console.log(`date: ${new Date().toISOString()}`);
  console.log(`commit: ${git('rev-parse', 'HEAD')}${dirty === 0 ? ' (clean tree)' : ` (${dirty} uncommitted paths)`}`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; node ${process.version}`);
  const dir = consumer();
  const full = join(dir, 'node_modules/longchuan-community-plan/dist/browser', readdirSync(join(dir, 'node_modules/longchuan-community-plan/dist/browser')).find((f) => f.endsWith('.mjs'))!);
  console.log('\n| app | esbuild kB | vite kB | baseline (full bundle) kB |\n| --- | ---: | ---: | ---: |');
  for (const a of apps()) {
    const [e, v, b] = [await withEsbuild(dir, a), await withVite(dir, a), await withEsbuild(dir, a, full)];
    console.log(`| ${a.name} | ${kB(e.brotli)} | ${kB(v.brotli)} | ${kB(b.brotli)} |`);
  }
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
