/**
 * Renders bench/RESULTS.md, and the figures of docs/performance.md and the performance guides, from one kept run
 * (`bench/results/*.txt`, written by `npm run bench`: bench/record.ts). Every figure rendered is formatted exactly as
 * the run printed it, so each can be found in the kept file; nothing here measures or rounds anew.
 *
 *   npx tsx bench/render.ts [bench/results/<run>.txt]      # render from that run (default: the run RESULTS.md names)
 *   npx tsx bench/render.ts --check                        # exit 1 when RESULTS.md or a docs region is stale
 *
 * The docs' regions are `<!-- bench:NAME -->…<!-- /bench:NAME -->` (distinct from the docs generator's
 * `generated:` regions): `figures` and `threads` in docs/performance.md, `figures-en` / `figures-zh` in
 * docs/guides/performance.{en,zh}.md. The goals of issue 6 go into RESULTS.md; the goals of issue 17
 * ({@link formatGoals17}), when the run measured them, into RESULTS.md and the `figures` region of docs/performance.md,
 * with their tables (validation, stream children, bytes) in RESULTS.md. A run without them renders as before.
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatCliStartup, type CliStartupResult } from './cliStartup';
import { repoRoot, type Scale } from './generate';
import { formatBenchTable, formatCount, formatMB, formatMs, formatRatio, quantile, type BenchTable, type ContenderStats } from './harness';
import type { BytesData } from './bundlers';
import { DATA_MARKER, type RunHeader } from './record';
import type { Measured } from './stream';

/** One national parse measurement, in a fresh process (bench/parseChild.ts). */
export interface ParseChildRow {
  readonly job: string;
  readonly round: number;
  readonly readMs: number;
  readonly jobMs: number;
  readonly jobCpuMs: number;
  readonly maxRssBytes: number;
  readonly loadStart: number;
  readonly loadEnd: number;
}

/** Issue 17's validation table of one scale, from a fresh child (`bench/validation.ts --goal <scale>`). */
export interface ValidationGoal {
  /** The harness's table: `JSON.parse` (the baseline), `parseSnapshot`, `evaluateSnapshot(parsed)`, `evaluate(raw)`. */
  readonly table: BenchTable;
  /** What the child checked before timing. */
  readonly checked: string;
  /** Reading the text and `JSON.parse` of it once (not timed in the table), ms. */
  readonly readMs: number;
  /** The child's peak RSS, bytes. */
  readonly maxRssBytes: number;
}

/** One child of issue 17's stream goal (bench/stream.ts `runStreamJob`): `baseline` or `stream-full`, one round. */
export interface StreamRun extends Omit<Measured, 'job'> {
  readonly job: string;
  readonly round: number;
  readonly loadBefore: string;
  readonly loadAfter: string;
  /** Set when the child printed no measurement (then the numbers are NaN). */
  readonly error?: string;
}

/** What one scale's tables found. */
export interface ScaleData {
  scale: Scale;
  units: number;
  townships: number;
  fileBytes: number;
  generated: boolean;
  readMs: number;
  parseMs: number;
  /** The peers judge every `peerStep`th unit: `peerUnits` units on `peerRules` rules. */
  peerStep: number;
  peerUnits: number;
  peerRules: number;
  checks: string[];
  tables: { evaluate?: BenchTable; peers?: BenchTable; threads?: BenchTable; parse?: BenchTable };
  parseChildren?: ParseChildRow[];
  /** Per memory job (`floor`, `summary`, `full`): what bench/memory.ts reported, numbers only. */
  memory: Record<string, Record<string, number>>;
  /** Issue 17: validation against `JSON.parse` (absent from runs before it, and nationally with `--quick`). */
  validation?: ValidationGoal;
  /** Issue 17: the full evaluation streamed to a file against the summary evaluation plus parsing, child by child. */
  stream?: StreamRun[];
}

/** Everything one run measured: the JSON after `@@bench-data ` at the end of the kept file. */
export interface RunData {
  version: 1;
  /** The kept file, relative to the repository root. */
  file: string;
  header: RunHeader;
  quick: boolean;
  fullNational: boolean;
  scales: ScaleData[];
  cliBuild?: string;
  cli?: CliStartupResult;
  /** Issue 17: the bytes (size-limit and the bundler apps), measured on dist/ after the build check. */
  bytes?: BytesData;
  loadEnd: readonly number[];
  endedAt: string;
  durationMs: number;
}

const SCALE_NAMES: { readonly [S in Scale]: { en: string; zh: string; title: string } } = {
  longchuan: { en: 'Longchuan', zh: '陇川县', title: 'County: Longchuan' },
  yunnan: { en: 'Yunnan', zh: '云南省', title: 'Province: Yunnan' },
  china: { en: 'China', zh: '全国', title: 'Nation: China' },
};

/** The run's data, from the kept file's text. */
export function readRunData(text: string): RunData {
  const line = text
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(DATA_MARKER));
  if (line === undefined) throw new Error(`no ${DATA_MARKER.trim()} line: not a complete run of npm run bench`);
  const data = JSON.parse(line.slice(DATA_MARKER.length)) as RunData;
  if (data.version !== 1) throw new Error(`unknown run data version ${String(data.version)}`);
  return data;
}

function row(t: BenchTable | undefined, name: string): ContenderStats | undefined {
  return t?.rows.find((r) => r.name === name);
}

const SUMMARY = "evaluate, detail 'summary'";
const FULL = "evaluate, detail 'full'";

