/**
 * The benchmark runner (`npm run bench`): per scale, generates the cached snapshot when missing, checks every
 * contender's results equal before timing anything, then times side by side, alternating:
 *
 * 1. evaluate on parsed data: the floor, `evaluateSnapshot(…, { detail: 'summary' })`, and (county and province
 *    scales) `evaluateSnapshot(…)` with every result;
 * 2. peers on the same 21 unit-level rules: the library's `countUnitRules`, json-logic-js, json-rules-engine;
 * 3. the summary roll-up as per-township partials: one pass, two shares merged on this thread, two worker threads;
 * 4. parsing: `parseSnapshot`, and `evaluate` (parse plus summary evaluation) from the raw JSON objects; in this
 *    process at county and province scale, in a fresh process per measurement at national scale;
 *
 * then measures peak memory in child processes; issue 17's validation goals per scale in a fresh child
 * (`bench/validation.ts --goal`) and its stream goal in child processes (bench/stream.ts: the one-pass summary with
 * parsing against the CLI's `--stream` of the full evaluation to a file, alternating); builds dist/ when stale, times
 * the built CLI's start-up against `node -e 0`, measures the bytes (size-limit, and `import { evaluate }` through
 * esbuild and Vite: bench/bundlers.ts), and prints the goals of issues 6 and 17 as ratios from this run. Everything
 * printed is kept in bench/results/ (bench/record.ts) with the run's data as JSON, and bench/RESULTS.md and the
 * figures of the docs are rendered from that file (bench/render.ts).
 *
 * `npm run bench` = `node --expose-gc --max-old-space-size=12288 --import tsx bench/run.ts [scale]… [--quick]
 * [--full-national] [--no-results] [--no-build]`. `--quick` leaves out the national parse measurements and issue
 * 17's national validation and stream children (several minutes each); `--full-national` adds a memory child for the
 * full evaluation of China (minutes, and about 10 GB); `--no-results` keeps the run's file but leaves
 * bench/RESULTS.md and the docs as they are; `--no-build` uses dist/ as it is (the run says when it was stale), for
 * a checkout whose dist/ others are using.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { evaluate, evaluateSnapshot, type Evaluation } from '../src/evaluate/index';
import { countUnitRules } from '../src/rules/index';
import { parseSnapshot, type Snapshot } from '../src/snapshot/index';
import { countLines, expectedPeerStatuses, floorVersusLibrary, lineDiff, peerCountLines, peerStatusDiff } from './check';
import { CLI, formatCliStartup, measureCliStartup } from './cliStartup';
import { floor } from './floor';
import { ensureSnapshotFile, readSnapshotFile, repoRoot, SCALES, type GeneratedSnapshot, type Scale } from './generate';
import { collectGarbage, formatCount, formatMB, formatMs, measurePeakRss, runBench, tableOf } from './harness';
import { jsonLogicRules, jsonRulesEngine, PEER_RULE_IDS, peerRules, runJsonLogic, runJsonRulesEngine } from './peers';
import { measureBytes } from './bundlers';
import { formatHeader, recordName, runHeader, startRecording } from './record';
import {
  formatBytes,
  formatGoals,
  formatGoals17,
  formatMemoryTable,
  formatParseChildren,
  formatStreamRuns,
  formatValidation,
  writeRendered,
  type ParseChildRow,
  type RunData,
  type ScaleData,
  type StreamRun,
  type ValidationGoal,
} from './render';
import { runStreamJob, type Job } from './stream';
import { rollupInShares, shareBounds, shareOf, startWorkers } from './workers';

type Rounds = { readonly rounds: number; readonly warmup: number };
const EVALUATE_ROUNDS: { readonly [S in Scale]: Rounds } = {
  longchuan: { rounds: 15, warmup: 3 },
  yunnan: { rounds: 11, warmup: 3 },
  china: { rounds: 9, warmup: 2 },
};
const PEER_ROUNDS: { readonly [S in Scale]: Rounds } = {
  longchuan: { rounds: 11, warmup: 2 },
  yunnan: { rounds: 5, warmup: 2 },
  china: { rounds: 5, warmup: 2 },
};
const WORKER_ROUNDS: { readonly [S in Scale]: Rounds } = {
  longchuan: { rounds: 11, warmup: 3 },
  yunnan: { rounds: 9, warmup: 3 },
  china: { rounds: 7, warmup: 2 },
};
/** In-process parse table (county and province); nationally each measurement is a fresh process (PARSE_CHILD_ROUNDS). */
const PARSE_ROUNDS: { readonly [S in Scale]: Rounds } = {
  longchuan: { rounds: 11, warmup: 3 },
  yunnan: { rounds: 7, warmup: 2 },
  china: { rounds: 0, warmup: 0 },
};
/** Fresh processes per job for the national parse measurements, alternating parse and evaluate(raw). */
const PARSE_CHILD_ROUNDS = 3;
/** Issue 17's stream goal: rounds of the two children (`baseline`, `stream-full`), alternating which goes first. */
const STREAM_ROUNDS: { readonly [S in Scale]: number } = { longchuan: 3, yunnan: 3, china: 1 };
/** Peers judge every unit at county and province scale; at national scale every 50th unit. */
const PEER_SAMPLE: { readonly [S in Scale]: number } = { longchuan: 1, yunnan: 1, china: 50 };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Parse, dropping the raw objects as soon as they are parsed (so they do not sit in the heap during timing). */
function parseFrom(holder: { raw: GeneratedSnapshot | undefined }): Snapshot {
  const s = parseSnapshot(holder.raw);
  holder.raw = undefined;
  return s;
}

