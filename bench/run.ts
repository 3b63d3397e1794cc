/**
 * The benchmark runner (`npm run bench`): per scale, generates the cached snapshot when missing, checks every
 * contender's results equal before timing anything, then times side by side, alternating:
 *
 * 1. evaluate on parsed data: the floor, `evaluateSnapshot(…, { detail: 'summary' })`, and (county and province
 *    scales) `evaluateSnapshot(…)` with every result;
 * 2. peers on the same 21 unit-level rules: the library's `countUnitRules`, json-logic-js, json-rules-engine;
 * 3. the summary roll-up as per-township partials: one pass, two shares merged on this thread, two worker threads;
 * 4. parsing: `parseSnapshot`, and `evaluate` (parse plus summary evaluation) from the raw JSON objects;
 *
 * then measures peak memory in child processes and prints the goals of issue 6 as ratios from this run.
 *
 * `npm run bench` = `node --expose-gc --max-old-space-size=12288 --import tsx bench/run.ts [scale]… [--quick]
 * [--full-national]`. `--quick` leaves out the national parse table (about three minutes);
 * `--full-national` adds a memory child for the full evaluation of China (minutes, and about 10 GB).
 *
 * @module
 */
import { resolve } from 'node:path';
import { evaluate, evaluateSnapshot, type Evaluation } from '../src/evaluate/index';
import { checkRules, countUnitRules } from '../src/rules/index';
import { parseSnapshot, type Snapshot } from '../src/snapshot/index';
import { countLines, floorVersusLibrary, lineDiff } from './check';
import { floor } from './floor';
import { ensureSnapshotFile, readSnapshotFile, SCALES, type GeneratedSnapshot, type Scale } from './generate';
import { collectGarbage, formatCount, formatMB, formatMs, measurePeakRss, runBench, type BenchReport } from './harness';
import { jsonLogicRules, jsonRulesEngine, PEER_RULE_IDS, peerRules, runJsonLogic, runJsonRulesEngine, type PeerCounts } from './peers';
import { rollupInShares, shareBounds, shareOf, startWorkers } from './workers';

type Rounds = { readonly rounds: number; readonly warmup: number };
const EVALUATE_ROUNDS: { readonly [S in Scale]: Rounds } = {
  longchuan: { rounds: 15, warmup: 3 },
  yunnan: { rounds: 11, warmup: 3 },
  china: { rounds: 9, warmup: 2 },
};
const PEER_ROUNDS: { readonly [S in Scale]: Rounds } = {
  longchuan: { rounds: 9, warmup: 2 },
  yunnan: { rounds: 3, warmup: 1 },
  china: { rounds: 3, warmup: 1 },
};
const WORKER_ROUNDS: { readonly [S in Scale]: Rounds } = {
  longchuan: { rounds: 11, warmup: 3 },
  yunnan: { rounds: 9, warmup: 3 },
  china: { rounds: 7, warmup: 2 },
};
const PARSE_ROUNDS: { readonly [S in Scale]: Rounds } = {
  longchuan: { rounds: 11, warmup: 3 },
  yunnan: { rounds: 5, warmup: 2 },
  china: { rounds: 1, warmup: 1 },
};
/** Peers judge every unit at county and province scale; at national scale every 50th unit (json-rules-engine takes about 1.3 ms a unit). */
const PEER_SAMPLE: { readonly [S in Scale]: number } = { longchuan: 1, yunnan: 1, china: 50 };

/** What each scale's tables found, for the goals. */
interface ScaleResult {
  scale: Scale;
  units: number;
  evaluate?: BenchReport;
  peers?: BenchReport;
  threads?: BenchReport;
  memory: Record<string, Record<string, unknown> & { maxRssBytes: number }>;
}

function ratio(report: BenchReport | undefined, name: string): number | undefined {
  return report?.rows.find((r) => r.name === name)?.ratio;
}

