/**
 * The exact number beside a rule result's display strings ({@link RuleMeasure}), built from the same integers the
 * display string is rounded from, never by reading the display string back.
 *
 * @internal
 * @module
 */
import { quotientString } from '../../_lib/quotientString';
import type { RuleComparator, RuleMeasure, RuleMeasureUnit } from '../types';
import type { RuleCore } from './rule';
import { thresholdOf } from './thresholdOf';

/**
 * The measure of `num / den` (non-negative integers, `den` > 0) against `threshold` (a plain decimal string in
 * `unit`): the value as the exact plain decimal string (40 significant digits when it does not terminate, as the
 * indicators' values are).
 *
 * @internal
 * @clause P6.3
 * @example
 * ```ts
 * // 342 social workers for 190,001 people, in per mille: 342 × 1000 ÷ 190001
 * measureOf(342 * 1000, 190001, '1.8', 'permille')
 * //=> { value: '1.799990526365650707101541570833837716644', threshold: '1.8', comparator: 'at_least', unit: 'permille' }
 * ```
 */
export function measureOf(
  num: number | bigint,
  den: number | bigint,
  threshold: string,
  unit: RuleMeasureUnit,
  comparator: RuleComparator = 'at_least',
): RuleMeasure {
  return { value: quotientString(BigInt(num), BigInt(den)), threshold, comparator, unit };
}

/**
 * The measure of a whole count `n` against a floor `threshold` (`'count'`, at least).
 *
 * @internal
 * @clause P3.14
 * @example
 * ```ts
 * countMeasure(19, '20')
 * //=> { value: '19', threshold: '20', comparator: 'at_least', unit: 'count' }
 * ```
 */
export function countMeasure(n: number, threshold: string): RuleMeasure {
  return { value: String(n), threshold, comparator: 'at_least', unit: 'count' };
}

/**
 * The measure of a numeric rule against its own threshold ({@link thresholdOf}), in the threshold's unit: `num / den`
 * as {@link measureOf} gives it, or, without `den`, the whole count `num` as {@link countMeasure} gives it (the rules
 * that count things have a `'count'` threshold).
 *
 * @internal
 * @clause P6.3
 * @example
 * ```ts
 * // 342 social workers for 190,001 people, against 1.8‰; and 19 brand organisations against at least 1.
 * [measureFor(getRule('p6-3-social-work-talent'), 342 * 1000, 190001).value, measureFor(getRule('p2-1-brand-organisations'), 19)]
 * //=> ['1.799990526365650707101541570833837716644', { value: '19', threshold: '1', comparator: 'at_least', unit: 'count' }]
 * ```
 */
export function measureFor(def: RuleCore, num: number | bigint, den?: number | bigint): RuleMeasure {
  const { value, unit } = thresholdOf(def);
  return den === undefined ? countMeasure(Number(num), value) : measureOf(num, den, value, unit);
}
