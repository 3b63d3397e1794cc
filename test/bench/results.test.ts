/**
 * bench/RESULTS.md and the figures of the performance docs come from one kept benchmark run (issue 19): the files
 * are what bench/render.ts renders from the run RESULTS.md names, and every figure the docs state can be found in
 * that run's output as it was printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCliStartup } from '../../bench/cliStartup';
import { formatCount, formatMB, formatMs, type BenchTable } from '../../bench/harness';
import { formatHeader, type RunHeader } from '../../bench/record';
import {
  formatBytes,
  formatGoals,
  formatGoals17,
  formatMemoryTable,
  formatStreamRuns,
  formatValidation,
  hasGoals17,
  refill,
  readRunData,
  renderRegions,
  renderResults,
  sourceOfResults,
  staleRendered,
  VALIDATION_ROWS,
  type RunData,
  type ScaleData,
  type StreamRun,
} from '../../bench/render';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const results = read('bench/RESULTS.md');
const keptFile = sourceOfResults(results);
const kept = read(keptFile);

/**
 * Figures with a unit of time, size or ratio, outside code blocks, written as the run prints them. The size budgets
 * (the generated `size-limits` region) are limits checked by size-limit, not measurements of this run.
 */
function figures(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/<!-- generated:size-limits -->[\s\S]*?<!-- \/generated:size-limits -->/g, '');
  const normal = prose
    .replace(/(\d) ?微秒/g, '$1 µs')
    .replace(/(\d) ?毫秒/g, '$1 ms')
    .replace(/(\d) ?秒/g, '$1 s')
    .replace(/(\d) 倍/g, '$1×');
  return [...normal.matchAll(/\d[\d,]*(?:\.\d+)?(?: ?(?:µs|ms|s|MB|GB|kB)\b|×)/g)].map((m) => m[0]);
}