/** Print a check line, and keep it for the results. */
function checked(out: ScaleData, line: string): void {
  out.checks.push(line);
  console.log(`Checked: ${line}\n`);
}

async function timeScale(scale: Scale, quick: boolean): Promise<ScaleData> {
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
  const fileBytes = statSync(file).size;
  console.log(
    `### ${scale}: ${formatCount(units)} units in ${formatCount(meta.townshipsWithUnits)} townships ` +
      `(${formatMB(fileBytes)} of NDJSON, ${generated ? `generated in ${formatMs(generateMs)}` : 'cached'}; read ${formatMs(readMs)}, parsed once in ${formatMs(parseMs)})\n`,
  );
  const step = PEER_SAMPLE[scale];
  const sample: Snapshot = step === 1 ? snapshot : { ...snapshot, units: snapshot.units.filter((_u, i) => i % step === 0) };
  const rules = peerRules(sample.asOf);
  const out: ScaleData = {
    scale,
    units,
    townships: meta.townshipsWithUnits,
    fileBytes,
    generated,
    readMs,
    parseMs,
    peerStep: step,
    peerUnits: sample.units.length,
    peerRules: rules.length,
    checks: [],
    tables: {},
    memory: {},
  };

  // 1. Evaluate on parsed data: the floor's results equal the library's summary before anything is timed.
  const summary = (): Evaluation => evaluateSnapshot(snapshot, { detail: 'summary' });
  const diff = floorVersusLibrary(floor(snapshot), summary());
  if (diff.length > 0) throw new Error(`${scale}: the floor and the library differ:\n${diff.join('\n')}`);
  checked(out, `the floor's indicators and unit-rule counts equal the library's summary evaluation.`);
  out.tables.evaluate = tableOf(
    await runBench({
      name: `${scale}: evaluate on parsed data`,
      units,
      ...EVALUATE_ROUNDS[scale],
      contenders: [
        { name: 'floor', fn: () => floor(snapshot) },
        { name: "evaluate, detail 'summary'", fn: summary },
        ...(scale === 'china' ? [] : [{ name: "evaluate, detail 'full'", fn: () => evaluateSnapshot(snapshot) }]),
      ],
    }),
  );

  // 2. Peers on the 21 rules they can express, same units, per-unit statuses checked equal to the library's.
  const logic = jsonLogicRules(rules);
  const engine = jsonRulesEngine(rules);
  const library = countUnitRules(sample, {}, PEER_RULE_IDS);
  const expected = expectedPeerStatuses(sample);
  const viaLogic = runJsonLogic(sample.units, logic);
  const viaEngine = await runJsonRulesEngine(sample.units, engine);
  for (const [name, got] of [['json-logic-js', viaLogic], ['json-rules-engine', viaEngine]] as const) {
    const bad = peerStatusDiff(got, expected, sample);
    const counts = lineDiff(countLines(library), peerCountLines(got));
    if (bad.length > 0 || counts.length > 0) throw new Error(`${scale}: ${name} differs from the library:\n${[...bad, ...counts].join('\n')}`);
  }
  checked(
    out,
    `json-logic-js and json-rules-engine give every unit the library's status on each of the ${rules.length} rules ` +
      `(${formatCount(sample.units.length)} units${step === 1 ? '' : `, every ${step}th`}).`,
  );
  out.tables.peers = tableOf(
    await runBench({
      name: `${scale}: the same ${rules.length} unit-level rules${step === 1 ? '' : `, every ${step}th unit`}`,
      units: sample.units.length,
      baseline: 'library countUnitRules',
      ...PEER_ROUNDS[scale],
      contenders: [
        { name: 'library countUnitRules', fn: () => countUnitRules(sample, {}, PEER_RULE_IDS) },
        { name: 'json-logic-js', fn: () => runJsonLogic(sample.units, logic) },
        { name: 'json-rules-engine', fn: () => runJsonRulesEngine(sample.units, engine) },
      ],
    }),
  );

  // 3. The roll-up as per-township partials: shares merged on this thread, and across two worker threads.
  // Each share parsed from the raw input (read again: dropped after the first parse), as the workers make theirs: a
  // share spread from the parsed snapshot loses the parser's brand and would be validated again inside every call.
  const shares = ((raw: GeneratedSnapshot) => shareBounds(snapshot, 2).map((b) => shareOf(raw, b)))(readSnapshotFile(file));
  collectGarbage();
  const pool = await startWorkers(file, snapshot, 2);
  try {
    const onePass = summary();
    if (!same(rollupInShares(snapshot, shares), onePass)) throw new Error(`${scale}: two shares merged differ from one pass`);
    if (!same(await pool.run(snapshot), onePass)) throw new Error(`${scale}: the workers' merged result differs from one pass`);
    checked(
      out,
      `the evaluation from two shares' partials (${shares.map((s) => formatCount(s.units.length)).join(' + ')} units), merged on this ` +
        `thread and across 2 worker threads, equals the one-pass evaluation (byte for byte). Workers set up in ` +
        `${pool.setupMs.map(formatMs).join(' and ')} (load and parse their share; not timed below).`,
    );
    out.tables.threads = tableOf(
      await runBench({
        name: `${scale}: summary roll-up, one pass against per-township partials merged`,
        units,
        baseline: 'one pass',
        ...WORKER_ROUNDS[scale],
        contenders: [
          { name: 'one pass', fn: summary },
          { name: '2 shares, this thread', fn: () => rollupInShares(snapshot, shares) },
          { name: '2 worker threads', fn: () => pool.run(snapshot) },
        ],
      }),
    );
  } finally {
    await pool.stop();
  }

  // 4. Parsing, from the raw JSON objects: here (read again: they were dropped before the other tables), or, at
  // national scale, in fresh processes (see bench/parseChild.ts for why).
  if (scale !== 'china') {
    const raw = readSnapshotFile(file);
    out.tables.parse = tableOf(
      await runBench({
        name: `${scale}: parsing, against the floor on parsed data`,
        units,
        ...PARSE_ROUNDS[scale],
        contenders: [
          { name: 'floor', fn: () => floor(snapshot) },
          { name: 'parseSnapshot', fn: () => parseSnapshot(raw) },
          { name: "evaluate(raw), detail 'summary'", fn: () => evaluate(raw, { detail: 'summary' }) },
        ],
      }),
    );
  } else if (!quick) {
    out.parseChildren = await parseInChildren(scale);
    console.log(`${formatParseChildren(out)}\n`);
  }
  return out;
}

