/**
 * A tiny benchmark harness: contenders run in the same process, in rotating order each round, several rounds after
 * a warm-up; the report gives the median time per call, units per second and the ratio to a baseline contender
 * (the floor), as a Markdown table. Peak memory is measured in a child process, one scale at a time.
 *
 * Bench script: uses Node built-ins, never imported by `src/`.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { repoRoot } from './generate';

/** One thing being measured: a name and a function doing the whole job once (a promise is awaited). */
export interface Contender {
  readonly name: string;
  readonly fn: () => unknown;
}

/** Options of {@link runBench}. */
export interface BenchOptions {
  /** Title of the table. */
  readonly name: string;
  readonly contenders: readonly Contender[];
  /** Measured rounds; each round runs every contender once (one sample each). Default 7. */
  readonly rounds?: number;
  /** Unmeasured warm-up rounds (JIT, caches, calibration). Default 2. */
  readonly warmup?: number;
  /** Units processed per call, for units/second. */
  readonly units?: number;
  /** Name of the contender the others are compared with. Default `'floor'`. */
  readonly baseline?: string;
  /**
   * Shortest sample in ms: a contender faster than this is called several times per sample (a batch; the count is
   * calibrated in every warm-up round, on warm code) and the time per call is the sample divided by the count.
   * Default 50 ms. Timer resolution, a GC pause or one scheduling delay is then a small part of any sample.
   */
  readonly minSampleMs?: number;
  /**
   * When given, each contender's result (from the warm-up) is checked against the baseline's: a contender whose
   * result is not `equal` makes the benchmark throw, so nothing fast-but-wrong is ever reported.
   */
  readonly equal?: (result: unknown, baselineResult: unknown, contender: string) => boolean;
  /** Print the Markdown table to stdout. Default true. */
  readonly print?: boolean;
  /**
   * Run exactly `warmup` warm-up rounds (at least one), without the floor of two and without the extra round that
   * checks the batches: for contenders whose every call takes seconds (national scale), where one warm-up round
   * warms the code and there is no batch to size. Default false.
   */
  readonly exactWarmup?: boolean;
}

/** Measurements of one contender. */
export interface ContenderStats {
  readonly name: string;
  /** Median time per call, ms. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Calls per sample (1 unless the call is shorter than `minSampleMs`). */
  readonly callsPerSample: number;
  /** Time per call of each measured round, ms. */
  readonly samplesMs: readonly number[];
  /** First and third quartiles of the time per call, ms (the interquartile range is the spread reported). */
  readonly q1Ms: number;
  readonly q3Ms: number;
  /** Median length of a whole sample (a batch of `callsPerSample` calls), ms. */
  readonly medianSampleMs: number;
  /**
   * Median CPU time per call of this process (user + system, `process.cpuUsage`), ms. On a busy machine it is
   * steadier than wall time, which also counts time the process waited for a core; it includes V8's helper threads
   * (parallel and concurrent GC), so it can exceed wall time.
   */
  readonly medianCpuMs: number;
  /** Units per second at the median, when `units` was given. */
  readonly unitsPerSecond: number | undefined;
  /** Median ÷ the baseline's median (1 for the baseline; `undefined` when there is no such contender). */
  readonly ratio: number | undefined;
  /** Median CPU time ÷ the baseline's (steadier than `ratio` when other processes compete for the cores). */
  readonly cpuRatio: number | undefined;
}

/** What {@link runBench} returns. */
export interface BenchReport {
  readonly name: string;
  readonly units: number | undefined;
  readonly rounds: number;
  readonly warmup: number;
  readonly baseline: string;
  /** Whether `global.gc` was available (run with `node --expose-gc`), so a minor GC ran before each sample. */
  readonly gcBetweenSamples: boolean;
  readonly rows: readonly ContenderStats[];
  /** 1-minute load average of the machine when the table started and when it ended (`os.loadavg()[0]`). */
  readonly loadStart: number;
  readonly loadEnd: number;
  /** Shortest sample asked for, ms. */
  readonly minSampleMs: number;
  /** The last result of each contender, by name. */
  readonly results: ReadonlyMap<string, unknown>;
  /** The Markdown table. */
  readonly markdown: string;
}