/** Whether `text` prints `figure` as a whole figure ("50 ms" is not found inside "150 ms" or "2.50 ms"). */
function printed(text: string, figure: string): boolean {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d])`).test(text);
}

describe('benchmark results come from one kept run', () => {
  it('RESULTS.md names a kept run under bench/results/', () => {
    expect(keptFile).toMatch(/^bench\/results\/bench-[a-z0-9-]*\d{4}-\d\d-\d\d\.txt$/);
  });

  it('the kept run records the commit, git status, machine and load average, and ends with its data', () => {
    expect(kept).toMatch(/^# commit [0-9a-f]{40} /m);
    expect(kept).toMatch(/^# git status: (clean|DIRTY)/m);
    expect(kept).toMatch(/^# node v\d+\.\d+\.\d+ .* CPU|^# node v\d+\.\d+\.\d+ \(\w+\); \d+ × /m);
    expect(kept).toMatch(/^# load average at the start \(1, 5, 15 min\): [\d.]+, [\d.]+, [\d.]+$/m);
    expect(kept).toMatch(/^# ended .* load average at the end/m);
    const data = readRunData(kept);
    expect(data.scales.length).toBeGreaterThan(0);
    expect(data.cli?.rows[0]?.name).toBe('node -e 0 (baseline)');
  });

  it('RESULTS.md and the docs regions are what the kept run renders (npx tsx bench/render.ts)', () => {
    expect(staleRendered()).toEqual([]);
  });

  for (const file of ['bench/RESULTS.md', 'docs/performance.md', 'docs/guides/performance.en.md', 'docs/guides/performance.zh.md']) {
    it(`every figure stated in ${file} is in the kept run's output (or in another kept run the page links to)`, () => {
      const text = read(file);
      // Other kept outputs the page cites by path (bench/results/stream-….txt and the like) may source figures too.
      const cited = [...new Set([...text.matchAll(/bench\/results\/[\w.-]+\.txt/g)].map((m) => m[0]))].map(read);
      const found = figures(text);
      expect(found.length).toBeGreaterThan(5);
      expect(found.filter((f) => !printed(kept, f) && !cited.some((c) => printed(c, f)))).toEqual([]);
    });
  }

  it('a figure counts only where the run printed it whole', () => {
    expect(printed('| x | 150 ms | 2.50 ms |', '50 ms')).toBe(false);
    expect(printed('| x | 150 ms | 50 ms |', '50 ms')).toBe(true);
    expect(printed('(1.2×)', '1.2×')).toBe(true);
    expect(printed('11.2×', '1.2×')).toBe(false);
  });

  it('the figure check finds a figure the run did not print', () => {
    expect(figures('Parsing takes 12.34 ms, 5.6× the floor; 解析耗时 7.89 毫秒（3.21 倍）.')).toEqual(['12.34 ms', '5.6×', '7.89 ms', '3.21×']);
    expect(figures('```sh\nnpm run bench  # 20 s\n```\n')).toEqual([]);
  });

  it("when the kept run measured issue 17's goals, RESULTS.md and docs/performance.md state its goal table as the run printed it", () => {
    const data = readRunData(kept);
    // Runs before issue 17's goals were in npm run bench (such as bench-longchuan-yunnan-2026-12-06.txt) have none.
    if (!hasGoals17(data)) return;
    const table = formatGoals17(data);
    expect(kept).toContain(table);
    expect(results).toContain(table);
    expect(read('docs/performance.md')).toContain(table);
    expect(table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| goal') && !l.startsWith('| ---')).length).toBe(8);
  });

  it('a region refilled from another run differs (the staleness check can fail)', () => {
    const doc = '<!-- bench:figures -->\nold\n<!-- /bench:figures -->\n';
    expect(refill(doc, { figures: 'new' }, 'x.md')).toBe('<!-- bench:figures -->\nnew\n<!-- /bench:figures -->\n');
    expect(() => refill('no region', { figures: 'new' }, 'x.md')).toThrow(/no <!-- bench:figures --> region/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Issue 17's goals rendered from a synthetic run: the real national run is made once, so the rendering is tried here.
// ---------------------------------------------------------------------------------------------------------------

function table(name: string, rows: readonly [string, number, number][]): BenchTable {
  const base = rows[0] as [string, number, number];
  return {
    name,
    units: 77,
    rounds: 3,
    warmup: 2,
    baseline: base[0],
    gcBetweenSamples: true,
    loadStart: 0.5,
    loadEnd: 0.6,
    minSampleMs: 50,
    rows: rows.map(([n, ms, cpu]) => ({
      name: n,
      medianMs: ms,
      minMs: ms,
      maxMs: ms,
      callsPerSample: 1,
      samplesMs: [ms, ms, ms],
      q1Ms: ms,
      q3Ms: ms,
      medianSampleMs: ms,
      medianCpuMs: cpu,
      unitsPerSecond: 77_000 / ms,
      ratio: ms / base[1],
      cpuRatio: cpu / base[2],
    })),
  };
}

function stream(job: string, round: number, wallMs: number, cpuMs: number, maxRssMB: number): StreamRun {
  return { job, round, wallMs, cpuMs, maxRssMB, outputBytes: job === 'baseline' ? 0 : 5 * 2 ** 20, exitCode: 0, note: '', loadBefore: '0.50 0.40 0.30', loadAfter: '0.60 0.40 0.30' };
}

function scale(name: ScaleData['scale'], extra: Partial<ScaleData>): ScaleData {
  return { scale: name, units: 77, townships: 10, fileBytes: 82_000, generated: false, readMs: 3, parseMs: 4, peerStep: 1, peerUnits: 77, peerRules: 21, checks: [], tables: {}, memory: {}, ...extra };
}

/** A run of two scales: Longchuan with every goal measured, Yunnan without validation and with its stream child failed. */
function syntheticRun(): RunData {
  const header: RunHeader = {
    startedAt: '2026-12-07T02:30:00.000Z',
    day: '2026-12-07',
    argv: ['longchuan', 'yunnan'],
    commit: 'a'.repeat(40),
    commitSubject: 'synthetic',
    dirty: [],
    node: 'v20.20.2',
    arch: 'x64',
    cpuModel: 'Test CPU',
    cpuCount: 2,
    totalMemBytes: 8 * 2 ** 30,
    loadStart: [0.5, 0.4, 0.3],
    exposeGc: true,
  };
  return {
    version: 1,
    file: 'bench/results/bench-synthetic-2026-12-07.txt',
    header,
    quick: false,
    fullNational: false,
    scales: [
      scale('longchuan', {
        validation: {
          checked: 'evaluate(raw) equals the evaluation of the parsed data',
          readMs: 5,
          maxRssBytes: 300 * 2 ** 20,
          table: table('longchuan: validation against JSON.parse of the same text (issue 17)', [
            [VALIDATION_ROWS.json, 100, 110],
            [VALIDATION_ROWS.parse, 120, 99],
            [VALIDATION_ROWS.evaluateParsed, 50, 55],
            [VALIDATION_ROWS.evaluateRaw, 240, 330],
          ]),
        },
        stream: [
          stream('baseline', 0, 10_000, 8_000, 400),
          stream('stream-full', 0, 20_000, 27_000, 500),
          stream('stream-full', 1, 24_000, 18_000, 1_100),
          stream('baseline', 1, 12_000, 9_000, 420),
          stream('baseline', 2, 11_000, 10_000, 410),
          stream('stream-full', 2, 22_000, 20_000, 700),
        ],
      }),
      scale('yunnan', {
        stream: [
          stream('baseline', 0, 10_000, 8_000, 400),
          { ...stream('stream-full', 0, Number.NaN, Number.NaN, Number.NaN), exitCode: -1, error: 'exit 1: out of memory' },
        ],
      }),
    ],
    cli: { rounds: 3, loadStart: 0.5, loadEnd: 0.5, rows: [{ name: 'node -e 0 (baseline)', medianMs: 40, q1Ms: 40, q3Ms: 40, minMs: 40, maxMs: 40, ratio: 1 }] },
    bytes: {
      sizeLimit: [
        { name: 'browser bundle (IIFE, every dependency inlined)', path: 'dist/browser/longchuan-community-plan.global.js', bytes: 85_000, limitBytes: 90_000 },
        { name: 'import { evaluate }', path: 'dist/index.js', import: '{ evaluate }', bytes: 70_000, limitBytes: 70_000 },
        { name: 'indicator definitions and formulas only', path: 'dist/index.js', import: '{ INDICATORS, computeIndicator }', bytes: 11_000, limitBytes: 12_000 },
      ],
      bundlers: [{ app: 'evaluate', esbuildBytes: 65_400, viteBytes: 64_990 }],
      errors: [],
    },
    loadEnd: [0.6, 0.4, 0.3],
    endedAt: '2026-12-07T02:40:00.000Z',
    durationMs: 600_000,
  };
}

/** What bench/run.ts prints of such a run (its header, the tables of issue 17, the memory, the bytes, the goals). */
function printedBy(data: RunData): string {
  return [
    formatHeader(data.header),
    ...data.scales.map(
      (s) =>
        `### ${s.scale}: ${formatCount(s.units)} units in ${formatCount(s.townships)} townships (${formatMB(s.fileBytes)} of NDJSON, cached; ` +
        `read ${formatMs(s.readMs)}, parsed once in ${formatMs(s.parseMs)})`,
    ),
    ...data.scales.flatMap((s) => [formatValidation(s), formatStreamRuns(s)]),
    formatMemoryTable(data),
    formatCliStartup(data.cli!),
    formatBytes(data),
    formatGoals(data),
    formatGoals17(data),
    `# ended ${data.endedAt} after ${formatMs(data.durationMs)}`,
  ].join('\n\n');
}

describe("issue 17's goals, rendered from a synthetic run", () => {
  const data = syntheticRun();
  const goals = formatGoals17(data);
  const rowOf = (start: string): string => goals.split('\n').find((l) => l.startsWith(`| ${start}`)) ?? '';

  it('one row per goal, one column per scale of the run', () => {
    expect(goals).toMatch(/^\*\*Goals of issue 17, from this run\*\*/);
    expect(goals).toContain('| goal | longchuan | yunnan |');
    expect(goals.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| goal') && !l.startsWith('| ---'))).toHaveLength(8);
  });

  it('validation: parseSnapshot ÷ JSON.parse, and evaluate(raw) ÷ (JSON.parse + evaluateSnapshot), wall and CPU', () => {
    // 120 ÷ 100 = 1.20 by wall time, 99 ÷ 110 = 0.90 by CPU time: both within 1.5×. Yunnan has no validation table.
    expect(rowOf('`parseSnapshot`')).toBe('| `parseSnapshot` ÷ `JSON.parse` of the same text (goal ≤ 1.5×) | 1.20× (0.90×): met | — |');
    // 240 ÷ (100 + 50) = 1.60, 330 ÷ (110 + 55) = 2.00: both above 1.5×.
    expect(rowOf('`evaluate(raw)`')).toBe(
      '| `evaluate(raw)` ÷ (`JSON.parse` + `evaluateSnapshot` of the parsed data), summary (goal ≤ 1.5×) | 1.60× (2.00×): **not met** | — |',
    );
  });

  it('stream: medians of the children (wall 22 s ÷ 11 s, CPU 20 s ÷ 9 s), the largest peak RSS, a failed child said so', () => {
    expect(rowOf('full evaluation streamed')).toContain('| 2.00× (2.22×): met by wall time, **not met** by CPU time | **failed** |');
    // The largest of 500, 1,100 and 700 MB; 1 GB is 1,024 MB. Yunnan's only stream-full child failed: no figure.
    expect(rowOf('peak RSS')).toContain('| 1100.0 MB: **not met** | — |');
  });

  it('bytes: at the limit is within "≤", not within "<"; each cell repeats the one build', () => {
    expect(rowOf('whole browser bundle')).toContain('| 85.00 kB: met | 85.00 kB: met |');
    expect(rowOf('`import { evaluate }` through esbuild')).toContain('| 65.40 kB: **not met** |');
    expect(rowOf('`import { evaluate }` through Vite')).toContain('| 64.99 kB: met |');
    expect(rowOf('formulas only')).toContain('| 11.00 kB: **not met** |');
  });

  it('RESULTS.md and docs/performance.md carry the goal table, and every figure they state is one the run printed', () => {
    const printedText = printedBy(data);
    const resultsMd = renderResults(data);
    const perf = renderRegions(data)['docs/performance.md']!['figures']!;
    expect(resultsMd).toContain(goals);
    expect(perf).toContain(goals);
    expect(resultsMd).toContain(formatValidation(data.scales[0]!));
    expect(resultsMd).toContain(formatStreamRuns(data.scales[0]!));
    expect(resultsMd).toContain('## Bytes');
    expect(resultsMd).toMatch(/Stream children that failed:\*\* yunnan stream-full round 1: exit 1: out of memory/);
    for (const text of [resultsMd, perf]) {
      const found = figures(text);
      expect(found.length).toBeGreaterThan(10);
      expect(found.filter((f) => !printed(printedText, f))).toEqual([]);
    }
  });

  it('a run without issue 17 renders as runs before it did (no goal table, no bytes section)', () => {
    const { bytes: _b, ...rest } = data;
    const old: RunData = { ...rest, scales: data.scales.map(({ validation: _v, stream: _s, ...s }) => s) };
    expect(hasGoals17(old)).toBe(false);
    expect(renderResults(old)).not.toContain('issue 17');
    expect(renderRegions(old)['docs/performance.md']!['figures']).not.toContain('issue 17');
  });
});
