/**
 * How long the built CLI (dist/cli.js, after `npm run build`) takes to start, as a ratio to `node -e 0` measured in
 * the same run. Contenders alternate round by round (each round in the order rotated by the round), so a busy machine
 * slows them alike; medians, quartiles and ratios are reported with the machine's load average at the start and the
 * end. `npm run bench` runs {@link measureCliStartup} after the scales; as a script:
 *
 *   npx tsx bench/cliStartup.ts [rounds]        # BASELINE_CLI=path adds another build of the CLI as contenders
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { quantile } from './harness';

const ROOT = join(import.meta.dirname, '..');
/** The built CLI the benchmark starts. */
export const CLI = join(ROOT, 'dist', 'cli.js');

/** One command's start-up times. */
export interface CliStartupRow {
  readonly name: string;
  readonly medianMs: number;
  readonly q1Ms: number;
  readonly q3Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Median ÷ the median of `node -e 0`. */
  readonly ratio: number;
}

/** What {@link measureCliStartup} returns (plain JSON). */
export interface CliStartupResult {
  readonly rounds: number;
  readonly loadStart: number;
  readonly loadEnd: number;
  readonly rows: readonly CliStartupRow[];
}

/** The commands timed: the baseline first. */
function contenders(baselineCli: string | undefined): readonly (readonly [string, readonly string[]])[] {
  return [
    ['node -e 0 (baseline)', ['-e', '0']],
    ['cli --version', [CLI, '--version']],
    ['cli evaluate --sample --format json', [CLI, 'evaluate', '--sample', '--format', 'json']],
    ['cli evaluate --sample (text report)', [CLI, 'evaluate', '--sample']],
    ...(baselineCli === undefined
      ? []
      : ([
          ['baseline cli --version', [baselineCli, '--version']],
          ['baseline cli evaluate --sample --format json', [baselineCli, 'evaluate', '--sample', '--format', 'json']],
        ] as const)),
  ];
}

function once(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

/**
 * Start each command `rounds` times, alternating (one unmeasured start of each first, to warm the file cache), and
 * return the medians and ratios to `node -e 0`. Throws when dist/cli.js is missing.
 */
export function measureCliStartup(rounds = 15, baselineCli?: string): CliStartupResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const list = contenders(baselineCli);
  const loadStart = loadavg()[0] as number;
  const times = list.map(() => [] as number[]);
  for (const [, args] of list) once(args);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < list.length; k++) {
      const i = (k + r) % list.length;
      (times[i] as number[]).push(once((list[i] as (typeof list)[number])[1]));
    }
  }
  const loadEnd = loadavg()[0] as number;
  const base = quantile(times[0] as number[], 0.5);
  return {
    rounds,
    loadStart,
    loadEnd,
    rows: list.map(([name], i) => {
      const xs = times[i] as number[];
      const medianMs = quantile(xs, 0.5);
      return { name, medianMs, q1Ms: quantile(xs, 0.25), q3Ms: quantile(xs, 0.75), minMs: Math.min(...xs), maxMs: Math.max(...xs), ratio: medianMs / base };
    }),
  };
}

/** The Markdown table of a start-up measurement. */
export function formatCliStartup(r: CliStartupResult): string {
  return [
    `**CLI start-up** — dist/cli.js against \`node -e 0\`, ${r.rounds} rounds, order rotated each round; ` +
      `load average ${r.loadStart.toFixed(2)} at the start, ${r.loadEnd.toFixed(2)} at the end`,
    '',
    '| command | median | IQR | min–max | ÷ node -e 0 | over node -e 0 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.rows.map(
      (x) =>
        `| ${x.name} | ${x.medianMs.toFixed(0)} ms | ${x.q1Ms.toFixed(0)}–${x.q3Ms.toFixed(0)} ms | ${x.minMs.toFixed(0)}–${x.maxMs.toFixed(0)} ms | ` +
        `${x.ratio.toFixed(2)}× | ${(x.medianMs - (r.rows[0] as CliStartupRow).medianMs).toFixed(0)} ms |`,
    ),
  ].join('\n');
}

if (process.argv[1] !== undefined && /[\\/]bench[\\/]cliStartup\.ts$/.test(resolve(process.argv[1]))) {
  const result = measureCliStartup(Number(process.argv[2] ?? 15), process.env['BASELINE_CLI']);
  console.log(`${new Date().toISOString()}; node ${process.version}; ${cpus().length} CPUs`);
  console.log(formatCliStartup(result));
}