function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** The q-quantile of xs by linear interpolation between order statistics (q = 0.5: the median). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

/** `global.gc` when node runs with `--expose-gc` (V8 takes `{ type: 'minor' }` for a scavenge only). */
function gcFunction(): ((options?: { type: 'minor' | 'major' }) => void) | undefined {
  const gc = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? (gc as (options?: { type: 'minor' | 'major' }) => void) : undefined;
}

/** Collect garbage (twice, so weak and finalised objects go too) when `--expose-gc` is on; else do nothing. */
export function collectGarbage(): void {
  const gc = gcFunction();
  if (gc) {
    gc();
    gc();
  }
}

/**
 * Run contenders side by side in this process (a contender returning a promise is awaited). Round r runs the contenders in the order rotated by r (A B C, B C A,
 * C A B, …; with two contenders, A B then B A), so no contender always runs first or right after another's garbage.
 * With `--expose-gc`, the young generation is collected before each sample (outside the timing), so a contender is
 * not charged for the previous one's short-lived garbage. Only a minor GC: a forced full GC before a sample made
 * the floor's next sample 1.5–3× slower at all three scales on this machine (cause not pinned down; fresh heap
 * state after a mark-compact), which would penalise whoever runs right after it. The warm-up runs the same way,
 * calibrates calls per sample (×10 until a sample lasts a quarter of `minSampleMs`) and checks results.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { name, contenders, units } = options;
  const rounds = options.rounds ?? 7;
  const warmup = options.warmup ?? 2;
  const baseline = options.baseline ?? 'floor';
  const minSampleMs = options.minSampleMs ?? 50;
  const loadStart = loadavg()[0] as number;
  if (contenders.length === 0) throw new Error('runBench: no contenders');
  if (rounds < 1) throw new Error('runBench: rounds must be at least 1');
  const names = new Set(contenders.map((c) => c.name));
  if (names.size !== contenders.length) throw new Error('runBench: contender names must be unique');

  const gc = gcFunction();
  const results = new Map<string, unknown>();
  const calls = new Map<string, number>(contenders.map((c) => [c.name, 1]));
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const cpuSamples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  let lastCpuMs = 0;

  const sample = async (c: Contender): Promise<number> => {
    const n = calls.get(c.name) ?? 1;
    if (gc) gc({ type: 'minor' });
    let result: unknown;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      result = c.fn();
      if (result instanceof Promise) result = await result;
    }
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    lastCpuMs = (cpu.user + cpu.system) / 1000 / n;
    results.set(c.name, result); // keeps the result alive, so the call cannot be optimised away
    return ms / n;
  };
  const order = (round: number): Contender[] => {
    const k = round % contenders.length;
    return [...contenders.slice(k), ...contenders.slice(0, k)];
  };

  // Every warm-up sample also calibrates: while a sample is too short to time well, call more per sample (×10);
  // then size the batch to last minSampleMs at the fastest time per call seen so far. Sizing from one sample left
  // batches of 1–2 calls whenever that sample was cold or delayed (a 0.2 ms call descheduled for 20 ms looks like a
  // 20 ms call), so sub-millisecond contenders were timed call by call, at the mercy of every scheduling delay.
  const fastest = new Map<string, number>();
  const calibrate = async (c: Contender): Promise<void> => {
    for (;;) {
      const n = calls.get(c.name) ?? 1;
      const perCall = await sample(c);
      const best = Math.min(perCall, fastest.get(c.name) ?? Number.POSITIVE_INFINITY);
      fastest.set(c.name, best);
      if (perCall * n >= minSampleMs / 2 || n >= 1e7) {
        calls.set(c.name, Math.max(1, Math.ceil(minSampleMs / Math.max(best, 1e-6))));
        return;
      }
      calls.set(c.name, n * 10);
    }
  };
  let warmupRounds = 0;
  const exact = options.exactWarmup ?? false;
  for (; warmupRounds < (exact ? Math.max(1, warmup) : Math.max(2, warmup)); warmupRounds++) {
    for (const c of order(warmupRounds)) await calibrate(c);
  }
  // Code still warming up in the last calibration (a call 10× slower than it will be) leaves batches too short:
  // check each batch once more at the current speed, and resize and check again (up to 5 more rounds) while a
  // sample lasts less than half of minSampleMs.
  for (let extra = 0; extra < (exact ? 0 : 5); extra++) {
    let short = false;
    for (const c of order(warmupRounds)) {
      const n = calls.get(c.name) ?? 1;
      const perCall = await sample(c);
      const best = Math.min(perCall, fastest.get(c.name) ?? Number.POSITIVE_INFINITY);
      fastest.set(c.name, best);
      if (perCall * n < minSampleMs / 2 && n < 1e7) {
        short = true;
        calls.set(c.name, Math.max(n + 1, Math.ceil(minSampleMs / Math.max(best, 1e-6))));
      }
    }
    warmupRounds++;
    if (!short) break;
  }
  if (options.equal && names.has(baseline)) {
    const expected = results.get(baseline);
    for (const c of contenders) {
      if (c.name !== baseline && !options.equal(results.get(c.name), expected, c.name)) {
        throw new Error(`runBench ${name}: ${c.name}'s result differs from ${baseline}'s`);
      }
    }
  }
  for (let r = 0; r < rounds; r++) {
    for (const c of order(r)) {
      (samples.get(c.name) as number[]).push(await sample(c));
      (cpuSamples.get(c.name) as number[]).push(lastCpuMs);
    }
  }

  const base = names.has(baseline) ? median(samples.get(baseline) as number[]) : undefined;
  const baseCpu = names.has(baseline) ? median(cpuSamples.get(baseline) as number[]) : undefined;
  const rows: ContenderStats[] = contenders.map((c) => {
    const xs = samples.get(c.name) as number[];
    const med = median(xs);
    const n = calls.get(c.name) ?? 1;
    return {
      name: c.name,
      medianMs: med,
      minMs: Math.min(...xs),
      maxMs: Math.max(...xs),
      callsPerSample: n,
      samplesMs: xs,
      q1Ms: quantile(xs, 0.25),
      q3Ms: quantile(xs, 0.75),
      medianSampleMs: med * n,
      medianCpuMs: median(cpuSamples.get(c.name) as number[]),
      unitsPerSecond: units === undefined || med === 0 ? undefined : (units / med) * 1000,
      ratio: base === undefined || base === 0 ? undefined : med / base,
      cpuRatio: baseCpu === undefined || baseCpu === 0 ? undefined : median(cpuSamples.get(c.name) as number[]) / baseCpu,
    };
  });
  const report = {
    name,
    units,
    rounds,
    warmup: warmupRounds,
    baseline,
    gcBetweenSamples: gc !== undefined,
    rows,
    loadStart,
    loadEnd: loadavg()[0] as number,
    minSampleMs,
    results,
  };
  const markdown = formatBenchTable(report);
  if (options.print ?? true) console.log(`${markdown}\n`);
  return { ...report, markdown };
}

/** A duration for people: µs below 1 ms, ms below 10 s, else s. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 10_000) return `${ms.toFixed(ms < 100 ? 2 : 0)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A count with thousands separators and no decimals. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes as MB (MiB, 1 decimal). */
export function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A report without its results: what the run keeps (JSON) and renders from. */
export type BenchTable = Omit<BenchReport, 'markdown' | 'results'>;

