/**
 * Errors the CLI reports to the user with an exit code, never with a stack trace.
 *
 * @module
 */
import type { CliIssue } from './CliIssue';

/**
 * The command line itself is wrong (unknown option, missing file, bad `--format`): exit code 2.
 *
 * @example
 * ```ts
 * new UsageError('未知的输出格式 "pdf"', 'unknown format "pdf"', 'evaluate').exitCode
 * //=> 2
 * ```
 */
export class UsageError extends Error {
  /** Always 2. */
  readonly exitCode = 2;
  /** The message in Chinese. */
  readonly messageZh: string;
  /** The message in English. */
  readonly messageEn: string;
  /** The command whose `--help` the message points to, if any. */
  readonly command: string | undefined;

  constructor(messageZh: string, messageEn: string, command?: string) {
    super(`${messageZh} / ${messageEn}`);
    this.name = 'UsageError';
    this.messageZh = messageZh;
    this.messageEn = messageEn;
    this.command = command;
  }
}

/**
 * The input data is invalid: every problem, located by row and column or path; exit code 2.
 *
 * @example
 * ```ts
 * new InputError([]).exitCode
 * //=> 2
 * ```
 */
export class InputError extends Error {
  /** Always 2. */
  readonly exitCode = 2;
  /** The problems found, in input order: all of them, or the first of them when `total` is larger. */
  readonly issues: readonly CliIssue[];
  /** Every problem found, listed or not. */
  readonly total: number;

  constructor(issues: readonly CliIssue[], total: number = issues.length) {
    super(`the input has ${total} problem(s)`);
    this.name = 'InputError';
    this.issues = issues;
    this.total = total;
  }
}

/**
 * A single input problem that stops reading at once (unreadable file, bad encoding, CSV syntax): exit code 2.
 *
 * @example
 * ```ts
 * inputError('read_failed', '', '', '无法读取', 'cannot read').issues.length
 * //=> 1
 * ```
 */
export function inputError(code: string, whereZh: string, whereEn: string, messageZh: string, messageEn: string): InputError {
  return new InputError([{ code, whereZh, whereEn, messageZh, messageEn }]);
}

/**
 * The output could not be written (`--out`): a full disk, a missing folder, no permission, or an output path that
 * is one of the inputs. Exit code 4: the input was fine, the report was not written, and no half-written file is left.
 *
 * @example
 * ```ts
 * new OutputError('无法写入', 'cannot write it').exitCode
 * //=> 4
 * ```
 */
export class OutputError extends Error {
  /** Always 4. */
  readonly exitCode = 4;
  /** The message in Chinese. */
  readonly messageZh: string;
  /** The message in English. */
  readonly messageEn: string;

  constructor(messageZh: string, messageEn: string) {
    super(`${messageZh} / ${messageEn}`);
    this.name = 'OutputError';
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}
