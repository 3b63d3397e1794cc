/**
 * Child process of `measurePeakRss` (bench/harness.ts): loads one scale's cached snapshot, parses it, measures the
 * heap the parsed input takes on its own, runs one job over it and reports peak RSS and timings to the parent.
 *
 * `node --expose-gc --import tsx bench/memory.ts <scale> [job]` with job `parse` (parse only), `floor` (default),
 * `summary` (`evaluateSnapshot(snapshot, { detail: 'summary' })`) or `full` (`evaluateSnapshot(snapshot)`, every result).
 * Generate the cache first (`npx tsx bench/generate.ts <scale>`): generating here would inflate the peak.
 *
 * Reported (bytes and ms): `rssAtStartBytes` (node, the loader if any and the code, before any data), `rawJsonHeapBytes` (heap of the
 * `JSON.parse`d input after GC), `parsedInputHeapBytes` (heap of the `parseSnapshot` output alone after GC, the raw
 * JSON released), `rssBeforeJobBytes` (RSS with the parsed input loaded, the raw JSON released, sampler running),
 * `jobPeakRssBytes` (highest RSS sampled every 1 ms during the job: the job's own peak), `heapBaselineBytes` (heap
 * before any data), `heapBeforeJobBytes`, `heapAtJobEndBytes` (heap used at the job's end, before any GC; with
 * `--trace-gc` the parent also reads the heap before each GC during the job: see `measurePeakRss`), `jobResultHeapBytes`,
 * `readMs`, `parseMs`, `jobMs`, and `maxRssBytes` (the process's all-time peak, usually set while parsing, when the
 * JSON text, the raw objects and the parsed snapshot are alive together).
 *
 * @module
 */
import { resolve } from 'node:path';
import { evaluateSnapshot } from '../src/evaluate/index';
import { parseSnapshot, type Snapshot } from '../src/snapshot/index';
import { floor } from './floor';
import { cachePath, readCacheMeta, readSnapshotFile, SCALES, type Scale } from './generate';
import { heapUsedAfterGc, JOB_END, JOB_START, peakRssBytes, reportToParent, startRssSampler } from './harness';

/** The jobs a child can run over the parsed snapshot, by name. */
export const JOBS: Readonly<Record<string, (s: Snapshot) => unknown>> = {
  parse: () => undefined,
  floor: (s) => floor(s),
  summary: (s) => evaluateSnapshot(s, { detail: 'summary' }),
  full: (s) => evaluateSnapshot(s),
};

function loadRaw(scale: Scale): { value: unknown } {
  return { value: readSnapshotFile(cachePath(scale)) as unknown };
}

function parseFrom(holder: { value: unknown }): Snapshot {
  const snapshot = parseSnapshot(holder.value);
  holder.value = undefined;
  return snapshot;
}

async function main(argv: readonly string[]): Promise<void> {
  const scale = argv[0] as Scale;
  const job = argv[1] ?? 'floor';
  const run = JOBS[job];
  if (!SCALES.includes(scale) || run === undefined) {
    console.error(`usage: node --expose-gc --import tsx bench/memory.ts <${SCALES.join('|')}> [${Object.keys(JOBS).join('|')}]`);
    process.exit(2);
  }
  if (!readCacheMeta(scale)) {
    console.error(`bench/memory.ts: no cache for ${scale}; run npx tsx bench/generate.ts ${scale} first`);
    process.exit(2);
  }
  // Build the parser's lazy schemas and compile the job before the baseline, so they are not counted as input.
  run(
    parseSnapshot({
      asOf: '2024-12-31',
      regionCode: '',
      units: [{ code: '533124101001', townshipCode: '533124101', committeeType: 'resident_committee', facilityBuildingArea: '1.5' }],
    }),
  );
  const rssAtStartBytes = process.memoryUsage().rss;
  const h0 = heapUsedAfterGc();

  // The raw JSON lives in a holder emptied inside parseFrom(): a local variable set to undefined can stay reachable
  // from an interpreter register of this frame and would be counted as parsed input (it was: 320 MB at china scale).
  let t = performance.now();
  const holder = loadRaw(scale);
  const readMs = performance.now() - t;
  const rawJsonHeapBytes = heapUsedAfterGc() - h0;

  t = performance.now();
  const snapshot = parseFrom(holder);
  const parseMs = performance.now() - t;
  const parsedInputHeapBytes = heapUsedAfterGc() - h0;

  const sampler = await startRssSampler();
  const rssBeforeJobBytes = process.memoryUsage().rss;
  const heapBeforeJobBytes = process.memoryUsage().heapUsed;
  const peakBeforeJobBytes = peakRssBytes();
  // With --trace-gc, V8 prints each collection's heap before and after it; the parent reads those between these
  // markers for the job's peak heap (stdout to a pipe is synchronous on Linux, so the order holds).
  process.stdout.write(`${JOB_START}\n`);
  t = performance.now();
  const result = run(snapshot);
  const jobMs = performance.now() - t;
  const heapAtJobEndBytes = process.memoryUsage().heapUsed;
  process.stdout.write(`${JOB_END}\n`);
  const jobPeakRssBytes = await sampler.stop();
  const jobResultHeapBytes = heapUsedAfterGc() - h0 - parsedInputHeapBytes;

  reportToParent({
    scale,
    job,
    units: snapshot.units.length,
    rssAtStartBytes,
    rawJsonHeapBytes,
    parsedInputHeapBytes,
    rssBeforeJobBytes,
    heapBaselineBytes: h0,
    heapBeforeJobBytes,
    heapAtJobEndBytes,
    peakBeforeJobBytes,
    jobPeakRssBytes,
    jobResultHeapBytes,
    readMs,
    parseMs,
    jobMs,
    resultKept: result !== null, // keeps the result alive until the report
  });
}

// Run as a script, from source (tsx) or bundled (bench/.cache/build/memory.mjs).
if (process.argv[1] !== undefined && /[\\/]memory\.(?:ts|mjs)$/.test(resolve(process.argv[1]))) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
