/**
 * Validation against `JSON.parse` (issue 17): in one process, alternating round by round, `JSON.parse` of a scale's
 * text, `parseSnapshot` of this checkout, and `parseSnapshot` of a BASELINE commit (by default the commit before the
 * fast path for valid units), each on the same raw data. Both libraries are bundled the same way (esbuild, zod
 * external, as the built package has it) from their sources: this checkout's `src/`, and the baseline's `src/` taken
 * with `git archive` into `bench/.cache/validation/`. Before timing, the two outputs are checked equal (deep, and as
 * JSON, so the key order too) and the issue lists of a damaged copy of the data are checked equal.
 *
 *   node --expose-gc --import tsx bench/validation.ts [scale] [--rounds N] [--batches N] [--baseline <commit>] [--evaluate] [--out file]
 *
 * The text is parsed line by line, as `bench/generate.ts` stores it (one unit per line; the national snapshot is
 * longer than V8's longest string), so the `JSON.parse` contender does exactly what `readSnapshotFile` does, from
 * memory. With `--evaluate`, `evaluate(raw, { detail: 'summary' })` of both is timed too, beside
 * `evaluateSnapshot(parsed, { detail: 'summary' })` (the evaluation of parsed data).
 *
 * Reported: per contender the median, min and max wall time, and the median CPU time (`process.cpuUsage`, which
 * counts V8's GC helper threads too); and per round the ratios (new ÷ JSON.parse, baseline ÷ JSON.parse, baseline ÷
 * new) with their median and range. Ratios taken within a round are steadier than ratios of medians on a machine
 * other processes load. Load average at start and end, commit, machine.
 *
 * **Issue 17's goals, for the runner** (`--goal <scale>`, run by `npm run bench` in a fresh child: bench/run.ts): the
 * same text in memory, then, with the harness's rotation and batching (bench/harness.ts `runBench`), `JSON.parse` of
 * it line by line, `parseSnapshot(raw)`, `evaluateSnapshot(parsed, { detail: 'summary' })` and `evaluate(raw, {
 * detail: 'summary' })` of this checkout's `src/` (bundled with the child); `evaluate(raw)`'s last result must equal
 * the evaluation of the parsed data byte for byte, or the child fails without a table. It reports the table to the
 * runner; no baseline commit.
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { evaluate, evaluateSnapshot } from '../src/evaluate/index';
import { parseSnapshot } from '../src/snapshot/index';
import { cachePath, ensureSnapshotFile, forEachLine, repoRoot, SCALES, type Scale } from './generate';
import { collectGarbage, quantile, reportToParent, runBench, tableOf } from './harness';

const ROOT = repoRoot();
/** The commit before the fast path: `safeParseSnapshot` running `unitSchema` on every unit. */
const DEFAULT_BASELINE = 'cbe89ee91ab78c9d5e784d2ec41d5b3e809c3e1b';

interface Lib {
  parseSnapshot(raw: unknown): unknown;
  safeParseSnapshot(raw: unknown): { success: boolean; issues: readonly unknown[]; issueCount: number; rejected: readonly unknown[]; data?: unknown };
  evaluate(raw: unknown, options?: unknown): unknown;
  evaluateSnapshot(snapshot: unknown, options?: unknown): unknown;
}

interface Options {
  scale: Scale;
  rounds: number;
  batches: number;
  baseline: string;
  evaluate: boolean;
  out: string | undefined;
}

function options(argv: readonly string[]): Options {
  const o: Options = { scale: 'yunnan', rounds: 5, batches: 3, baseline: DEFAULT_BASELINE, evaluate: false, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--batches') o.batches = Number(argv[++i]);
    else if (a === '--baseline') o.baseline = String(argv[++i]);
    else if (a === '--evaluate') o.evaluate = true;
    else if (a === '--out') o.out = String(argv[++i]);
    else if (a === 'longchuan' || a === 'yunnan' || a === 'china') o.scale = a;
    else throw new Error(`bench/validation: unknown argument ${String(a)}`);
  }
  return o;
}

/** Bundle `entry` (a library's src/index.ts) to `outfile` the way the package is built: ESM, dependencies external. */
async function bundle(entry: string, outfile: string): Promise<string> {
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
  return outfile;
}

