/**
 * A progress bar on standard error for long runs: on a terminal it rewrites one line (carriage return, no colour
 * codes) with the units done, the rate and the time left; when standard error is not a terminal (a log, a pipe, CI)
 * it writes nothing at all, so that logs and captured output stay clean.
 *
 * @module
 */
import type { CliWritable } from './CliIO';

/**
 * Inputs with more units than this show progress.
 *
 * @example
 * ```ts
 * PROGRESS_THRESHOLD
 * //=> 10000
 * ```
 */
export const PROGRESS_THRESHOLD = 10_000;

/** The line is rewritten at most this often (milliseconds), and at each stage and at the end. */
const REDRAW_MS = 200;

/**
 * Reports stages and units done; every method does nothing when the input is small or standard error is not a
 * terminal.
 *
 * @example
 * ```ts
 * const p = createProgress({ write: () => 0 }, false);
 * p.start(20000);
 * p.stage('校验', 'validating');
 * p.done();
 * ```
 */
export interface Progress {
  /**
   * Set the number of units; progress shows only when it is above the threshold. `Infinity` for a stream of unknown
   * length: progress then shows once more than {@link PROGRESS_THRESHOLD} units are done.
   */
  start(total: number): void;
  /** A new stage (reading, validating, evaluating, rendering): the count and the clock start again. */
  stage(zh: string, en: string): void;
  /**
   * Units done so far in the current stage; `fraction` (0–1), when given, is how much of the input has been read
   * (bytes of a file whose unit count is unknown) and drives the percentage and the time left.
   */
  tick(done: number, fraction?: number): void;
  /** The end: finish the rewritten line. */
  done(): void;
}

/** `1,234,567`. */
function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `42 s`, `3:07`, `1:02:03`. */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The progress line for `done` units after `elapsedMs` of a stage: units done (of the total when known), percentage,
 * rate and, once it can be estimated, the time left.
 *
 * @example
 * ```ts
 * progressLine('评估 evaluating', 155_000, 620_573, undefined, 10_000)
 * //=> '[进度 progress] 评估 evaluating: 155,000/620,573 个单位 units (25%) · 15,500/s · 剩余 ETA 30 s'
 * progressLine('评估 evaluating', 50_000, Infinity, undefined, 4_000)
 * //=> '[进度 progress] 评估 evaluating: 50,000 个单位 units · 12,500/s'
 * ```
 */
export function progressLine(label: string, done: number, total: number, fraction: number | undefined, elapsedMs: number): string {
  const f = fraction ?? (Number.isFinite(total) && total > 0 ? Math.min(1, done / total) : undefined);
  const count = Number.isFinite(total) ? `${grouped(done)}/${grouped(total)}` : grouped(done);
  const parts = [`[进度 progress] ${label}: ${count} 个单位 units${f === undefined ? '' : ` (${Math.floor(f * 100)}%)`}`];
  const seconds = elapsedMs / 1000;
  if (seconds > 0 && done > 0) parts.push(`${grouped(done / seconds)}/s`);
  if (f !== undefined && f > 0 && f < 1 && seconds > 0) parts.push(`剩余 ETA ${duration((seconds * (1 - f)) / f)}`);
  return parts.join(' · ');
}

/**
 * A progress bar writing to `stderr` when `isTTY`; silent otherwise. `now` is the clock (milliseconds), for tests.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const p = createProgress({ write: (s) => out.push(s) }, false);
 * p.start(20000);
 * p.stage('读取', 'reading');
 * p.tick(10000);
 * p.done();
 * out.length
 * //=> 0
 * ```
 */
export function createProgress(stderr: CliWritable, isTTY: boolean, now: () => number = Date.now): Progress {
  let total = 0;
  let active = false;
  let shown = false;
  let label = '';
  let since = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastWidth = 0;
  const show = (text: string) => {
    const pad = lastWidth > text.length ? ' '.repeat(lastWidth - text.length) : '';
    stderr.write(`\r${text}${pad}`);
    lastWidth = text.length;
    shown = true;
  };
  const silent: Progress = { start() {}, stage() {}, tick() {}, done() {} };
  if (!isTTY) return silent;
  return {
    start(n) {
      if (active && n <= PROGRESS_THRESHOLD) this.done(); // an estimate turned out too high: end the line cleanly
      total = n;
      active = n > PROGRESS_THRESHOLD;
    },
    stage(zh, en) {
      label = `${zh} ${en}`;
      since = now();
      lastDraw = since;
      if (!active || !Number.isFinite(total)) return;
      show(`[进度 progress] ${label}: ${grouped(total)} 个单位 units`);
    },
    tick(done, fraction) {
      if (!active || (!Number.isFinite(total) && done <= PROGRESS_THRESHOLD)) return;
      const t = now();
      if (t - lastDraw < REDRAW_MS) return;
      lastDraw = t;
      show(progressLine(label, done, total, fraction, t - since));
    },
    done() {
      if (!active) return;
      active = false;
      if (!shown) return;
      show('[进度 progress] 完成 done');
      stderr.write('\n');
      shown = false;
    },
  };
}