function cpuRatio(report: BenchReport | undefined, name: string): number | undefined {
  return report?.rows.find((r) => r.name === name)?.cpuRatio;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Parse, dropping the raw objects as soon as they are parsed (so they do not sit in the heap during timing). */
function parseFrom(holder: { raw: GeneratedSnapshot | undefined }): Snapshot {
  const s = parseSnapshot(holder.raw);
  holder.raw = undefined;
  return s;
}

async function timeScale(scale: Scale, quick: boolean): Promise<ScaleResult> {
  let t = performance.now();
  const { file, meta, generated } = ensureSnapshotFile(scale);
  const generateMs = performance.now() - t;
  t = performance.now();
  const holder = { raw: readSnapshotFile(file) as GeneratedSnapshot | undefined };
  const readMs = performance.now() - t;
  t = performance.now();
  const snapshot = parseFrom(holder);
  const parseMs = performance.now() - t;
  collectGarbage();
  const units = snapshot.units.length;
  console.log(
    `### ${scale}: ${formatCount(units)} units in ${formatCount(meta.townshipsWithUnits)} townships ` +
      `(${generated ? `generated in ${formatMs(generateMs)}` : 'cached'}; read ${formatMs(readMs)}, parsed once in ${formatMs(parseMs)})\n`,
  );
  const out: ScaleResult = { scale, units, memory: {} };

  // 1. Evaluate on parsed data: the floor's results equal the library's summary before anything is timed.
  const summary = (): Evaluation => evaluateSnapshot(snapshot, { detail: 'summary' });
  const diff = floorVersusLibrary(floor(snapshot), summary());
  if (diff.length > 0) throw new Error(`${scale}: the floor and the library differ:\n${diff.join('\n')}`);
  console.log(`Checked: the floor's indicators and unit-rule counts equal the library's summary evaluation.\n`);
  out.evaluate = await runBench({
    name: `${scale}: evaluate on parsed data`,
    units,
    ...EVALUATE_ROUNDS[scale],
    contenders: [
      { name: 'floor', fn: () => floor(snapshot) },
      { name: "evaluate, detail 'summary'", fn: summary },
      ...(scale === 'china' ? [] : [{ name: "evaluate, detail 'full'", fn: () => evaluateSnapshot(snapshot) }]),
    ],
  });

  // 2. Peers on the 21 rules they can express, same units, per-unit statuses checked equal to the library's.
  const step = PEER_SAMPLE[scale];
  const sample: Snapshot = step === 1 ? snapshot : { ...snapshot, units: snapshot.units.filter((_u, i) => i % step === 0) };
  const rules = peerRules(sample.asOf);
  const logic = jsonLogicRules(rules);
  const engine = jsonRulesEngine(rules);
  const library = countUnitRules(sample, {}, PEER_RULE_IDS);
  const expected = expectedStatuses(sample);
  const viaLogic = runJsonLogic(sample.units, logic);
  const viaEngine = await runJsonRulesEngine(sample.units, engine, rules.length);
  for (const [name, got] of [['json-logic-js', viaLogic], ['json-rules-engine', viaEngine]] as const) {
    const bad = statusDiff(got, expected, sample);
    const counts = lineDiff(countLines(library), peerCountLines(got));
    if (bad.length > 0 || counts.length > 0) throw new Error(`${scale}: ${name} differs from the library:\n${[...bad, ...counts].join('\n')}`);
  }
  console.log(
    `Checked: json-logic-js and json-rules-engine give every unit the library's status on each of the ${rules.length} rules ` +
      `(${formatCount(sample.units.length)} units${step === 1 ? '' : `, every ${step}th`}).\n`,
  );
  out.peers = await runBench({
    name: `${scale}: the same ${rules.length} unit-level rules${step === 1 ? '' : `, every ${step}th unit`}`,
    units: sample.units.length,
    baseline: 'library countUnitRules',
    ...PEER_ROUNDS[scale],
    contenders: [
      { name: 'library countUnitRules', fn: () => countUnitRules(sample, {}, PEER_RULE_IDS) },
      { name: 'json-logic-js', fn: () => runJsonLogic(sample.units, logic) },
      { name: 'json-rules-engine', fn: () => runJsonRulesEngine(sample.units, engine, rules.length) },
    ],
  });

  // 3. The roll-up as per-township partials: shares merged on this thread, and across two worker threads.
  const shares = shareBounds(snapshot, 2).map((b) => shareOf(snapshot, b));
  const pool = await startWorkers(file, snapshot, 2);
  try {
    const onePass = summary();
    if (!same(rollupInShares(snapshot, shares), onePass)) throw new Error(`${scale}: two shares merged differ from one pass`);
    if (!same(await pool.run(snapshot), onePass)) throw new Error(`${scale}: the workers' merged result differs from one pass`);
    console.log(
      `Checked: the evaluation from two shares' partials (${shares.map((s) => formatCount(s.units.length)).join(' + ')} units), merged on this ` +
        `thread and across 2 worker threads, equals the one-pass evaluation (byte for byte). Workers set up in ` +
        `${pool.setupMs.map(formatMs).join(' and ')} (load and parse their share).\n`,
    );
    out.threads = await runBench({
      name: `${scale}: summary roll-up, one pass against per-township partials merged`,
      units,
      baseline: 'one pass',
      ...WORKER_ROUNDS[scale],
      contenders: [
        { name: 'one pass', fn: summary },
        { name: '2 shares, this thread', fn: () => rollupInShares(snapshot, shares) },
        { name: '2 worker threads', fn: () => pool.run(snapshot) },
      ],
    });
  } finally {
    await pool.stop();
  }

  // 4. Parsing, from the raw JSON objects (read again: they were dropped before the other tables).
  if (!(quick && scale === 'china')) {
    const raw = readSnapshotFile(file);
    await runBench({
      name: `${scale}: parsing, against the floor on parsed data`,
      units,
      ...PARSE_ROUNDS[scale],
      contenders: [
        { name: 'floor', fn: () => floor(snapshot) },
        { name: 'parseSnapshot', fn: () => parseSnapshot(raw) },
        { name: "evaluate(raw), detail 'summary'", fn: () => evaluate(raw, { detail: 'summary' }) },
      ],
    });
  }
  return out;
}

/** The library's status of each unit on each peer rule, from its full results (checked before any timing). */
function expectedStatuses(sample: Snapshot): Uint8Array {
  const order = ['pass', 'fail', 'pending', 'not_applicable', 'missing_data'];
  const n = PEER_RULE_IDS.length;
  const index = new Map(sample.units.map((u, i) => [u.code, i]));
  const out = new Uint8Array(sample.units.length * n).fill(255);
  for (const r of checkRules(sample, {}, PEER_RULE_IDS)) {
    out[(index.get(r.subject) as number) * n + PEER_RULE_IDS.indexOf(r.ruleId)] = order.indexOf(r.status);
  }
  return out;
}

function statusDiff(got: PeerCounts, expected: Uint8Array, sample: Snapshot): string[] {
  const out: string[] = [];
  const n = PEER_RULE_IDS.length;
  for (let i = 0; i < expected.length && out.length < 10; i++) {
    if (got.statuses[i] !== expected[i]) out.push(`${sample.units[Math.floor(i / n)]?.code} ${PEER_RULE_IDS[i % n]}: peer ${got.statuses[i]}, library ${expected[i]}`);
  }
  return out;
}

function peerCountLines(p: PeerCounts): string[] {
  const statuses = ['pass', 'fail', 'pending', 'not_applicable', 'missing_data'];
  return PEER_RULE_IDS.flatMap((id, r) => statuses.map((s, k) => `${id} ${s} ${p.counts[r * 5 + k]}`));
}

async function measureMemory(results: ScaleResult[], fullNational: boolean): Promise<string> {
  const rows: string[] = [];
  for (const r of results) {
    const jobs = ['floor', 'summary', ...(r.scale !== 'china' || fullNational ? ['full'] : [])];
    for (const job of jobs) {
      const heapLimit = job === 'full' && r.scale === 'china' ? '--max-old-space-size=20000' : '--max-old-space-size=12288';
      const { maxRssBytes, report } = await measurePeakRss('bench/memory.ts', [r.scale, job], {
        runner: 'bundle',
        nodeArgs: [heapLimit, '--trace-gc'],
        timeoutMs: 1_800_000,
      });
      r.memory[job] = { ...report, maxRssBytes };
      const n = (key: string): number => Number(report[key]);
      const parsed = n('parsedInputHeapBytes');
      const extraHeap = n('jobPeakHeapBytes') - n('heapBaselineBytes') - parsed;
      rows.push(
        `| ${r.scale} | ${job} | ${formatCount(n('units'))} | ${formatMB(parsed)} | ${formatMB(n('heapBaselineBytes'))} | ` +
          `${formatMB(n('jobPeakHeapBytes'))} | ${formatMB(extraHeap)} | ${((parsed + extraHeap) / parsed).toFixed(2)}× | ` +
          `${formatMB(n('jobResultHeapBytes'))} | ${formatMB(n('rssAtStartBytes'))} | ${formatMB(n('rssBeforeJobBytes'))} | ` +
          `${formatMB(n('jobPeakRssBytes'))} | ${formatMB(n('jobPeakRssBytes') - n('rssBeforeJobBytes'))} | ${formatMB(maxRssBytes)} | ` +
          `${formatMs(n('parseMs'))} | ${formatMs(n('jobMs'))} |`,
      );
    }
  }
  return [
    '**Memory** — one child per scale and job: `bench/memory.ts <scale> <job>` bundled with esbuild, run by ' +
      '`node --expose-gc --trace-gc`. P: heap of the parsed input alone (after a full GC, raw JSON released). ' +
      'Peak heap during the job: the largest heap in use before any collection during the job, or at its end (from ' +
      '`--trace-gc`); the job\'s extra heap is that minus the baseline (node and the code) and P; (P + extra) ÷ P is the ' +
      'evaluation\'s peak heap relative to its input. RSS: the job\'s own peak sampled every 1 ms from a worker thread.',
    '',
    '| scale | job | units | parsed input heap (P) | heap baseline | peak heap during job | extra heap | (P + extra) ÷ P | result heap | RSS at start | RSS before job | peak RSS during job | RSS growth | peak RSS (process) | parse, cold | job, cold |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function goals(results: ScaleResult[]): string {
  const lines = ['**Goals of issue 6, from this run**', ''];
  const mark = (ok: boolean | undefined): string => (ok === undefined ? '—' : ok ? 'met' : '**not met**');
  for (const r of results) {
    const s = ratio(r.evaluate, "evaluate, detail 'summary'");
    const sCpu = cpuRatio(r.evaluate, "evaluate, detail 'summary'");
    const logic = ratio(r.peers, 'json-logic-js');
    const engine = ratio(r.peers, 'json-rules-engine');
    const mem = r.memory.summary;
    const p = Number(mem?.parsedInputHeapBytes);
    const extra = Number(mem?.jobPeakHeapBytes) - Number(mem?.heapBaselineBytes) - p;
    const rssGrowth = Number(mem?.jobPeakRssBytes) - Number(mem?.rssBeforeJobBytes);
    lines.push(
      `- ${r.scale}: summary evaluate ${s?.toFixed(2)}× the floor by wall time, ${sCpu?.toFixed(2)}× by CPU time ` +
        `(goal ≤ 2×${r.scale === 'china' ? ', national' : ''}: ${mark(s === undefined ? undefined : s <= 2)} by wall time, ` +
        `${mark(sCpu === undefined ? undefined : sCpu <= 2)} by CPU time); ` +
        `json-logic-js ${logic?.toFixed(1)}× slower than the library (goal ≥ 5×: ${mark(logic === undefined ? undefined : logic >= 5)}); ` +
        `json-rules-engine ${engine?.toFixed(0)}× slower (goal ≥ 20×: ${mark(engine === undefined ? undefined : engine >= 20)}); ` +
        (mem === undefined
          ? 'memory not measured'
          : `peak heap during the summary evaluation ${((p + extra) / p).toFixed(2)}× the parsed input's heap ` +
            `(extra ${formatMB(extra)}; goal ≤ 2×${r.scale === 'china' ? ', national' : ''}: ${mark((p + extra) / p <= 2)}); ` +
            `RSS growth during it ${formatMB(rssGrowth)}; extra heap per unit ${formatCount(extra / r.units)} bytes`),
    );
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const fullNational = argv.includes('--full-national');
  const names = argv.filter((a) => !a.startsWith('--'));
  const scales = names.length === 0 ? [...SCALES] : (names as Scale[]);
  for (const s of scales) if (!SCALES.includes(s)) throw new Error(`unknown scale ${s}; expected ${SCALES.join(', ')}`);
  console.log(
    `node ${process.version}, ${process.arch}; ${(await import('node:os')).cpus().length} CPUs; ` +
      `${formatMB((await import('node:os')).totalmem())} RAM; --expose-gc ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'on' : 'off'}\n`,
  );
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    results.push(await timeScale(scale, quick));
    collectGarbage();
  }
  console.log(`${await measureMemory(results, fullNational)}\n`);
  console.log(goals(results));
}

if (process.argv[1] !== undefined && /[\\/]bench[\\/]run\.ts$/.test(resolve(process.argv[1]))) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