/** The two libraries: this checkout's sources, and the baseline commit's (extracted with `git archive`). */
async function libraries(baseline: string): Promise<{ current: Lib; base: Lib; baseCommit: string }> {
  const dir = join(ROOT, 'bench', '.cache', 'validation');
  const baseCommit = execFileSync('git', ['rev-parse', baseline], { cwd: ROOT, encoding: 'utf8' }).trim();
  const baseDir = join(dir, `baseline-${baseCommit.slice(0, 12)}`);
  if (!existsSync(join(baseDir, 'src', 'index.ts'))) {
    mkdirSync(baseDir, { recursive: true });
    execSync(`git archive ${baseCommit} src | tar -x -C ${JSON.stringify(baseDir)}`, { cwd: ROOT });
  }
  const cur = await bundle(join(ROOT, 'src', 'index.ts'), join(dir, 'current.mjs'));
  const old = await bundle(join(baseDir, 'src', 'index.ts'), join(dir, `baseline-${baseCommit.slice(0, 12)}.mjs`));
  return { current: (await import(cur)) as Lib, base: (await import(old)) as Lib, baseCommit };
}

/** The cached lines of a scale: header, then one unit per line. */
function readLines(scale: Scale): string[] {
  ensureSnapshotFile(scale);
  const lines: string[] = [];
  forEachLine(cachePath(scale), (line) => lines.push(line));
  return lines;
}

/** What `readSnapshotFile` does, from lines in memory. */
function parseLines(lines: readonly string[]): { units: unknown[] } & Record<string, unknown> {
  const header = JSON.parse(lines[0] as string) as Record<string, unknown>;
  const units: unknown[] = new Array(lines.length - 1);
  for (let i = 1; i < lines.length; i++) units[i - 1] = JSON.parse(lines[i] as string);
  return { asOf: header['asOf'], regionCode: header['regionCode'], county: header['county'], units };
}

interface Contender {
  readonly name: string;
  readonly fn: () => unknown;
}

const gc = (globalThis as { gc?: (o?: { type: 'minor' | 'major' }) => void }).gc;

