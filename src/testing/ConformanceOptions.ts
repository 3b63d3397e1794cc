import type { EvaluateOptions } from '../evaluate/EvaluateOptions';
import { showValue } from '../_lib/showValue';

/**
 * Options of {@link assertConforms} and `toConformToPlan`: every option of `evaluate` (as-of date, readings, which
 * rules to run, …) plus `strict`.
 *
 * What fails the assertion:
 * - always: a rule result with status `fail`, and a snapshot that cannot be evaluated at all (its outer shape is
 *   unreadable: not an object, no valid `asOf`, no `units` array; `evaluate` throws a `SnapshotError`);
 * - with `strict: true`, also: a rule result with status `missing_data`, and any problem found in the input (a unit or
 *   record rejected for bad data, an unknown action ID, a date after `asOf`: everything in `evaluation.input.issues`).
 *
 * Never failing: `pass`, `pending` (not yet due: a target for 2025 is not failed in 2024) and `not_applicable`.
 * By default the assertion asks "does any rule fail on the data given?", not "is the data complete?": a unit with bad
 * data is left out of the evaluation and reported in `evaluation.input`, and the other units still conform. Use
 * `strict` where the data must also be complete and clean. Every `fail` counts, informational rules' included (the
 * 一肩挑 trend, the visit data check, the optional ethnic-affairs officer, the aim of two social workers): to leave
 * rules out, list the ones to run in `rules`.
 *
 * @clause R3
 * @example
 * ```ts
 * const options: ConformanceOptions = { strict: true, asOf: '2025-12-31' };
 * ```
 * @category Testing · 测试
 */
export interface ConformanceOptions extends EvaluateOptions {
  /** Also fail on `missing_data` results and on any rejected input; default `false`. */
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