/** The report as kept: every field but the results, which need not be JSON. */
export function tableOf(report: BenchReport): BenchTable {
  const { markdown: _m, results: _r, ...rest } = report;
  return rest;
}

/** A ratio as printed: 2 decimals below 100, none above. */
export function formatRatio(x: number | undefined): string {
  return x === undefined ? '—' : `${x.toFixed(x < 100 ? 2 : 0)}×`;
}

/**
 * The Markdown table of a report: one row per contender, in the order given. Time per call: median, interquartile
 * range (first–third quartile) and min–max over the measured rounds; median CPU time per call; the batch (calls per
 * sample × the median sample's length); units per second at the median; median ÷ the baseline's, by wall and CPU time.
 */
export function formatBenchTable(report: BenchTable): string {
  const head =
    `**${report.name}**` +
    (report.units === undefined ? '' : ` — ${formatCount(report.units)} units`) +
    ` — median of ${report.rounds} rounds after ${report.warmup} warm-up, order rotated each round` +
    (report.gcBetweenSamples ? ', minor GC before each sample' : '') +
    `; load average ${report.loadStart.toFixed(2)} at the start, ${report.loadEnd.toFixed(2)} at the end`;
  const lines = [
    head,
    '',
    `| contender | median | IQR | min–max | median CPU | calls × sample | units/s | × ${report.baseline} | × ${report.baseline}, CPU |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of report.rows) {
    lines.push(
      `| ${r.name} | ${formatMs(r.medianMs)} | ${formatMs(r.q1Ms)}–${formatMs(r.q3Ms)} | ${formatMs(r.minMs)}–${formatMs(r.maxMs)} | ` +
        `${formatMs(r.medianCpuMs)} | ${formatCount(r.callsPerSample)} × ${formatMs(r.medianSampleMs)} | ` +
        `${r.unitsPerSecond === undefined ? '—' : formatCount(r.unitsPerSecond)} | ${formatRatio(r.ratio)} | ${formatRatio(r.cpuRatio)} |`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Peak memory, in a child process
// ---------------------------------------------------------------------------------------------------------------

/** The line prefix a child writes its report on (one JSON object after it). */
export const MEMORY_MARKER = '@@bench-memory ';
/** The lines a child writes just before and just after its job (the window for `--trace-gc` lines). */
export const JOB_START = '@@bench-job-start';
export const JOB_END = '@@bench-job-end';

/**
 * The largest heap in use during a child's job, in bytes: the largest "before" figure of the `--trace-gc` lines
 * between the job markers (`Mark-Compact 1700.1 (1800.0) -> 720.5 (1750.0) MB`: used before (committed) -> after),
 * or `undefined` when no collection ran in the window.
 */
export function peakHeapFromTrace(out: string): number | undefined {
  const start = out.indexOf(JOB_START);
  const end = out.indexOf(JOB_END, start);
  if (start < 0 || end < 0) return undefined;
  let peak: number | undefined;
  for (const m of out.slice(start, end).matchAll(/ (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) MB/g)) {
    const before = Number(m[1]) * 1024 * 1024;
    if (peak === undefined || before > peak) peak = before;
  }
  return peak;
}

/** Heap in use after a full GC, in bytes (`heapUsed`; needs `--expose-gc` to be meaningful). */
export function heapUsedAfterGc(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * Peak resident set size of this process so far, in bytes: `VmHWM` of /proc/self/status on Linux, else
 * `process.resourceUsage().maxRSS` (KiB). Not `maxRSS` on Linux: the kernel keeps it across `execve`, so a child
 * spawned by a process holding 800 MB reports at least 800 MB (a child of such a parent printed maxRSS 803 MB and
 * VmHWM 39 MB: bench/results/maxrss-check-2026-12-07.txt). Every child of `npm run bench` is spawned by the runner, which holds the national data.
 */
export function peakRssBytes(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m !== null) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** In a child started by {@link measurePeakRss}: print the report line, adding the peak RSS at this point. */
export function reportToParent(fields: Readonly<Record<string, unknown>>): void {
  process.stdout.write(`${MEMORY_MARKER}${JSON.stringify({ ...fields, maxRssBytes: peakRssBytes() })}\n`);
}

/** A running RSS sampler: `stop()` ends it and returns the largest RSS seen, in bytes. */
export interface RssSampler {
  stop(): Promise<number>;
}

const SAMPLER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const a = new Int32Array(workerData.buffer);
parentPort.postMessage('ready');
for (;;) {
  const kib = Math.floor(process.memoryUsage.rss() / 1024);
  if (kib > Atomics.load(a, 1)) Atomics.store(a, 1, kib);
  if (Atomics.load(a, 0) !== 0) break;
  Atomics.wait(a, 0, 0, workerData.intervalMs);
}
`;

/**
 * Sample this process's RSS from a worker thread every `intervalMs` (default 1 ms) until `stop()`, so the peak of one
 * synchronous job can be read even when an earlier phase (parsing) set the process's all-time peak
 * (`process.resourceUsage().maxRSS` cannot be reset). Peaks shorter than the interval can be missed. Start it after
 * the baseline is taken: the worker itself adds a few MB.
 */
export async function startRssSampler(intervalMs = 1): Promise<RssSampler> {
  const { Worker } = await import('node:worker_threads');
  const shared = new Int32Array(new SharedArrayBuffer(8)); // [0] stop flag, [1] max RSS in KiB
  const worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: { buffer: shared.buffer, intervalMs } });
  await new Promise<void>((ok, fail) => {
    worker.once('message', () => ok());
    worker.once('error', fail);
  });
  return {
    async stop() {
      Atomics.store(shared, 0, 1);
      Atomics.notify(shared, 0);
      await new Promise<void>((ok) => worker.once('exit', () => ok()));
      return Math.max(Atomics.load(shared, 1) * 1024, process.memoryUsage.rss());
    },
  };
}