/** Parsing timed in fresh processes, alternating `parse` and `evaluate-raw`, {@link PARSE_CHILD_ROUNDS} each. */
async function parseInChildren(scale: Scale): Promise<ParseChildRow[]> {
  const rows: ParseChildRow[] = [];
  for (let round = 0; round < PARSE_CHILD_ROUNDS; round++) {
    const jobs = round % 2 === 0 ? ['parse', 'evaluate-raw'] : ['evaluate-raw', 'parse'];
    for (const job of jobs) {
      const loadStart = loadavg()[0] as number;
      const { maxRssBytes, report } = await measurePeakRss('bench/parseChild.ts', [scale, job], {
        runner: 'bundle',
        nodeArgs: ['--max-old-space-size=12288'],
        timeoutMs: 1_800_000,
      });
      rows.push({
        job,
        round,
        readMs: Number(report.readMs),
        jobMs: Number(report.jobMs),
        jobCpuMs: Number(report.jobCpuMs),
        maxRssBytes,
        loadStart,
        loadEnd: loadavg()[0] as number,
      });
      console.log(`  ${scale} ${job} in a fresh process, round ${round + 1}: ${formatMs(Number(report.jobMs))} (${formatMs(Number(report.jobCpuMs))} CPU)`);
    }
  }
  return rows;
}