/** The national parse measurements as a table: per job, the median, min–max and median CPU of its processes. */
export function formatParseChildren(s: ScaleData): string {
  const rows = s.parseChildren ?? [];
  const jobs = [...new Set(rows.map((r) => r.job))];
  const label: Record<string, string> = { parse: 'parseSnapshot', 'evaluate-raw': "evaluate(raw), detail 'summary'" };
  const loads = rows.flatMap((r) => [r.loadStart, r.loadEnd]);
  return [
    `**${s.scale}: parsing, one fresh process per measurement** — ${formatCount(s.units)} units — ${rows.length / Math.max(1, jobs.length)} processes per job, ` +
      `alternating; the raw JSON read before timing (not timed); load average ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`,
    '',
    '| job | median | min–max | median CPU | each process | read (not timed) | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...jobs.map((job) => {
      const mine = rows.filter((r) => r.job === job);
      const ms = mine.map((r) => r.jobMs);
      return (
        `| ${label[job] ?? job} | ${formatMs(quantile(ms, 0.5))} | ${formatMs(Math.min(...ms))}–${formatMs(Math.max(...ms))} | ` +
        `${formatMs(quantile(mine.map((r) => r.jobCpuMs), 0.5))} | ${ms.map(formatMs).join(', ')} | ` +
        `${formatMs(quantile(mine.map((r) => r.readMs), 0.5))} | ${formatMB(Math.max(...mine.map((r) => r.maxRssBytes)))} |`
      );
    }),
  ].join('\n');
}

/** The national parse median of a job, when measured. */
function childMedian(s: ScaleData, job: string): number | undefined {
  const ms = (s.parseChildren ?? []).filter((r) => r.job === job).map((r) => r.jobMs);
  return ms.length === 0 ? undefined : quantile(ms, 0.5);
}

/** Peak heap figures of a memory job: parsed input P, extra heap, (P + extra) ÷ P, result heap. */
function heapOf(m: Record<string, number> | undefined): { p: number; extra: number; ratio: number; result: number } | undefined {
  if (m === undefined) return undefined;
  const p = m.parsedInputHeapBytes as number;
  const extra = (m.jobPeakHeapBytes as number) - (m.heapBaselineBytes as number) - p;
  return { p, extra, ratio: (p + extra) / p, result: m.jobResultHeapBytes as number };
}

