/**
 * Child process for parsing at national scale, one measurement per fresh process: reads one scale's cached snapshot
 * (not timed), then times one job on the raw JSON objects, wall and CPU time, and reports to the parent
 * (`measurePeakRss`, bench/harness.ts).
 *
 * `node --expose-gc bench/.cache/build/parseChild.mjs <scale> <parse|evaluate-raw>`: `parse` is `parseSnapshot(raw)`,
 * `evaluate-raw` is `evaluate(raw, { detail: 'summary' })` (validation and the summary evaluation in one call).
 *
 * Why a fresh process: a national parse takes tens of seconds with the raw JSON (about 1.5 GB of objects) and the
 * parsed snapshot alive together. Timed inside the runner, it also carries the runner's own heap (another parsed
 * snapshot, the earlier tables' garbage), and the figure depends on what ran before; in a fresh process it is what
 * a caller that reads a file and parses it pays.
 *
 * @module
 */
import { resolve } from 'node:path';
import { evaluate } from '../src/evaluate/index';
import { parseSnapshot } from '../src/snapshot/index';
import { cachePath, readCacheMeta, readSnapshotFile, SCALES, type Scale } from './generate';
import { collectGarbage, reportToParent } from './harness';

/** The jobs, by name. */
export const PARSE_JOBS: Readonly<Record<string, (raw: unknown) => unknown>> = {
  parse: (raw) => parseSnapshot(raw),
  'evaluate-raw': (raw) => evaluate(raw, { detail: 'summary' }),
};

function main(argv: readonly string[]): void {
  const scale = argv[0] as Scale;
  const job = argv[1] ?? 'parse';
  const run = PARSE_JOBS[job];
  if (!SCALES.includes(scale) || run === undefined) {
    console.error(`usage: node --expose-gc bench/.cache/build/parseChild.mjs <${SCALES.join('|')}> [${Object.keys(PARSE_JOBS).join('|')}]`);
    process.exit(2);
  }
  if (!readCacheMeta(scale)) {
    console.error(`bench/parseChild.ts: no cache for ${scale}; run npx tsx bench/generate.ts ${scale} first`);
    process.exit(2);
  }
  let t = performance.now();
  const raw = readSnapshotFile(cachePath(scale));
  const readMs = performance.now() - t;
  collectGarbage();
  const cpu0 = process.cpuUsage();
  t = performance.now();
  const result = run(raw);
  const jobMs = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  reportToParent({ scale, job, readMs, jobMs, jobCpuMs: (cpu.user + cpu.system) / 1000, resultKept: result !== null });
}

if (process.argv[1] !== undefined && /[\\/]parseChild\.(?:ts|mjs)$/.test(resolve(process.argv[1]))) {
  main(process.argv.slice(2));
}