async function measureMemory(results: ScaleData[], fullNational: boolean): Promise<void> {
  for (const r of results) {
    const jobs = ['floor', 'summary', ...(r.scale !== 'china' || fullNational ? ['full'] : [])];
    for (const job of jobs) {
      const heapLimit = job === 'full' && r.scale === 'china' ? '--max-old-space-size=20000' : '--max-old-space-size=12288';
      const { maxRssBytes, report } = await measurePeakRss('bench/memory.ts', [r.scale, job], {
        runner: 'bundle',
        nodeArgs: [heapLimit, '--trace-gc'],
        timeoutMs: 1_800_000,
      });
      const kept: Record<string, number> = { maxRssBytes };
      for (const [k, v] of Object.entries(report)) if (typeof v === 'number') kept[k] = v;
      r.memory[job] = kept;
    }
  }
}

/**
 * Issue 17's validation and stream goals, scale by scale, in child processes: the validation table in one fresh
 * process (`bench/validation.ts --goal <scale>`), then the stream children (bench/stream.ts `runStreamJob`),
 * `baseline` and `stream-full` alternating. Nationally with `--quick`, neither. A failed child is printed and kept
 * in the data (the goal table says so); it does not stop the run.
 */
async function measureGoals17(results: ScaleData[], quick: boolean): Promise<void> {
  for (const r of results) {
    if (r.scale === 'china' && quick) continue;
    try {
      const { maxRssBytes, report } = await measurePeakRss('bench/validation.ts', ['--goal', r.scale], {
        runner: 'bundle',
        nodeArgs: ['--max-old-space-size=12288'],
        timeoutMs: 1_800_000,
      });
      const v: ValidationGoal = { table: report.table as ValidationGoal['table'], checked: String(report.checked), readMs: Number(report.readMs), maxRssBytes };
      r.validation = v;
      console.log(`${formatValidation(r)}\n`);
    } catch (e) {
      console.log(`${r.scale}: the validation child failed: ${String(e).split('\n').slice(0, 5).join(' ')}\n`);
    }
    const { file } = ensureSnapshotFile(r.scale);
    const runs: StreamRun[] = [];
    for (let round = 0; round < STREAM_ROUNDS[r.scale]; round++) {
      const jobs: Job[] = round % 2 === 0 ? ['baseline', 'stream-full'] : ['stream-full', 'baseline'];
      for (const job of jobs) {
        const got = runStreamJob(job, file);
        const m = got.measured;
        const run: StreamRun =
          m === undefined
            ? { job, round, wallMs: Number.NaN, cpuMs: Number.NaN, maxRssMB: Number.NaN, outputBytes: 0, exitCode: -1, note: '', loadBefore: got.loadBefore, loadAfter: got.loadAfter, error: got.error ?? 'no measurement' }
            : { job, round, wallMs: m.wallMs, cpuMs: m.cpuMs, maxRssMB: m.maxRssMB, outputBytes: m.outputBytes, exitCode: m.exitCode, note: m.note, loadBefore: got.loadBefore, loadAfter: got.loadAfter };
        runs.push(run);
        console.log(
          `  ${r.scale} ${job}, round ${round + 1}: ` +
            (m === undefined ? `failed (${(got.error ?? '').split('\n')[0] ?? ''})` : `${formatMs(m.wallMs)} (${formatMs(m.cpuMs)} CPU), peak RSS ${formatMB(m.maxRssMB * 2 ** 20)}, exit ${m.exitCode}`),
        );
      }
    }
    r.stream = runs;
    console.log(`${formatStreamRuns(r)}\n`);
  }
}

