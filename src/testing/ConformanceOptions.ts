import type { EvaluateOptions } from '../evaluate/EvaluateOptions';
import { showValue } from '../_lib/showValue';

/**
 * Options of {@link assertConforms} and `toConformToPlan`: every option of `evaluate` (as-of date, readings, which
 * rules to run, …) plus `strict`.
 *
 * What fails the assertion:
 * - always: a `fail` result of a binding rule (a plain requirement: 应, 实现, 落实, 到2025年…), and a snapshot that
 *   cannot be evaluated at all (its outer shape is unreadable: not an object, no valid `asOf`, no `units` array;
 *   `evaluate` throws a `SnapshotError`);
 * - with `strict: true`, also: a `fail` of a soft or informational rule (an advisory, 提示: 力争, 原则上, 一般, 基本,
 *   推广, 预期性, 可), a rule result with status `missing_data`, and any problem found in the input (a unit or record
 *   rejected for bad data, an unknown unit code, registered units left out, an unknown action ID, a date after
 *   `asOf`: everything in `evaluation.input.issues`).
 *
 * Never failing: `pass`, `pending` (not yet due: a target for 2025 is not failed in 2024) and `not_applicable`.
 * By default the assertion asks "does any binding requirement fail on the data given?", not "is the data complete?"
 * nor "is every aim reached?": a unit with bad data is left out of the evaluation and reported in `evaluation.input`,
 * and the other units still conform; an advisory (the optional ethnic-affairs officer that 可设 permits, the 力争 aim of
 * two social workers) is listed in `advisories` and the message, not failed. Use `strict` where the data must also be
 * complete and clean and every aim met.
 *
 * @clause R3
 * @example
 * ```ts
 * const options: ConformanceOptions = { strict: true, asOf: '2025-12-31' };
 * ```
 * @category Testing · 测试
 */
export interface ConformanceOptions extends EvaluateOptions {
  /** Also fail on advisories (soft and informational rules' `fail`s), `missing_data` results and any input problem; default `false`. */
  readonly strict?: boolean;
}

/**
 * Split the testing-only option off, so that `evaluate` (which rejects unknown options) gets only its own.
 *
 * @internal
 */
export function splitConformanceOptions(options: ConformanceOptions | undefined): {
  readonly strict: boolean;
  readonly evaluateOptions: EvaluateOptions | undefined;
} {
  if (options === undefined) return { strict: false, evaluateOptions: undefined };
  const { strict, ...rest } = options;
  if (strict !== undefined && typeof strict !== 'boolean') {
    throw new TypeError(`option strict must be true or false, got ${showValue(strict)}`);
  }
  return { strict: strict === true, evaluateOptions: rest };
}
