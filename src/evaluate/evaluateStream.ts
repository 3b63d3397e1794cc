import type { EvaluateOptions } from './EvaluateOptions';
import type { Evaluation } from './Evaluation';
import type { EvaluationStreamItem } from './EvaluationStreamItem';
import { StreamCore } from './_streamCore';

/**
 * Options of {@link evaluateStream}: those of `evaluate`, and the unit codes known to be listed more than once.
 *
 * @clause S4
 * @example
 * ```ts
 * const options: EvaluateStreamOptions = { asOf: '2025-12-31', duplicateCodes: ['533124101201'] };
 * ```
 * @category Evaluation · 评估
 */
export interface EvaluateStreamOptions extends EvaluateOptions {
  /**
   * Codes that appear in more than one unit of the stream (as {@link findDuplicateUnitCodes} finds them). The one-pass
   * evaluation rejects every copy of such a code; a stream has already given out the first copy's results when it
   * meets the second, so it must be told in advance. Without it, a second copy of a unit already evaluated throws a
   * `PlanInputError` (code `duplicate_unit`).
   */
  readonly duplicateCodes?: Iterable<string>;
}

/**
 * Evaluate a county's data given as a stream of units, in bounded memory: each unit's results are yielded as soon as
 * it is judged, and only the county and township figures are kept. The per-unit items equal the unit-level entries of
 * the one-pass `evaluate({ ...header, units }, { ...options, detail: 'full' })`; the last item's evaluation equals,
 * byte for byte (`JSON.stringify`), the one-pass `evaluate({ ...header, units }, { ...options, detail: 'summary' })`,
 * rejected units, coverage and issues included. The county rules that add up every unit (day care, village plans,
 * training) are folded unit by unit.
 *
 * A unit with bad data is yielded as `rejected` with its problems, never dropped. Its second copy rejects a code
 * listed twice; as the first copy's results have then been given out, pass `duplicateCodes` (see
 * {@link findDuplicateUnitCodes}) to reject every copy as the one-pass evaluation does.
 *
 * @param header - The snapshot without its units (`asOf`, `regionCode`, `county`, `townships`, `records`, `actions`).
 * @param units - The units, in any order: an array, any iterable or async iterable (a file read line by line).
 * @param options - As for `evaluate`; `detail: 'summary'` yields no per-unit items; `levels` without `'unit'` yields
 * the units' rule results only.
 * @throws SnapshotError when the header's outer shape is invalid or there are more than `MAX_UNITS` units;
 * `PlanInputError` for a bad option or an unforeseen duplicate code.
 * @clause S4
 * @clause P1.1
 * @example
 * ```ts
 * const units = [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }];
 * const types: string[] = [];
 * for await (const item of evaluateStream({ asOf: '2025-12-31' }, units, { scope: 'units' })) types.push(item.type);
 * // types is ['unit', 'evaluation'] (an async example: checked in test/evaluate/stream.test.ts)
 * ```
 * @category Evaluation · 评估
 */
export async function* evaluateStream(
  header: unknown,
  units: Iterable<unknown> | AsyncIterable<unknown>,
  options?: EvaluateStreamOptions,
): AsyncGenerator<EvaluationStreamItem, Evaluation, undefined> {
  const core = new StreamCore(header, options);
  for await (const raw of units) {
    const index = core.nextIndex();
    const found = core.examine(raw, index);
    const rejected = core.admit(found, index);
    if (rejected !== undefined) {
      yield rejected;
      continue;
    }
    const item = core.judge(found.unit as NonNullable<typeof found.unit>, index);
    if (item !== undefined) yield item;
  }
  const evaluation = core.finish();
  yield { type: 'evaluation', evaluation };
  return evaluation;
}
