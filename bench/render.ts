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
 * docs/guides/performance.{en,zh}.md.
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
import { DATA_MARKER, type RunHeader } from './record';

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

function day(iso: string): string {
  return iso.slice(0, 10);
}

function loadRange(data: RunData): string {
  const loads = [data.header.loadStart[0] as number, data.loadEnd[0] as number];
  for (const s of data.scales) for (const t of Object.values(s.tables)) if (t) loads.push(t.loadStart, t.loadEnd);
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
  }
  out.push('## Memory', '', formatMemoryTable(data), '');
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