/** One timed call; its result is dropped at once (at national scale each is gigabytes). */
function sample(c: Contender): { wall: number; cpu: number } {
  if (gc) gc({ type: 'minor' });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  c.fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Whether two parse outputs are equal: deep, and as JSON unit by unit and for the rest (so the key order too). */
function sameOutput(a: unknown, b: unknown): boolean {
  if (!isDeepStrictEqual(a, b)) return false;
  const ua = (a as { units: unknown[] }).units;
  const ub = (b as { units: unknown[] }).units;
  for (let i = 0; i < ua.length; i++) if (JSON.stringify(ua[i]) !== JSON.stringify(ub[i])) return false;
  return JSON.stringify({ ...(a as object), units: [] }) === JSON.stringify({ ...(b as object), units: [] });
}

/**
 * The same answers before any timing, or throw: `parseSnapshot` of the data, and `safeParseSnapshot` of a damaged copy
 * of its first 50,000 units (some made invalid, some duplicated, some given an unknown key). Returns what was checked.
 */
function checkSame(current: Lib, base: Lib, raw: unknown, text: readonly string[]): string {
  if (!sameOutput(current.parseSnapshot(raw), base.parseSnapshot(raw))) throw new Error('bench/validation: parseSnapshot differs from the baseline');
  const damaged = parseLines(text.slice(0, 50_001));
  damaged.units.forEach((u, i) => {
    const r = u as Record<string, unknown>;
    if (i % 7 === 3) r['households'] = -i;
    if (i % 11 === 5) r['openingSchedule'] = { mon: ['8:00-12:00'] };
    if (i % 13 === 6) r['code'] = (damaged.units[i - 1] as Record<string, unknown>)['code'];
    if (i % 17 === 8) r['extra'] = i;
  });
  const da = current.safeParseSnapshot(damaged);
  const db = base.safeParseSnapshot(damaged);
  const view = (r: typeof da) => ({ success: r.success, issues: r.issues, issueCount: r.issueCount, rejected: r.rejected });
  if (!isDeepStrictEqual(view(da), view(db)) || !sameOutput(da.data, db.data) || JSON.stringify(view(da)) !== JSON.stringify(view(db))) {
    throw new Error('bench/validation: safeParseSnapshot of damaged data differs from the baseline');
  }
  return `a damaged copy of the first ${damaged.units.length.toLocaleString('en-US')} units (${da.issueCount.toLocaleString('en-US')} issues, ${da.rejected.length.toLocaleString('en-US')} units rejected) gives equal issues, rejected units and data`;
}

const median = (xs: readonly number[]): number => quantile(xs, 0.5);

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const times = (x: number) => `${x.toFixed(2)}×`;

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const lines: string[] = [];
  const print = (s = '') => {
    lines.push(s);
    console.log(s);
  };
  const load0 = loadavg();
  const { current, base, baseCommit } = await libraries(o.baseline);
  const text = readLines(o.scale);
  const bytes = text.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  const raw = parseLines(text);
  const n = raw.units.length;
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src/snapshot'], { cwd: ROOT, encoding: 'utf8' }).trim();
  // Other sessions' uncommitted work elsewhere in src/ is bundled too (it can move the evaluation's figures).
  const dirtyElsewhere = execFileSync('git', ['status', '--porcelain', '--', 'src', ':!src/snapshot'], { cwd: ROOT, encoding: 'utf8' }).trim();

  const checked = checkSame(current, base, raw, text);
  const contenders: Contender[] = [
    { name: 'JSON.parse', fn: () => parseLines(text) },
    { name: 'parseSnapshot (new)', fn: () => current.parseSnapshot(raw) },
    { name: 'parseSnapshot (baseline)', fn: () => base.parseSnapshot(raw) },
  ];
  const parsed = current.parseSnapshot(raw);
  if (o.evaluate) {
    const summary = { detail: 'summary' };
    contenders.push(
      { name: 'evaluateSnapshot(parsed, summary)', fn: () => current.evaluateSnapshot(parsed, summary) },
      { name: 'evaluate(raw, summary) (new)', fn: () => current.evaluate(raw, summary) },
      { name: 'evaluate(raw, summary) (baseline)', fn: () => base.evaluate(raw, summary) },
    );
  }
  const wall = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const cpu = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const ratios = { newJson: [] as number[], baseJson: [] as number[], baseNew: [] as number[], newCpuJson: [] as number[], baseCpuNew: [] as number[], evalRawVsParts: [] as number[] };
  // One warm-up round (JIT), then batches of rounds; round r runs the contenders in the order rotated by r.
  for (const c of contenders) sample(c);
  let round = 0;
  for (let batch = 0; batch < o.batches; batch++) {
    if (gc) gc();
    for (let r = 0; r < o.rounds; r++, round++) {
      const k = round % contenders.length;
      const order = [...contenders.slice(k), ...contenders.slice(0, k)];
      const got = new Map<string, { wall: number; cpu: number }>();
      for (const c of order) {
        const s = sample(c);
        got.set(c.name, s);
        (wall.get(c.name) as number[]).push(s.wall);
        (cpu.get(c.name) as number[]).push(s.cpu);
      }
      const w = (name: string) => (got.get(name) as { wall: number }).wall;
      const u = (name: string) => (got.get(name) as { cpu: number }).cpu;
      ratios.newJson.push(w('parseSnapshot (new)') / w('JSON.parse'));
      ratios.baseJson.push(w('parseSnapshot (baseline)') / w('JSON.parse'));
      ratios.baseNew.push(w('parseSnapshot (baseline)') / w('parseSnapshot (new)'));
      ratios.newCpuJson.push(u('parseSnapshot (new)') / u('JSON.parse'));
      ratios.baseCpuNew.push(u('parseSnapshot (baseline)') / u('parseSnapshot (new)'));
      if (o.evaluate) ratios.evalRawVsParts.push(w('evaluate(raw, summary) (new)') / (w('JSON.parse') + w('evaluateSnapshot(parsed, summary)')));
    }
  }
  const load1 = loadavg();

  print(`# bench/validation.ts output, kept as printed`);
  print(`# command: node ${process.execArgv.join(' ')} bench/validation.ts ${process.argv.slice(2).join(' ')}`);
  print(`date ${new Date().toISOString()}; commit ${head}${dirty === '' ? '' : ' (src/snapshot modified: ' + dirty.replace(/\n/g, ', ') + ')'}`);
  if (dirtyElsewhere !== '') print(`uncommitted changes outside src/snapshot, bundled with "new": ${dirtyElsewhere.split('\n').length} file(s) (${dirtyElsewhere.split('\n').map((l) => l.slice(3)).join(', ')})`);
  print(`baseline ${baseCommit} (git archive of its src/, bundled the same way)`);
  print(`node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? '?'}; ${(totalmem() / 2 ** 30).toFixed(1)} GB; gc between samples: ${gc ? 'minor' : 'no (run with --expose-gc)'}`);
  print(`load average (1, 5, 15 min) at start ${load0.map((x) => x.toFixed(2)).join(', ')}; at end ${load1.map((x) => x.toFixed(2)).join(', ')}`);
  print(`scale ${o.scale}: ${n.toLocaleString('en-US')} units, ${(bytes / 2 ** 20).toFixed(1)} MB of JSON in ${text.length.toLocaleString('en-US')} lines; ${o.batches} batches × ${o.rounds} rounds, contenders rotated each round`);
  print(`checked before timing: the outputs equal (deep, and each unit and the rest as JSON); ${checked}`);
  print();
  print(`| contender | median ms | min ms | max ms | median CPU ms | median ÷ JSON.parse |`);
  print(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  const jsonMedian = median(wall.get('JSON.parse') as number[]);
  for (const c of contenders) {
    const xs = wall.get(c.name) as number[];
    print(`| ${c.name} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} | ${ms(median(cpu.get(c.name) as number[]))} | ${times(median(xs) / jsonMedian)} |`);
  }
  print();
  print(`Ratios within each round (median, min–max over ${round} rounds):`);
  const line = (label: string, xs: readonly number[]) => print(`- ${label}: ${times(median(xs))} (${times(Math.min(...xs))}–${times(Math.max(...xs))})`);
  line('parseSnapshot (new) ÷ JSON.parse, wall', ratios.newJson);
  line('parseSnapshot (new) ÷ JSON.parse, CPU', ratios.newCpuJson);
  line('parseSnapshot (baseline) ÷ JSON.parse, wall', ratios.baseJson);
  line('parseSnapshot (baseline) ÷ parseSnapshot (new), wall', ratios.baseNew);
  line('parseSnapshot (baseline) ÷ parseSnapshot (new), CPU', ratios.baseCpuNew);
  if (o.evaluate) line('evaluate(raw) (new) ÷ (JSON.parse + evaluateSnapshot(parsed)), wall', ratios.evalRawVsParts);
  if (o.out !== undefined) {
    writeFileSync(o.out, `${lines.join('\n')}\n`);
    console.log(`\nwritten to ${o.out}`);
  }
}

/** The contenders of the goal table, by name (the runner and bench/render.ts read the rows by these names). */
export const GOAL_CONTENDERS = {
  json: 'JSON.parse, line by line',
  parse: 'parseSnapshot',
  evaluateParsed: "evaluateSnapshot(parsed), detail 'summary'",
  evaluateRaw: "evaluate(raw), detail 'summary'",
} as const;

/**
 * Rounds of the goal table per scale (warm-up rounds also size the batches of sub-50 ms calls). Nationally every call
 * takes seconds: one warm-up round, exactly (`exactWarmup`), then three measured.
 */
export const GOAL_ROUNDS: { readonly [S in Scale]: { readonly rounds: number; readonly warmup: number; readonly exactWarmup?: boolean } } = {
  longchuan: { rounds: 11, warmup: 3 },
  yunnan: { rounds: 7, warmup: 2 },
  china: { rounds: 3, warmup: 1, exactWarmup: true },
};

/**
 * The goal table of one scale, in this (child) process: the text read untimed, the check, then the four contenders
 * side by side (`runBench`, baseline `JSON.parse`); reports `{ scale, readMs, checked, table }` to the parent.
 */
async function goalChild(scale: Scale): Promise<void> {
  const t = performance.now();
  const text = readLines(scale);
  const raw = parseLines(text);
  const readMs = performance.now() - t;
  const parsed = parseSnapshot(raw);
  const summary = { detail: 'summary' } as const;
  collectGarbage();
  const report = await runBench({
    name: `${scale}: validation against JSON.parse of the same text (issue 17)`,
    units: raw.units.length,
    baseline: GOAL_CONTENDERS.json,
    ...GOAL_ROUNDS[scale],
    print: false,
    contenders: [
      // These two keep only a count: the harness keeps each contender's last result alive, and nationally a parsed
      // copy is 0.7 GB that every later call's garbage collections would have to mark again (evaluate(raw) measured
      // 1.58× with them kept, in the run of 2026-12-07T02:02Z). The evaluations are kept: the check compares them.
      { name: GOAL_CONTENDERS.json, fn: () => parseLines(text).units.length },
      { name: GOAL_CONTENDERS.parse, fn: () => parseSnapshot(raw).units.length },
      { name: GOAL_CONTENDERS.evaluateParsed, fn: () => evaluateSnapshot(parsed, summary) },
      { name: GOAL_CONTENDERS.evaluateRaw, fn: () => evaluate(raw, summary) },
    ],
  });
  // The check uses the results the harness kept (each contender's last call), so it costs no extra national
  // evaluation; a difference throws, and the table is never reported.
  const fromRaw = JSON.stringify(report.results.get(GOAL_CONTENDERS.evaluateRaw));
  if (fromRaw === undefined || fromRaw !== JSON.stringify(report.results.get(GOAL_CONTENDERS.evaluateParsed))) {
    throw new Error(`bench/validation --goal ${scale}: evaluate(raw) differs from evaluateSnapshot(parseSnapshot(raw))`);
  }
  const checked = `evaluate(raw, { detail: 'summary' }) equals evaluateSnapshot(parseSnapshot(raw), { detail: 'summary' }) (as JSON, byte for byte; the last call of each, checked after timing)`;
  reportToParent({ scale, readMs, lines: text.length, checked, table: tableOf(report) });
}

if (process.argv[1] !== undefined && /[\\/]validation\.(?:ts|mjs)$/.test(resolve(process.argv[1]))) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--goal') {
    const scale = argv[1] as Scale;
    if (!SCALES.includes(scale)) throw new Error(`bench/validation --goal: expected one of ${SCALES.join(', ')}`);
    await goalChild(scale);
  } else {
    await main();
  }
}
