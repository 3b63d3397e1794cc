/**
 * Issue 17 (part 2): the full per-unit evaluation streamed to a file in bounded memory, against the one-pass summary
 * evaluation plus parsing, in the same run.
 *
 * `npx tsx bench/stream.ts [longchuan|yunnan|china] [--keep]` runs three child processes one after another over
 * `bench/.cache/<scale>.ndjson` (build it first: `npx tsx bench/generate.ts <scale>`), each reporting its wall time,
 * CPU time (user + system) and peak RSS (`VmHWM`, the whole process: see `peakRssBytes` in harness.ts):
 *
 * - `baseline`: the one-pass summary evaluation plus parsing, as a caller holding the whole snapshot does it: the NDJSON
 *   read and `JSON.parse`d line by line into one snapshot object, then `evaluate(input, { detail: 'summary' })`
 *   (validation with zod, then the summary);
 * - `stream-summary`: the CLI, `evaluate FILE --stream --options-json {"detail":"summary"}`: the same figures without
 *   holding the snapshot;
 * - `stream-full`: the CLI, `evaluate FILE --stream --out results.ndjson`: every unit's full results written as they
 *   are computed, then the evaluation (the file is deleted afterwards unless `--keep`);
 * - where the time of `stream-full` goes, with `--jobs …,stream-items,stream-json`: `stream-items` iterates
 *   `evaluateStream` over the file read line by line, every unit's results built but not serialized; `stream-json`
 *   also `JSON.stringify`s every item (discarded, nothing encoded or written).
 *
 * `--jobs a,b` runs only those jobs (default: the first three). Each run is appended to the results file.
 *
 * The report (date, commit, machine, load before and after each job) is printed and written to
 * `bench/results/stream-<date>.txt`. Bench script: Node built-ins, never imported by `src/`.
 *
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, createReadStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The jobs a child can run. */
export const JOBS = ['baseline', 'stream-summary', 'stream-full', 'stream-items', 'stream-json'] as const;
/** One job's name. */
export type Job = (typeof JOBS)[number];

/** What one child reports: wall and CPU time (ms), peak RSS of the whole process (MB of 2^20 bytes, `VmHWM`), output size. */
export interface Measured {
  readonly job: Job;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMB: number;
  readonly outputBytes: number;
  readonly exitCode: number;
  readonly note: string;
}

/** One job, in this (child) process; prints its measurement as one JSON line. */
async function child(job: Job, file: string, out: string): Promise<void> {
  const t0 = performance.now();
  const u0 = process.resourceUsage();
  let exitCode = 0;
  let note = '';
  if (job === 'baseline') {
    const { evaluate } = await import('../src/evaluate/index');
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let header: Record<string, unknown> | undefined;
    const units: unknown[] = [];
    for await (const line of rl) {
      if (line.trim() === '') continue;
      if (header === undefined) header = JSON.parse(line) as Record<string, unknown>;
      else units.push(JSON.parse(line));
    }
    const e = evaluate({ ...header, units }, { detail: 'summary' });
    note = `${e.input.evaluated} units evaluated; headline ${e.headline.map((h) => h.display ?? '—').join(' ')}`;
  } else if (job === 'stream-items' || job === 'stream-json') {
    const { evaluateStream } = await import('../src/evaluate/index');
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const lines = rl[Symbol.asyncIterator]();
    const header = JSON.parse((await lines.next()).value as string) as Record<string, unknown>;
    async function* units(): AsyncGenerator<unknown> {
      for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line);
    }
    let chars = 0;
    let items = 0;
    for await (const item of evaluateStream(header, units())) {
      items++;
      if (job === 'stream-json') chars += JSON.stringify(item).length;
    }
    note = `${items} items${job === 'stream-json' ? `, ${chars.toLocaleString('en-US')} characters of JSON` : ''}`;
  } else {
    const { run } = await import('../src/cli/run');
    const args = ['evaluate', file, '--stream', '--out', out];
    if (job === 'stream-summary') {
      const opts = `${out}.options.json`;
      writeFileSync(opts, JSON.stringify({ detail: 'summary' }));
      args.push('--options-json', opts);
    }
    let stderr = '';
    exitCode = await run(args, { stdin: [], stdout: process.stdout, stderr: { write: (s: string) => (stderr += s) }, env: {}, isTTY: { stdout: false, stderr: false } });
    note = stderr.trim().split('\n')[0] ?? '';
  }
  const wallMs = performance.now() - t0;
  const u = process.resourceUsage();
  const cpuMs = (u.userCPUTime - u0.userCPUTime + u.systemCPUTime - u0.systemCPUTime) / 1000;
  let outputBytes = 0;
  try {
    outputBytes = statSync(out).size;
  } catch {
    // the baseline writes nothing
  }
  const m: Measured = { job, wallMs, cpuMs, maxRssMB: peakRssBytes() / 2 ** 20, outputBytes, exitCode, note };
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

/**
 * This process's peak RSS in bytes: `VmHWM` on Linux (not `maxRSS`, which the kernel keeps across `execve`, so that a
 * child of the runner would report the runner's own RSS; see `peakRssBytes` in harness.ts, which this repeats so that
 * a child loads nothing more than its job).
 */
