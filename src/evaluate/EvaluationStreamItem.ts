import type { IndicatorResult } from '../indicators/IndicatorResult';
import type { RuleResult } from '../rules/types';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { Evaluation } from './Evaluation';

/**
 * One unit's results in a streamed evaluation ({@link evaluateStream}): exactly the unit-level entries the one-pass
 * `evaluate(…, { detail: 'full' })` lists for it: its seven indicator results (when `levels` includes `'unit'`) and
 * its result on each unit-level rule, in catalogue order.
 *
 * @clause S4
 * @example
 * ```ts
 * const item: StreamedUnit = { type: 'unit', index: 0, code: '533124101201', townshipCode: '533124101', indicators: [], rules: [] };
 * ```
 * @category Evaluation · 评估
 */
export interface StreamedUnit {
  readonly type: 'unit';
  /** The unit's position in the stream (0 for the first unit; a header is not counted). */
  readonly index: number;
  readonly code: string;
  readonly townshipCode: string;
  /** Its indicator results (`level: 'unit'`), or `[]` when `levels` leaves out `'unit'`. */
  readonly indicators: readonly IndicatorResult[];
  /** Its result on each unit-level rule run, in catalogue order. */
  readonly rules: readonly RuleResult[];
}

/**
 * A unit of the stream left out, with why: every problem found in it (unbounded per unit, as it is streamed out; the
 * final evaluation's `input.issues` lists the first 1,000 problems of the whole input, as the one-pass evaluation
 * does, and `input.rejected` every unit left out).
 *
 * @clause S4
 * @example
 * ```ts
 * const item: StreamedRejection = { type: 'rejected', index: 3, issues: [{ code: 'invalid_type', path: ['units', 3], messageZh: '…', messageEn: '…' }] };
 * ```
 * @category Evaluation · 评估
 */
export interface StreamedRejection {
  readonly type: 'rejected';
  /** The unit's position in the stream. */
  readonly index: number;
  /** Its code, when it had a readable one. */
  readonly code?: string;
  /**
   * The problems found in it (paths `['units', index, …]`). The first copy of a code named in `duplicateCodes` carries
   * one issue of code `listed_again_later` (the evaluation's `input.issues` has the later copy's `duplicate_unit`).
   */
  readonly issues: readonly PlanIssue[];
}

/**
 * The last item of a streamed evaluation: the county and township figures, the other rules, the tracked actions and
 * the summary, byte for byte the one-pass `evaluate(…, { detail: 'summary' })` of the same input.
 *
 * @clause S4
 * @example
 * ```ts
 * const last = (item: EvaluationStreamItem) => (item.type === 'evaluation' ? item.evaluation.headline : undefined);
 * ```
 * @category Evaluation · 评估
 */
export interface StreamedEvaluation {
  readonly type: 'evaluation';
  readonly evaluation: Evaluation;
}

/**
 * What {@link evaluateStream} yields: a {@link StreamedUnit} or {@link StreamedRejection} per unit, in input order,
 * then one {@link StreamedEvaluation}. Plain JSON: one item per line makes the NDJSON the CLI writes.
 *
 * @clause S4
 * @example
 * ```ts
 * const kinds = (items: readonly EvaluationStreamItem[]) => items.map((i) => i.type);
 * ```
 * @category Evaluation · 评估
 */
export type EvaluationStreamItem = StreamedUnit | StreamedRejection | StreamedEvaluation;