/** The memory table of a run. */
export function formatMemoryTable(data: RunData): string {
  const rows: string[] = [];
  for (const s of data.scales) {
    for (const [job, m] of Object.entries(s.memory)) {
      const h = heapOf(m) as NonNullable<ReturnType<typeof heapOf>>;
      const n = (k: string): number => m[k] as number;
      rows.push(
        `| ${s.scale} | ${job} | ${formatCount(n('units'))} | ${formatMB(h.p)} | ${formatMB(n('heapBaselineBytes'))} | ` +
          `${formatMB(n('jobPeakHeapBytes'))} | ${formatMB(h.extra)} | ${h.ratio.toFixed(2)}× | ${formatMB(h.result)} | ` +
          `${formatMB(n('rssAtStartBytes'))} | ${formatMB(n('rssBeforeJobBytes'))} | ${formatMB(n('jobPeakRssBytes'))} | ` +
          `${formatMB(n('jobPeakRssBytes') - n('rssBeforeJobBytes'))} | ${formatMB(n('maxRssBytes'))} | ${formatMs(n('parseMs'))} | ${formatMs(n('jobMs'))} |`,
      );
    }
  }
  return [
    '**Memory** — one fresh child per scale and job: `bench/memory.ts <scale> <job>` bundled with esbuild, run by ' +
      '`node --expose-gc --trace-gc`. P: heap of the parsed input alone (after a full GC, raw JSON released). ' +
      'Peak heap during the job: the largest heap in use before any collection during the job, or at its end (from ' +
      "`--trace-gc`); the job's extra heap is that minus the baseline (node and the code) and P. RSS: the job's own " +
      'peak sampled every 1 ms from a worker thread. Parse and job times here are single cold runs, not benchmarks.',
    '',
    '| scale | job | units | parsed input heap (P) | heap baseline | peak heap during job | extra heap | (P + extra) ÷ P | result heap | RSS at start | RSS before job | peak RSS during job | RSS growth | peak RSS (process) | parse, cold | job, cold |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

const mark = (ok: boolean | undefined): string => (ok === undefined ? '—' : ok ? 'met' : '**not met**');

/** The goals of issue 6, scale by scale, as ratios from the run (a table). */
export function formatGoals(data: RunData): string {
  const lines = [
    '**Goals of issue 6, from this run** (wall-time ratio of medians; CPU-time ratio in brackets; the speed and memory goals are set for the national scale)',
    '',
    '| scale | summary evaluate ÷ floor (goal ≤ 2×) | json-logic-js ÷ library (goal ≥ 5×) | json-rules-engine ÷ library (goal ≥ 20×) | peak heap of the summary evaluation ÷ parsed input (goal ≤ 2×) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const s of data.scales) {
    const sum = row(s.tables.evaluate, SUMMARY);
    const logic = row(s.tables.peers, 'json-logic-js');
    const engine = row(s.tables.peers, 'json-rules-engine');
    const heap = heapOf(s.memory.summary);
    const cell = (r: ContenderStats | undefined, ok: (x: number) => boolean): string =>
      r?.ratio === undefined || r.cpuRatio === undefined
        ? '—'
        : ok(r.ratio) === ok(r.cpuRatio)
          ? `${formatRatio(r.ratio)} (${formatRatio(r.cpuRatio)}): ${mark(ok(r.ratio))}`
          : `${formatRatio(r.ratio)} (${formatRatio(r.cpuRatio)}): ${mark(ok(r.ratio))} by wall time, ${mark(ok(r.cpuRatio))} by CPU time`;
    lines.push(
      `| ${s.scale} | ${cell(sum, (x) => x <= 2)} | ${cell(logic, (x) => x >= 5)} | ${cell(engine, (x) => x >= 20)} | ` +
        `${heap === undefined ? '—' : `${heap.ratio.toFixed(2)}× (${formatMB(heap.p)} + ${formatMB(heap.extra)}): ${mark(heap.ratio <= 2)}`} |`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Issue 17
// ---------------------------------------------------------------------------------------------------------------

/** The rows of the validation table (bench/validation.ts `GOAL_CONTENDERS`; repeated here so render.ts imports no library code). */
export const VALIDATION_ROWS = {
  json: 'JSON.parse, line by line',
  parse: 'parseSnapshot',
  evaluateParsed: "evaluateSnapshot(parsed), detail 'summary'",
  evaluateRaw: "evaluate(raw), detail 'summary'",
} as const;

/** Issue 17's aims, as the goal table states them. */
export const GOALS_17 = {
  parseOverJson: 1.5,
  evaluateRawOverParts: 1.5,
  streamOverBaseline: 2,
  streamRssBytes: 2 ** 30,
  wholeBundleBytes: 85_000,
  evaluateBundlerBytes: 65_000,
  /** Strictly below. */
  formulasBytes: 11_000,
} as const;

/** Brotli bytes as kB of 1,000 bytes (size-limit's unit), two decimals. */
export function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

/** A wall (CPU) ratio pair against an aim: "1.20× (1.10×): met", split when wall and CPU time disagree. */
function ratioCell(pair: readonly [number, number] | undefined, ok: (x: number) => boolean): string {
  if (pair === undefined || !Number.isFinite(pair[0]) || !Number.isFinite(pair[1])) return '—';
  const [wall, cpu] = pair;
  return ok(wall) === ok(cpu)
    ? `${formatRatio(wall)} (${formatRatio(cpu)}): ${mark(ok(wall))}`
    : `${formatRatio(wall)} (${formatRatio(cpu)}): ${mark(ok(wall))} by wall time, ${mark(ok(cpu))} by CPU time`;
}

/** Validation ratios of a scale: `parseSnapshot` ÷ `JSON.parse`, and `evaluate(raw)` ÷ (`JSON.parse` + `evaluateSnapshot`). */
export function validationRatios(v: ValidationGoal | undefined): { parse?: [number, number]; evaluateRaw?: [number, number] } {
  if (v === undefined) return {};
  const json = row(v.table, VALIDATION_ROWS.json);
  const parse = row(v.table, VALIDATION_ROWS.parse);
  const parsed = row(v.table, VALIDATION_ROWS.evaluateParsed);
  const rawRow = row(v.table, VALIDATION_ROWS.evaluateRaw);
  const out: { parse?: [number, number]; evaluateRaw?: [number, number] } = {};
  if (json && parse) out.parse = [parse.medianMs / json.medianMs, parse.medianCpuMs / json.medianCpuMs];
  if (json && parsed && rawRow) {
    out.evaluateRaw = [rawRow.medianMs / (json.medianMs + parsed.medianMs), rawRow.medianCpuMs / (json.medianCpuMs + parsed.medianCpuMs)];
  }
  return out;
}

/** The stream goal of a scale: medians of `stream-full` ÷ `baseline` (wall, CPU) and the largest peak RSS of `stream-full`. */
export function streamFigures(runs: readonly StreamRun[] | undefined): { ratio?: [number, number]; fullRssBytes?: number; failed: string[] } {
  if (runs === undefined) return { failed: [] };
  const failed = runs.filter((r) => r.error !== undefined || r.exitCode !== 0).map((r) => `${r.job} round ${r.round + 1}: ${r.error ?? `exit ${r.exitCode}`}`);
  const ok = runs.filter((r) => r.error === undefined && r.exitCode === 0);
  const base = ok.filter((r) => r.job === 'baseline');
  const full = ok.filter((r) => r.job === 'stream-full');
  const out: { ratio?: [number, number]; fullRssBytes?: number; failed: string[] } = { failed };
  if (base.length > 0 && full.length > 0) {
    const m = (xs: readonly StreamRun[], k: 'wallMs' | 'cpuMs') => quantile(xs.map((r) => r[k]), 0.5);
    out.ratio = [m(full, 'wallMs') / m(base, 'wallMs'), m(full, 'cpuMs') / m(base, 'cpuMs')];
  }
  if (full.length > 0) out.fullRssBytes = Math.max(...full.map((r) => r.maxRssMB)) * 2 ** 20;
  return out;
}

/** The size-limit entry of the whole browser bundle, of `import { evaluate }`, of the formulas only (by path, import and name). */
export function sizeLimitRoles(bytes: BytesData | undefined): { whole: number | undefined; evaluate: number | undefined; formulas: number | undefined } {
  const entries = bytes?.sizeLimit ?? [];
  const whole = entries.find((e) => /\.global\.js$/.test(e.path) || /browser bundle/i.test(e.name));
  const evaluate = entries.find((e) => e !== whole && /\{\s*evaluate\s*\}/.test(e.import ?? ''));
  const formulas = entries.find((e) => e !== whole && /formula/i.test(`${e.name} ${e.path}`));
  return { whole: whole?.bytes, evaluate: evaluate?.bytes, formulas: formulas?.bytes };
}

/** The validation table of a scale (the child's harness table), with what it checked. */
export function formatValidation(s: ScaleData): string {
  const v = s.validation;
  if (v === undefined) return `**${s.scale}: validation against JSON.parse** — not measured in this run`;
  return [
    `Checked (${s.scale}, in the child): ${v.checked}. The text read and JSON.parse'd once before timing in ${formatMs(v.readMs)}; the child's peak RSS ${formatMB(v.maxRssBytes)}.`,
    '',
    formatBenchTable(v.table),
  ].join('\n');
}

/** The threads a stream child evaluated on: the worker threads its CLI notice names, else one. */
function streamThreads(r: StreamRun): string {
  const m = /on (\d+) worker threads/.exec(r.note);
  return m !== null ? (m[1] as string) : '1';
}

/** The stream children of a scale, one row each, in the order they ran. */
export function formatStreamRuns(s: ScaleData): string {
  const runs = s.stream ?? [];
  if (runs.length === 0) return `**${s.scale}: the full evaluation streamed to a file** — not measured in this run`;
  const lines = [
    `**${s.scale}: the full evaluation streamed to a file, against the summary evaluation plus parsing** — one child process each ` +
      '(bench/stream.ts): `baseline` reads the NDJSON, `JSON.parse`s it line by line into one snapshot and runs `evaluate(input, { detail: \'summary\' })`; ' +
      '`stream-full` runs the CLI, `evaluate FILE --stream --out FILE` (every unit\'s full results written as computed, the file deleted afterwards)' +
      (runs.some((r) => streamThreads(r) !== '1')
        ? ', with its defaults: worker threads, one per core up to 4, for a file of 32 MB or more, one thread below that (the threads column, from the CLI\'s closing notice). '
        : '. ') +
      'Wall and CPU time (user + system) timed inside each child from the start of its job, loading the library\'s modules included ' +
      '(node and tsx start-up not counted); peak RSS is the whole process\'s.',
    '',
    '| job | round | threads | wall | CPU | peak RSS | output | exit | load before | load after |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const r of runs) {
    lines.push(
      r.error !== undefined
        ? `| ${r.job} | ${r.round + 1} | | failed | | | | | ${r.loadBefore} | ${r.loadAfter} |`
        : `| ${r.job} | ${r.round + 1} | ${streamThreads(r)} | ${formatMs(r.wallMs)} | ${formatMs(r.cpuMs)} | ${formatMB(r.maxRssMB * 2 ** 20)} | ${formatMB(r.outputBytes)} | ${r.exitCode} | ${r.loadBefore} | ${r.loadAfter} |`,
    );
  }
  for (const r of runs) if (r.error !== undefined) lines.push('', `${r.job}, round ${r.round + 1}: ${r.error.split('\n')[0] ?? ''}`);
  return lines.join('\n');
}

/** The bytes of a run: every size-limit entry and the bundler apps. */
export function formatBytes(data: RunData): string {
  const b = data.bytes;
  if (b === undefined) return '**Bytes** — not measured in this run';
  const lines = [
    '**Bytes** — brotli, kB of 1,000 bytes; `npx size-limit --json` over .size-limit.json on dist/, and tiny apps built from the packed package by esbuild and Vite (bench/bundlers.ts, the `browser` condition)',
    '',
    '| measurement | brotli | limit in .size-limit.json |',
    '| --- | ---: | ---: |',
    ...b.sizeLimit.map((e) => `| size-limit: ${e.name} | ${formatKB(e.bytes)} | ${e.limitBytes === undefined ? '—' : formatKB(e.limitBytes)} |`),
    ...b.bundlers.flatMap((a) => [`| esbuild: \`import { ${a.app} }\` | ${formatKB(a.esbuildBytes)} | — |`, `| Vite: \`import { ${a.app} }\` | ${formatKB(a.viteBytes)} | — |`]),
  ];
  for (const e of b.errors) lines.push('', `Failed: ${e.split('\n')[0] ?? ''}`);
  return lines.join('\n');
}

/** Whether a run measured any of issue 17's goals (runs before them render as they did). */
export function hasGoals17(data: RunData): boolean {
  return data.bytes !== undefined || data.scales.some((s) => s.validation !== undefined || s.stream !== undefined);
}

/**
 * The goals of issue 17 as ratios and sizes from the run: one row per goal, one column per scale of the run. The
 * bytes are one build, the same at every scale; their cells repeat the one measurement.
 */
export function formatGoals17(data: RunData): string {
  const scales = data.scales;
  const sizes = sizeLimitRoles(data.bytes);
  const evaluateApp = data.bytes?.bundlers.find((a) => a.app === 'evaluate');
  const bytesCell = (b: number | undefined, ok: (x: number) => boolean): string => (b === undefined ? '—' : `${formatKB(b)}: ${mark(ok(b))}`);
  const perScale = (f: (s: ScaleData) => string): string => scales.map(f).join(' | ');
  const same = (cell: string): string => scales.map(() => cell).join(' | ');
  const stream = (s: ScaleData) => streamFigures(s.stream);
  const lines = [
    '**Goals of issue 17, from this run** (wall-time ratio of medians; CPU-time ratio in brackets; the speed and memory goals are set for the national scale, ' +
      'and at county scale loading the modules is most of each stream child; bytes are brotli, kB of 1,000 bytes, one build for every scale)',
    '',
    `| goal | ${scales.map((s) => s.scale).join(' | ')} |`,
    `| --- | ${scales.map(() => '---').join(' | ')} |`,
    `| \`parseSnapshot\` ÷ \`JSON.parse\` of the same text (goal ≤ 1.5×) | ${perScale((s) => ratioCell(validationRatios(s.validation).parse, (x) => x <= GOALS_17.parseOverJson))} |`,
    `| \`evaluate(raw)\` ÷ (\`JSON.parse\` + \`evaluateSnapshot\` of the parsed data), summary (goal ≤ 1.5×) | ${perScale((s) => ratioCell(validationRatios(s.validation).evaluateRaw, (x) => x <= GOALS_17.evaluateRawOverParts))} |`,
    `| full evaluation streamed to a file ÷ (summary evaluation + parsing), in child processes (goal ≤ 2×) | ${perScale((s) => (stream(s).failed.some((f) => f.startsWith('stream-full')) ? '**failed**' : ratioCell(stream(s).ratio, (x) => x <= GOALS_17.streamOverBaseline)))} |`,
    `| peak RSS of the full evaluation streamed to a file (goal ≤ 1 GB) | ${perScale((s) => {
      const r = stream(s).fullRssBytes;
      return r === undefined ? '—' : `${formatMB(r)}: ${mark(r <= GOALS_17.streamRssBytes)}`;
    })} |`,
    `| whole browser bundle, size-limit (goal ≤ 85 kB) | ${same(bytesCell(sizes.whole, (b) => b <= GOALS_17.wholeBundleBytes))} |`,
    `| \`import { evaluate }\` through esbuild (goal ≤ 65 kB) | ${same(bytesCell(evaluateApp?.esbuildBytes, (b) => b <= GOALS_17.evaluateBundlerBytes))} |`,
    `| \`import { evaluate }\` through Vite (goal ≤ 65 kB) | ${same(bytesCell(evaluateApp?.viteBytes, (b) => b <= GOALS_17.evaluateBundlerBytes))} |`,
    `| formulas only, size-limit (goal < 11 kB) | ${same(bytesCell(sizes.formulas, (b) => b < GOALS_17.formulasBytes))} |`,
  ];
  return lines.join('\n');
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function loadRange(data: RunData): string {
  const loads = [data.header.loadStart[0] as number, data.loadEnd[0] as number];
  for (const s of data.scales) for (const t of Object.values(s.tables)) if (t) loads.push(t.loadStart, t.loadEnd);
  for (const s of data.scales) if (s.validation) loads.push(s.validation.table.loadStart, s.validation.table.loadEnd);
  if (data.cli) loads.push(data.cli.loadStart, data.cli.loadEnd);
  return `${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`;
}

/** One line naming the run, for the head of every rendered region. */
function runLine(data: RunData, linkPrefix: string): string {
  const h = data.header;
  return (
    `From one run of \`npm run bench${h.argv.length > 0 ? ` -- ${h.argv.join(' ')}` : ''}\` on ${day(h.startedAt)}, kept as ` +
    `[${data.file}](${linkPrefix}${data.file}): commit ${h.commit.slice(0, 7)}${h.dirty.length > 0 ? ' (with uncommitted changes)' : ''}, ` +
    `node ${h.node}, ${h.cpuCount} × ${h.cpuModel}, 1-minute load average ${loadRange(data)} during the run.`
  );
}

/** The headline figures table (docs/performance.md, region `figures`). */
function figuresEn(data: RunData, linkPrefix: string): string {
  const lines = [
    runLine(data, linkPrefix) + ' Median wall time per call, on data already parsed unless the column says so; ' +
      'ratios are medians ÷ medians from the same table (CPU-time ratios, IQRs and min–max in bench/RESULTS.md).',
    '',
    '| scale | units (townships) | `parseSnapshot` | `evaluateSnapshot`, `detail: \'summary\'` | ÷ floor | `evaluateSnapshot`, `detail: \'full\'` | hand-written floor | `countUnitRules`, 21 rules | json-logic-js ÷ library | json-rules-engine ÷ library |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of data.scales) {
    const ev = s.tables.evaluate;
    const parse = row(s.tables.parse, 'parseSnapshot')?.medianMs ?? childMedian(s, 'parse');
    const full = row(ev, FULL);
    const lib = row(s.tables.peers, 'library countUnitRules');
    lines.push(
      `| ${SCALE_NAMES[s.scale].en} | ${formatCount(s.units)} (${formatCount(s.townships)}) | ` +
        `${parse === undefined ? 'not in this run' : formatMs(parse)}${s.parseChildren ? ' (fresh processes)' : ''} | ` +
        `${row(ev, SUMMARY) ? formatMs((row(ev, SUMMARY) as ContenderStats).medianMs) : '—'} | ${formatRatio(row(ev, SUMMARY)?.ratio)} | ` +
        `${full ? formatMs(full.medianMs) : s.memory.full ? `${formatMs(s.memory.full.jobMs as number)} (one cold run, memory table)` : 'not timed'} | ${row(ev, 'floor') ? formatMs((row(ev, 'floor') as ContenderStats).medianMs) : '—'} | ` +
        `${lib ? formatMs(lib.medianMs) : '—'}${s.peerStep === 1 ? '' : ` (every ${s.peerStep}th unit, ${formatCount(s.peerUnits)})`} | ` +
        `${formatRatio(row(s.tables.peers, 'json-logic-js')?.ratio)} | ${formatRatio(row(s.tables.peers, 'json-rules-engine')?.ratio)} |`,
    );
  }
  for (const missing of (['longchuan', 'yunnan', 'china'] as const).filter((x) => !data.scales.some((s) => s.scale === x))) {
    lines.push(`| ${SCALE_NAMES[missing].en} | not in this run | | | | | | | | |`);
  }
  lines.push(
    '',
    'Memory (heap, MB of 2²⁰ bytes; P is the parsed snapshot\'s own heap, "extra" the most the evaluation adds on top of it at any moment, garbage included; one fresh process per scale and job):',
    '',
    '| scale | P | `detail: \'summary\'`: extra ((P + extra) ÷ P) | its result | `detail: \'full\'`: extra ((P + extra) ÷ P) | its result |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const s of data.scales) {
    const sum = heapOf(s.memory.summary);
    const full = heapOf(s.memory.full);
    lines.push(
      `| ${SCALE_NAMES[s.scale].en} | ${sum ? formatMB(sum.p) : '—'} | ${sum ? `${formatMB(sum.extra)} (${sum.ratio.toFixed(2)}×)` : '—'} | ${sum ? formatMB(sum.result) : '—'} | ` +
        `${full ? `${formatMB(full.extra)} (${full.ratio.toFixed(2)}×)` : 'not measured in this run'} | ${full ? formatMB(full.result) : '—'} |`,
    );
  }
  if (hasGoals17(data)) {
    lines.push(
      '',
      "Issue 17's goals (validation and `evaluate(raw)` timed in one fresh process per scale; the stream and its baseline " +
        'in child processes; bytes from size-limit and real bundlers; how each is measured: bench/README.md):',
      '',
      formatGoals17(data),
    );
  }
  return lines.join('\n');
}

/** The worker-threads table (docs/performance.md, region `threads`). */
function threadsEn(data: RunData, linkPrefix: string): string {
  const lines = [
    runLine(data, linkPrefix),
    '',
    '| scale | one pass | two shares, one thread | two worker threads |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const s of data.scales) {
    const t = s.tables.threads;
    const one = row(t, 'one pass');
    lines.push(
      `| ${SCALE_NAMES[s.scale].en} | ${one ? formatMs(one.medianMs) : '—'} | ${formatRatio(row(t, '2 shares, this thread')?.ratio)} | ${formatRatio(row(t, '2 worker threads')?.ratio)} |`,
    );
  }
  return lines.join('\n');
}

/** Milliseconds and seconds in Chinese (毫秒, 秒, 微秒), from the printed form. */
function zhTime(printed: string): string {
  return printed.replace(/ µs$/, ' 微秒').replace(/ ms$/, ' 毫秒').replace(/ s$/, ' 秒');
}

/** The guides' table, English or Chinese (regions `figures-en`, `figures-zh`). */
function figuresGuide(data: RunData, zh: boolean, linkPrefix: string): string {
  const h = data.header;
  const lines = [
    zh
      ? `以下数字来自 ${day(h.startedAt)} 的一次 \`npm run bench${h.argv.length > 0 ? ` -- ${h.argv.join(' ')}` : ''}\` 运行，原始输出保存在 ` +
        `[${data.file}](${linkPrefix}${data.file})（提交 ${h.commit.slice(0, 7)}${h.dirty.length > 0 ? '，含未提交的修改' : ''}，node ${h.node}，` +
        `${h.cpuCount} 核 ${h.cpuModel}，运行期间 1 分钟平均负载 ${loadRange(data)}）。每次调用的墙钟时间中位数；评估均在已解析的数据上进行。`
      : runLine(data, linkPrefix) + ' Median wall time per call; the evaluations run on a snapshot already parsed.',
    '',
    zh
      ? '| 规模 | 单位数（乡级） | `parseSnapshot` | `evaluateSnapshot`，`detail: \'full\'` | `evaluateSnapshot`，`detail: \'summary\'` | 汇总评估的峰值堆内存：输入 + 额外 |'
      : '| scale | units (townships) | `parseSnapshot` | `evaluateSnapshot`, `detail: \'full\'` | `evaluateSnapshot`, `detail: \'summary\'` | peak heap of the summary evaluation: parsed input + extra |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const t = (printed: string): string => (zh ? zhTime(printed) : printed);
  for (const s of data.scales) {
    const ev = s.tables.evaluate;
    const parse = row(s.tables.parse, 'parseSnapshot')?.medianMs ?? childMedian(s, 'parse');
    const full = row(ev, FULL);
    const sum = row(ev, SUMMARY);
    const heap = heapOf(s.memory.summary);
    lines.push(
      `| ${zh ? SCALE_NAMES[s.scale].zh : SCALE_NAMES[s.scale].en} | ${formatCount(s.units)}${zh ? '（' : ' ('}${formatCount(s.townships)}${zh ? '）' : ')'} | ` +
        `${parse === undefined ? (zh ? '本次未测' : 'not in this run') : t(formatMs(parse))} | ` +
        `${full ? t(formatMs(full.medianMs)) : s.memory.full ? `${t(formatMs(s.memory.full.jobMs as number))}${zh ? '（冷启动一次）' : ' (one cold run)'}` : zh ? '未计时' : 'not timed'} | ` +
        `${sum ? t(formatMs(sum.medianMs)) : '—'} | ${heap ? `${formatMB(heap.p)} + ${formatMB(heap.extra)}${zh ? '（' : ' ('}${heap.ratio.toFixed(2)}${zh ? ' 倍）' : '×)'}` : '—'} |`,
    );
  }
  for (const missing of (['longchuan', 'yunnan', 'china'] as const).filter((x) => !data.scales.some((s) => s.scale === x))) {
    lines.push(`| ${zh ? SCALE_NAMES[missing].zh : SCALE_NAMES[missing].en} | ${zh ? '本次未测' : 'not in this run'} | | | | |`);
  }
  return lines.join('\n');
}

/** Notes on what the run left out or could not meet, derived from its data (no figure that is not in it). */
function caveats(data: RunData): string[] {
  const out: string[] = [];
  const has = (x: Scale): boolean => data.scales.some((s) => s.scale === x);
  const missing = (['longchuan', 'yunnan', 'china'] as const).filter((x) => !has(x));
  if (missing.length > 0) {
    out.push(`**Not in this run:** ${missing.join(', ')}. Run \`npm run bench\` (every scale) to measure ${missing.length === 1 ? 'it' : 'them'}.`);
  }
  const china = data.scales.find((s) => s.scale === 'china');
  if (china && !china.parseChildren) out.push('**National parsing not measured** (`--quick`).');
  if (china && !china.memory.full) {
    out.push(
      "**The full national evaluation** (`detail: 'full'`, one result per unit and rule) is not timed: `npm run bench -- china --full-national` " +
        'adds a memory child that runs it once (its cold time is in the memory table then).',
    );
  }
  if (hasGoals17(data)) {
    const without = data.scales.filter((s) => s.validation === undefined || s.stream === undefined).map((s) => s.scale);
    if (without.length > 0) {
      out.push(
        `**Issue 17's validation and stream goals not measured** at ${without.join(', ')}${data.quick ? ' (`--quick` leaves them out nationally)' : ''}.`,
      );
    }
    const failed = data.scales.flatMap((s) => streamFigures(s.stream).failed.map((f) => `${s.scale} ${f.split('\n')[0] ?? ''}`));
    if (failed.length > 0) out.push(`**Stream children that failed:** ${failed.join('; ')}.`);
    if (data.bytes && data.bytes.errors.length > 0) out.push(`**Bytes not (all) measured:** ${data.bytes.errors.map((e) => e.split('\n')[0]).join('; ')}.`);
  }
  if (data.header.dirty.length > 0) out.push(`**Uncommitted changes** were present (${data.header.dirty.length} path(s), listed in the kept file's header).`);
  if (Math.max(data.header.loadStart[0] as number, data.loadEnd[0] as number) > data.header.cpuCount) {
    out.push(
      `**Busy machine:** the 1-minute load average was above the ${data.header.cpuCount} cores at some point (${loadRange(data)}); wall times ` +
        'include waiting for a core. Contenders alternate round by round, so ratios within one table are fairer than absolute times; ' +
        'CPU-time ratios are given beside them.',
    );
  }
  return out;
}

/** bench/RESULTS.md from a run. */
export function renderResults(data: RunData): string {
  const h = data.header;
  const out: string[] = [
    `<!-- bench:source ${data.file} -->`,
    '<!-- GENERATED by bench/render.ts from the kept run named above: do not edit; run npm run bench (or npx tsx bench/render.ts FILE). -->',
    '',
    '# Benchmark results',
    '',
    `One run of \`npm run bench\`, rendered from its output as kept in [${data.file.replace(/^bench\//, '')}](${data.file.replace(/^bench\//, '')}). ` +
      'Every figure on this page is in that file, printed by the run itself. How the data are made and how each figure is ' +
      'measured, and why each peer is set up the way it is: [README.md](README.md).',
    '',
    `- **Command:** \`npm run bench${h.argv.length > 0 ? ` -- ${h.argv.join(' ')}` : ''}\` (\`node --expose-gc --max-old-space-size=12288 --import tsx bench/run.ts\`)`,
    `- **When:** ${h.startedAt} to ${data.endedAt} (${formatMs(data.durationMs)})`,
    `- **Commit:** ${h.commit} (${h.commitSubject}); git status ${h.dirty.length === 0 ? 'clean' : `**dirty** (${h.dirty.length} path(s))`}`,
    `- **Machine:** ${h.cpuCount} × ${h.cpuModel} (${h.arch}), ${(h.totalMemBytes / 2 ** 30).toFixed(1)} GiB RAM; node ${h.node}; --expose-gc ${h.exposeGc ? 'on' : 'off'}`,
    `- **Load average** (1, 5, 15 min): ${h.loadStart.map((x) => x.toFixed(2)).join(', ')} at the start, ${data.loadEnd.map((x) => x.toFixed(2)).join(', ')} at the end; each table gives its own.`,
    '',
    '## Goals',
    '',
    formatGoals(data),
    '',
    ...(hasGoals17(data) ? [formatGoals17(data), ''] : []),
    ...caveats(data).flatMap((c) => [`- ${c}`]),
    '',
    '## How to read the tables',
    '',
    '- Contenders run in the same process, in an order rotated each round, after warm-up rounds that also size the ' +
      'batches: a call shorter than the minimum sample (`minSampleMs` of bench/harness.ts) is repeated within a sample ("calls × sample": the batch ' +
      'and the median sample\'s length), and the time per call is the sample ÷ the calls. Median, interquartile range ' +
      '(IQR: first to third quartile) and min–max are over the measured rounds; median CPU is `process.cpuUsage` per call, ' +
      "which counts V8's GC helper threads too.",
    '- Ratios are medians ÷ the baseline\'s median in the same table ("× floor"), by wall and by CPU time. Read ratios ' +
      'within one table; do not compare absolute times across runs or tables.',
    '- Before any table is timed, each contender\'s results are checked equal to the library\'s (the "Checked:" lines).',
    '- The national parse measurements run one fresh process each (bench/parseChild.ts): in the runner, a national ' +
      'parse also carries the runner\'s own heap (another parsed snapshot, earlier tables\' garbage), which slows it by ' +
      'an amount that depends on what ran before; a fresh process measures what a caller that reads a file and parses it pays.',
    ...(hasGoals17(data)
      ? [
          "- Issue 17's goals: `parseSnapshot` ÷ `JSON.parse` and `evaluate(raw)` ÷ (`JSON.parse` + `evaluateSnapshot`) are ratios " +
            'of medians from one table per scale, timed in a fresh child (`bench/validation.ts --goal`), where `JSON.parse` parses the ' +
            "same text line by line as the cache stores it. The stream's ratio is the median wall (CPU) time of the `stream-full` " +
            'children ÷ that of the `baseline` children, each a whole process; its peak RSS is the largest of the `stream-full` children. ' +
            'Bytes are brotli: the whole bundle and the formulas from size-limit, `import { evaluate }` from esbuild and Vite builds of the packed package.',
        ]
      : []),
    '',
  ];
  for (const s of data.scales) {
    out.push(
      `## ${SCALE_NAMES[s.scale].title}`,
      '',
      `${s.scale}: ${formatCount(s.units)} units in ${formatCount(s.townships)} townships (${formatMB(s.fileBytes)} of NDJSON; read ${formatMs(s.readMs)}, parsed once in ${formatMs(s.parseMs)})`,
      '',
      ...s.checks.map((c) => `- Checked: ${c}`),
      '',
    );
    for (const t of [s.tables.evaluate, s.tables.peers, s.tables.threads, s.tables.parse]) if (t) out.push(formatBenchTable(t), '');
    if (s.parseChildren) out.push(formatParseChildren(s), '');
    if (s.validation) out.push(formatValidation(s), '');
    if (s.stream) out.push(formatStreamRuns(s), '');
  }
  out.push('## Memory', '', formatMemoryTable(data), '');
  if (data.bytes) out.push('## Bytes', '', formatBytes(data), '');
  out.push('## CLI start-up', '');
  if (data.cli) out.push(`${data.cliBuild ?? ''}.`, '', formatCliStartup(data.cli), '');
  else out.push('Not measured in this run.', '');
  out.push(
    'The comparison of the CLI with its previous build (dependencies external, the date-fns barrel), which issue 19 ' +
      'asked for, is a separate kept run: [results/cli-startup-2026-12-06.txt](results/cli-startup-2026-12-06.txt).',
    '',
  );
  return `${out.join('\n').trimEnd()}\n`;
}

/** The regions of the docs, by file (relative to the repository root) and region name. */
export function renderRegions(data: RunData): Record<string, Record<string, string>> {
  return {
    'docs/performance.md': { figures: figuresEn(data, '../'), threads: threadsEn(data, '../') },
    'docs/guides/performance.en.md': { 'figures-en': figuresGuide(data, false, '../../') },
    'docs/guides/performance.zh.md': { 'figures-zh': figuresGuide(data, true, '../../') },
  };
}

/** `text` with each `<!-- bench:NAME -->…<!-- /bench:NAME -->` region refilled; throws when a region is absent. */
export function refill(text: string, regions: Record<string, string>, file: string): string {
  let out = text;
  for (const [name, body] of Object.entries(regions)) {
    const re = new RegExp(`<!-- bench:${name} -->\\n[\\s\\S]*?<!-- /bench:${name} -->`);
    if (!re.test(out)) throw new Error(`${file}: no <!-- bench:${name} --> region`);
    out = out.replace(re, () => `<!-- bench:${name} -->\n${body}\n<!-- /bench:${name} -->`);
  }
  return out;
}

/** The kept run RESULTS.md names (`<!-- bench:source FILE -->`), relative to the repository root. */
export function sourceOfResults(resultsText: string): string {
  const m = /<!-- bench:source (\S+) -->/.exec(resultsText);
  if (!m) throw new Error('bench/RESULTS.md names no kept run (<!-- bench:source FILE -->)');
  return m[1] as string;
}

/** Every file rendered from a kept run, with its expected content. */
export function rendered(keptRel: string): Map<string, string> {
  const root = repoRoot();
  const data = readRunData(readFileSync(join(root, keptRel), 'utf8'));
  data.file = keptRel;
  const out = new Map<string, string>([['bench/RESULTS.md', renderResults(data)]]);
  for (const [file, regions] of Object.entries(renderRegions(data))) {
    out.set(file, refill(readFileSync(join(root, file), 'utf8'), regions, file));
  }
  return out;
}

/** Write RESULTS.md and the docs' regions from a kept run; returns the files written (relative paths). */
export function writeRendered(kept: string): string[] {
  const root = repoRoot();
  const rel = relative(root, resolve(root, kept)).split('\\').join('/');
  const files = rendered(rel);
  for (const [file, text] of files) writeFileSync(join(root, file), text);
  return [...files.keys()];
}

/** Files whose content differs from what the kept run RESULTS.md names renders. */
export function staleRendered(): string[] {
  const root = repoRoot();
  const kept = sourceOfResults(readFileSync(join(root, 'bench', 'RESULTS.md'), 'utf8'));
  return [...rendered(kept)].filter(([file, text]) => readFileSync(join(root, file), 'utf8') !== text).map(([file]) => file);
}

if (process.argv[1] !== undefined && /[\\/]bench[\\/]render\.ts$/.test(resolve(process.argv[1]))) {
  const args = process.argv.slice(2);
  if (args.includes('--check')) {
    const stale = staleRendered();
    if (stale.length > 0) {
      console.error(`stale (run npx tsx bench/render.ts): ${stale.join(', ')}`);
      process.exit(1);
    }
  } else {
    const kept = args[0] ?? sourceOfResults(readFileSync(join(repoRoot(), 'bench', 'RESULTS.md'), 'utf8'));
    for (const f of writeRendered(kept)) console.log(`rendered ${f}`);
  }
}