function peakRssBytes(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m !== null) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** One job run in a child process, with the load average (1, 5, 15 min) before and after it. */
export interface StreamJobRun {
  readonly measured?: Measured;
  /** Why there is no measurement (the child's exit status and the start of its stderr). */
  readonly error?: string;
  readonly loadBefore: string;
  readonly loadAfter: string;
}

/**
 * Run one job over `file` (an NDJSON snapshot) in a fresh child process (`node --import tsx bench/stream.ts --child
 * …`), the way `npx tsx bench/stream.ts` runs each; the output file goes to `bench/.cache/stream-<job>.ndjson` and
 * is deleted afterwards unless `keep`. Also called by the runner (bench/run.ts) for issue 17's goals.
 */
export function runStreamJob(job: Job, file: string, keep = false): StreamJobRun {
  const out = join(ROOT, 'bench/.cache', `stream-${job}.ndjson`);
  const loadBefore = load();
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', job, file, out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const loadAfter = load();
  if (!keep) {
    rmSync(out, { force: true });
    rmSync(`${out}.options.json`, { force: true });
  }
  const last = (r.stdout ?? '').trim().split('\n').at(-1) ?? '';
  try {
    return { measured: JSON.parse(last) as Measured, loadBefore, loadAfter };
  } catch {
    return { error: `exit ${String(r.status)}: ${(r.stderr ?? '').slice(0, 2000)}`, loadBefore, loadAfter };
  }
}

async function parent(scale: string, keep: boolean, jobs: readonly Job[]): Promise<void> {
  const file = join(ROOT, 'bench/.cache', `${scale}.ndjson`);
  try {
    statSync(file);
  } catch {
    console.error(`bench/stream.ts: no ${file}; run npx tsx bench/generate.ts ${scale} first`);
    process.exit(2);
  }
  const date = new Date().toISOString().slice(0, 10);
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).toString().trim();
  const dirty = execFileSync('git', ['status', '--short', '--', 'src'], { cwd: ROOT }).toString().trim().split('\n').filter((l) => l !== '').length;
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    console.log(s);
  };
  say(`# bench/stream.ts ${scale} — ${new Date().toISOString()}`);
  say(`commit ${commit}${dirty > 0 ? ` (working tree: ${dirty} file(s) under src/ modified by other sessions at the time of the run)` : ''}`);
  say(`machine: node ${process.version}, ${cpus().length} CPUs, ${fmt(totalmem() / 2 ** 30)} GB RAM; shared with other sessions: wall times include waiting for a core, so CPU times are given too`);
  say(`input: ${file.replace(`${ROOT}/`, '')} (${fmt(statSync(file).size / 2 ** 20)} MB)`);
  say('');
  const results = new Map<Job, Measured>();
  for (const job of jobs) {
    const r = runStreamJob(job, file, keep);
    if (r.measured === undefined) {
      say(`${job}: failed: ${r.error ?? ''}`);
      continue;
    }
    const m = r.measured;
    results.set(job, m);
    say(`${job.padEnd(15)} wall ${fmt(m.wallMs / 1000).padStart(8)} s   CPU ${fmt(m.cpuMs / 1000).padStart(8)} s   peak RSS ${fmt(m.maxRssMB, 0).padStart(6)} MB   output ${fmt(m.outputBytes / 2 ** 20).padStart(9)} MB   exit ${m.exitCode}   load before ${r.loadBefore}, after ${r.loadAfter}`);
    say(`${''.padEnd(15)} ${m.note}`);
  }
  const base = results.get('baseline');
  const full = results.get('stream-full');
  const summary = results.get('stream-summary');
  say('');
  if (base !== undefined && full !== undefined) {
    say(`goal: full streamed evaluation ≤ 2× (summary evaluation + parsing): ${fmt(full.wallMs / base.wallMs, 2)}× by wall time, ${fmt(full.cpuMs / base.cpuMs, 2)}× by CPU time`);
    say(`goal: peak RSS of the full streamed evaluation ≤ 1 GB: ${fmt(full.maxRssMB, 0)} MB (${full.maxRssMB <= 1024 ? 'met' : 'NOT met'}); the one-pass summary with parsing: ${fmt(base.maxRssMB, 0)} MB`);
  }
  if (base !== undefined && summary !== undefined) {
    say(`the streamed summary (same figures, no snapshot held): ${fmt(summary.wallMs / base.wallMs, 2)}× the baseline's wall time, ${fmt(summary.cpuMs / base.cpuMs, 2)}× its CPU time, peak RSS ${fmt(summary.maxRssMB, 0)} MB`);
  }
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `stream-${date}.txt`);
  appendFileSync(target, `${lines.join('\n')}\n\n`);
  console.log(`written: ${target.replace(`${ROOT}/`, '')}`);
}

// Run as a script (or as a job's child), not when imported by the runner.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    await child(argv[1] as Job, argv[2] as string, argv[3] as string);
  } else {
    const at = argv.indexOf('--jobs');
    const jobs = at === -1 ? JOBS.slice(0, 3) : (argv[at + 1] ?? '').split(',').filter((j): j is Job => (JOBS as readonly string[]).includes(j));
    await parent(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--jobs') ?? 'china', argv.includes('--keep'), jobs);
  }
}