/** Newest modification time of the files `npm run build` reads (src/, the build config, package.json), ms. */
function newestSourceMs(): number {
  const root = repoRoot();
  let newest = 0;
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  for (const f of ['tsup.config.ts', 'package.json']) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

/**
 * Build dist/ (`npm run build`) when dist/cli.js is missing or older than a source file; says what it did. With
 * `--no-build` dist/ is used as it is (on a shared checkout, where others use dist/), and the run says whether it was stale.
 */
function ensureBuilt(noBuild: boolean): string {
  const stale = !existsSync(CLI) ? 'dist/cli.js was missing' : statSync(CLI).mtimeMs < newestSourceMs() ? 'dist/cli.js was older than src/' : undefined;
  if (stale === undefined) return 'dist/cli.js as built before the run (newer than every file of src/)';
  if (noBuild) return `dist/ as it was, not rebuilt (--no-build), although ${stale}`;
  const r = spawnSync('npm', ['run', 'build'], { cwd: repoRoot(), stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`npm run build failed (${r.status})`);
  return `dist/ built by this run with npm run build (${stale})`;
}

async function main(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const fullNational = argv.includes('--full-national');
  const noResults = argv.includes('--no-results');
  const noBuild = argv.includes('--no-build');
  const known = new Set(['--quick', '--full-national', '--no-results', '--no-build']);
  for (const a of argv) if (a.startsWith('--') && !known.has(a)) throw new Error(`unknown option ${a}; expected ${[...known].join(', ')}`);
  const names = argv.filter((a) => !a.startsWith('--'));
  const scales = names.length === 0 ? [...SCALES] : (names as Scale[]);
  for (const s of scales) if (!SCALES.includes(s)) throw new Error(`unknown scale ${s}; expected ${SCALES.join(', ')}`);

  const header = runHeader(argv);
  // --full-national only adds to a run; --quick leaves something out, and the file's name says so.
  const flags = argv.filter((a) => a === '--quick');
  const recording = startRecording(recordName(header.day, scales, SCALES, flags, header.commit), formatHeader(header));
  const t0 = performance.now();
  const results: ScaleData[] = [];
  for (const scale of scales) {
    results.push(await timeScale(scale, quick));
    collectGarbage();
  }
  await measureMemory(results, fullNational);
  await measureGoals17(results, quick);
  const cliBuild = ensureBuilt(noBuild);
  console.log(`${cliBuild}.\n`);
  const cli = measureCliStartup(15);
  const bytes = await measureBytes();
  const data: RunData = {
    version: 1,
    file: recording.relPath,
    header,
    quick,
    fullNational,
    scales: results,
    cliBuild,
    cli,
    bytes,
    loadEnd: loadavg(),
    endedAt: new Date().toISOString(),
    durationMs: performance.now() - t0,
  };
  console.log(`${formatMemoryTable(data)}\n`);
  console.log(`${formatCliStartup(cli)}\n`);
  console.log(`${formatBytes(data)}\n`);
  console.log(`${formatGoals(data)}\n`);
  console.log(`${formatGoals17(data)}\n`);
  const kept = recording.finish(
    data,
    `# ended ${data.endedAt} after ${formatMs(data.durationMs)}; load average at the end (1, 5, 15 min): ${data.loadEnd.map((x) => x.toFixed(2)).join(', ')}`,
  );
  console.log(`Kept: ${kept}`);
  if (!noResults) for (const written of writeRendered(kept)) console.log(`Rendered: ${written}`);
}

if (process.argv[1] !== undefined && /[\\/]bench[\\/]run\.ts$/.test(resolve(process.argv[1]))) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
