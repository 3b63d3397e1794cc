/**
 * Measured 2020 baselines: a county that measured its own 2020 figure for an indicator with a baseline in 专栏1
 * (P1.1 60%, P1.2 100%, P1.7 17.1人) supplies it, and progress on the straight line is judged from it instead.
 *
 * @internal
 * @module
 */
import { decimalToFraction } from '../_lib/fraction';
import { describeValue } from '../_lib/describeValue';
import { PlanInputError } from '../_lib/PlanInputError';
import { formulaOf, type Formula } from '../indicators/_formula';
import { progressOf } from '../indicators/_judge';
import type { IndicatorResult } from '../indicators/IndicatorResult';
import type { ElapsedShare } from '../period/elapsedShare';

/** The indicators whose 专栏1 row has a 2020 baseline, and so a straight line to judge progress by. */
export const BASELINE_INDICATORS = ['rural_facility_coverage', 'urban_facility_coverage', 'workers_per_10000_urban_residents'] as const;

/** One of {@link BASELINE_INDICATORS}. */
export type BaselineIndicatorId = (typeof BASELINE_INDICATORS)[number];

/** A plain non-negative decimal, as the plan prints its numbers (`'62.5'`, `'17'`); no exponent, no sign. */
const DECIMAL = /^(0|[1-9]\d{0,8})(\.\d{1,6})?$/;

/**
 * Read the option `measuredBaselines` into one formula per indicator with its baseline replaced.
 *
 * @internal
 */
export function resolveMeasuredBaselines(option: unknown): ReadonlyMap<BaselineIndicatorId, { readonly value: string; readonly formula: Formula }> {
  const out = new Map<BaselineIndicatorId, { value: string; formula: Formula }>();
  if (option === undefined) return out;
  if (option === null || typeof option !== 'object' || Array.isArray(option)) {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['measuredBaselines'],
      messageZh: `选项 measuredBaselines 应为对象，键为指标ID（${BASELINE_INDICATORS.join('、')}），值为实测的2020年基期值，实际为 ${describeValue(option)}`,
      messageEn: `option measuredBaselines must be an object from indicator ID (${BASELINE_INDICATORS.join(', ')}) to the measured 2020 baseline, got ${describeValue(option)}`,
    });
  }
  for (const key of Object.keys(option)) {
    const raw: unknown = (option as Record<string, unknown>)[key];
    if (!(BASELINE_INDICATORS as readonly string[]).includes(key)) {
      throw new PlanInputError({
        code: 'invalid_option',
        path: ['measuredBaselines', key],
        messageZh: `measuredBaselines 的键 ${describeValue(key)} 不是有2020年基期值的指标；可用：${BASELINE_INDICATORS.join('、')}`,
        messageEn: `measuredBaselines key ${describeValue(key)} is not an indicator with a 2020 baseline; use one of ${BASELINE_INDICATORS.join(', ')}`,
      });
    }
    // A finite number is read as its shortest decimal string, as everywhere else in the library.
    const value = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
    const id = key as BaselineIndicatorId;
    const percent = id !== 'workers_per_10000_urban_residents';
    if (typeof value !== 'string' || !DECIMAL.test(value) || (percent && decimalToFraction(value)[0] > 100 * decimalToFraction(value)[1])) {
      throw new PlanInputError({
        code: 'invalid_option',
        path: ['measuredBaselines', key],
        messageZh: `measuredBaselines.${key} 应为非负的十进制数${percent ? '（百分数，0—100）' : ''}，实际为 ${describeValue(raw)}`,
        messageEn: `measuredBaselines.${key} must be a non-negative decimal${percent ? ' (a percentage, 0–100)' : ''}, got ${describeValue(raw)}`,
      });
    }
    out.set(id, { value, formula: { ...formulaOf(id), baseline: decimalToFraction(value) } });
  }
  return out;
}

/**
 * An indicator result's progress judged on the measured baseline's line (its value, target and gap do not change).
 *
 * @internal
 */
export function withMeasuredBaseline(
  r: IndicatorResult,
  baselines: ReadonlyMap<BaselineIndicatorId, { readonly formula: Formula }>,
  share: ElapsedShare,
): IndicatorResult {
  const measured = baselines.get(r.id as BaselineIndicatorId);
  if (measured === undefined) return r;
  const f = measured.formula;
  if (r.status !== 'ok' || r.numerator === null || r.denominator === null || r.meetsTarget === null) {
    // No value to judge: only the expected value on the measured line changes.
    return { ...r, progress: { status: r.progress.status, expected: progressOf(f, 0, 1, false, share).expected } };
  }
  return { ...r, progress: progressOf(f, r.numerator, r.denominator, r.meetsTarget, share) };
}