/** What {@link measurePeakRss} returns. */
export interface PeakRssResult {
  /** The child's peak resident set size, bytes (`process.resourceUsage().maxRSS` at its end). */
  readonly maxRssBytes: number;
  /** Everything the child reported (see `bench/memory.ts`: parsed-input heap, timings, …). */
  readonly report: Readonly<Record<string, unknown>>;
  /** Wall time of the child, ms. */
  readonly wallMs: number;
}

/** Options of {@link measurePeakRss}. */
export interface PeakRssOptions {
  /** Extra node flags, e.g. `['--max-old-space-size=8192']`. */
  readonly nodeArgs?: readonly string[];
  /**
   * How the TypeScript script runs: `'tsx'` (default) through the tsx loader, which adds about 50 MB of RSS (its
   * loader thread and esbuild); `'bundle'` bundled first with esbuild (the toolchain's, via tsx and tsup) into
   * `bench/.cache/build/` and run by plain node, for a baseline close to bare node's ≈40 MB.
   */
  readonly runner?: 'tsx' | 'bundle';
  /** Kill the child after this long. Default 10 minutes. */
  readonly timeoutMs?: number;
}

const REPO_ROOT = repoRoot();

/** Bundle a TypeScript entry into one ES module under `bench/.cache/build/` (esbuild, Node 20 target). */
export async function bundleScript(script: string): Promise<string> {
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  const outDir = join(REPO_ROOT, 'bench', '.cache', 'build');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, basename(script).replace(/\.[cm]?ts$/, '.mjs'));
  await esbuild.build({
    entryPoints: [resolve(REPO_ROOT, script)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Run `script` (a TypeScript file, relative to the repository root) in a fresh `node --expose-gc` child with `args`,
 * and return its peak RSS with the report it printed through {@link reportToParent}. The child's stderr passes
 * through. The tsx loader adds about 50 MB to the child's RSS (`runner: 'bundle'` avoids it); `bench/memory.ts`
 * reports the RSS at its start so the baseline can be read off.
 */
export async function measurePeakRss(
  script: string,
  args: readonly string[] = [],
  options: PeakRssOptions = {},
): Promise<PeakRssResult> {
  const entry = options.runner === 'bundle' ? ['--', await bundleScript(script)] : ['--import', 'tsx', script];
  const argv = ['--expose-gc', ...(options.nodeArgs ?? []), ...entry, ...args];
  const t0 = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out
        .split('\n')
        .reverse()
        .find((l) => l.startsWith(MEMORY_MARKER));
      if (code !== 0 || line === undefined) {
        reject(new Error(`measurePeakRss ${script} ${args.join(' ')}: exit ${code ?? signal}, output:\n${out.slice(-2000)}`));
        return;
      }
      const report = JSON.parse(line.slice(MEMORY_MARKER.length)) as Record<string, unknown>;
      const traced = peakHeapFromTrace(out);
      const atEnd = Number(report.heapAtJobEndBytes);
      report.jobPeakHeapBytes = traced === undefined || atEnd > traced ? atEnd : traced;
      resolvePromise({ maxRssBytes: Number(report.maxRssBytes), report, wallMs: performance.now() - t0 });
    });
  });
}
