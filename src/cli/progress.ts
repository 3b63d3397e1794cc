/**
 * A progress indicator on standard error for large inputs (more than {@link PROGRESS_THRESHOLD} units).
 *
 * On a terminal it rewrites one line (carriage return, no colour codes); otherwise it prints a line at each
 * stage and at every tenth of the rows, so that logs of CI jobs stay short.
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

/**
 * Reports stages and row counts; all methods do nothing when the input is small.
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
  /** Set the number of units; progress shows only when it is above the threshold. */
  start(total: number): void;
  /** A new stage (reading, validating, evaluating, rendering). */
  stage(zh: string, en: string): void;
  /** Rows read so far in the current stage. */
  tick(done: number): void;
  /** The end: on a terminal, finish the rewritten line. */
  done(): void;
}

/**
 * A progress indicator writing to `stderr`; `isTTY` chooses a rewritten line or periodic lines.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const p = createProgress({ write: (s) => lines.push(s) }, false);
 * p.start(20000);
 * p.stage('读取', 'reading');
 * lines[0]
 * //=> '[进度 progress] 读取 reading: 20000 个单位 units\n'
 * ```
 */
export function createProgress(stderr: CliWritable, isTTY: boolean): Progress {
  let total = 0;
  let active = false;
  let label = '';
  let lastStep = -1;
  let lastWidth = 0;
  const show = (text: string) => {
    if (isTTY) {
      const pad = lastWidth > text.length ? ' '.repeat(lastWidth - text.length) : '';
      stderr.write(`\r${text}${pad}`);
      lastWidth = text.length;
    } else {
      stderr.write(`${text}\n`);
    }
  };
  return {
    start(n) {
      if (active && n <= PROGRESS_THRESHOLD) this.done(); // an estimate turned out too high: end the line cleanly
      total = n;
      active = n > PROGRESS_THRESHOLD;
    },
    stage(zh, en) {
      if (!active) return;
      label = `${zh} ${en}`;
      lastStep = -1;
      show(`[进度 progress] ${label}: ${total} 个单位 units`);
    },
    tick(done) {
      if (!active || total === 0) return;
      const step = Math.floor((done * 10) / total);
      if (isTTY) {
        // Rewrite at most about a hundred times.
        const fine = Math.floor((done * 100) / total);
        if (fine === lastStep) return;
        lastStep = fine;
        show(`[进度 progress] ${label}: ${done}/${total} (${fine}%)`);
      } else {
        if (step === lastStep || step === 0) return;
        lastStep = step;
        show(`[进度 progress] ${label}: ${done}/${total} (${step * 10}%)`);
      }
    },
    done() {
      if (!active) return;
      show('[进度 progress] 完成 done');
      if (isTTY) stderr.write('\n');
      active = false;
    },
  };
}
