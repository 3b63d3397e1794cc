/**
 * The record of one benchmark run: what `npm run bench` prints is also written, line by line, to
 * `bench/results/<name>.txt.partial`, renamed to `bench/results/<name>.txt` when the run ends (a failed run leaves
 * the partial file). The file opens with the run's header (date, commit, `git status`, node, CPU, load average) and
 * ends with one `@@bench-data {…}` line holding every measurement as JSON, from which bench/render.ts renders
 * bench/RESULTS.md and the figures of the docs: every figure there is traceable to the kept file.
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './generate';

/** The line prefix of the run's data (one JSON object after it). */
export const DATA_MARKER = '@@bench-data ';

/** Where the run was made, and when. */
export interface RunHeader {
  /** Start of the run, ISO 8601 (UTC). */
  readonly startedAt: string;
  /** `YYYY-MM-DD` (UTC), for the file's name. */
  readonly day: string;
  /** The command's arguments after `bench/run.ts`. */
  readonly argv: readonly string[];
  /** `git rev-parse HEAD`, and the first line of its message. */
  readonly commit: string;
  readonly commitSubject: string;
  /** `git status --porcelain` lines: empty when the tree is clean. */
  readonly dirty: readonly string[];
  readonly node: string;
  readonly arch: string;
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly totalMemBytes: number;
  /** `os.loadavg()` at the start: 1, 5 and 15 minutes. */
  readonly loadStart: readonly number[];
  /** Whether `global.gc` was exposed (`--expose-gc`). */
  readonly exposeGc: boolean;
}

function git(args: readonly string[]): string {
  try {
    return execFileSync('git', args, { cwd: repoRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
  } catch {
    return '';
  }
}

/** The header of a run starting now. */
export function runHeader(argv: readonly string[]): RunHeader {
  const startedAt = new Date().toISOString();
  return {
    startedAt,
    day: startedAt.slice(0, 10),
    argv,
    commit: git(['rev-parse', 'HEAD']) || 'unknown',
    commitSubject: git(['log', '-1', '--format=%s']),
    dirty: git(['status', '--porcelain']).split('\n').filter((l) => l !== ''),
    node: process.version,
    arch: process.arch,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus().length,
    totalMemBytes: totalmem(),
    loadStart: loadavg(),
    exposeGc: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}

/** The header as the first lines of the kept file. */
export function formatHeader(h: RunHeader): string {
  return [
    `# npm run bench${h.argv.length > 0 ? ` -- ${h.argv.join(' ')}` : ''}`,
    `# started ${h.startedAt}`,
    `# commit ${h.commit} (${h.commitSubject})`,
    h.dirty.length === 0
      ? '# git status: clean'
      : `# git status: DIRTY, ${h.dirty.length} path(s) changed or untracked:\n${h.dirty.map((l) => `#   ${l}`).join('\n')}`,
    `# node ${h.node} (${h.arch}); ${h.cpuCount} × ${h.cpuModel}; ${(h.totalMemBytes / 2 ** 30).toFixed(1)} GiB RAM; --expose-gc ${h.exposeGc ? 'on' : 'off'}`,
    `# load average at the start (1, 5, 15 min): ${h.loadStart.map((x) => x.toFixed(2)).join(', ')}`,
  ].join('\n');
}

/**
 * The kept file's name for a run: `bench-<day>.txt` for every scale in full, else the scales and flags in it. When a
 * kept file of that name exists already (an earlier run the same day, which docs may quote), the new run's file takes
 * the commit's first 7 hex digits too (`bench-<day>-<commit>.txt`), so that no kept run is ever written over.
 */
export function recordName(day: string, scales: readonly string[], allScales: readonly string[], flags: readonly string[], commit = '', taken: (name: string) => boolean = (name) => existsSync(join(repoRoot(), 'bench', 'results', name))): string {
  const whole = scales.length === allScales.length && flags.length === 0;
  const stem = whole ? `bench-${day}` : `bench-${[...scales, ...flags.map((f) => f.replace(/^--/, ''))].join('-')}-${day}`;
  if (!taken(`${stem}.txt`)) return `${stem}.txt`;
  for (let n = 1; ; n++) {
    const name = `${stem}-${commit.slice(0, 7) || 'run'}${n === 1 ? '' : `-${n}`}.txt`;
    if (!taken(name)) return name;
  }
}

/** A recording in progress: `console.log` also appends to the partial file until `finish`. */
export interface Recording {
  /** The kept file's path relative to the repository root (`bench/results/…`). */
  readonly relPath: string;
  /** Append the data line and the footer, restore `console.log`, rename the partial file. Returns the final path. */
  finish(data: unknown, footer: string): string;
}

/** Start recording what this process prints with `console.log` into bench/results/<name>.partial. */
export function startRecording(name: string, header: string): Recording {
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const partial = `${path}.partial`;
  writeFileSync(partial, '');
  const original = console.log;
  console.log = (...args: unknown[]): void => {
    original(...args);
    appendFileSync(partial, `${args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ')}\n`);
  };
  console.log(`${header}\n`);
  return {
    relPath: `bench/results/${name}`,
    finish(data: unknown, footer: string): string {
      console.log(footer);
      console.log = original;
      appendFileSync(partial, `${DATA_MARKER}${JSON.stringify(data)}\n`);
      renameSync(partial, path);
      return path;
    },
  };
}
