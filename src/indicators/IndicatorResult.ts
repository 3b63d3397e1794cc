import type { IndicatorClause } from './IndicatorDefinition';
import type { IndicatorId } from './INDICATOR_IDS';
import type { MissingField } from './IndicatorPartial';

/**
 * The level of the hierarchy a result describes: one village-level `'unit'`, a `'township'`, or the whole region
 * (`'county'`: Longchuan, or the snapshot's region code for a larger data set).
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const level: IndicatorLevel = computeIndicators(parseSnapshot({ asOf: '2024-12-31', units: [] })).county[0]!.level;
 * level
 * //=> 'county'
 * ```
 */
export type IndicatorLevel = 'unit' | 'township' | 'county';

/**
 * Whether a value could be computed: `'ok'`; `'not_applicable'` when the denominator is zero (no unit in scope, no
 * households, no floor area: never NaN or Infinity); `'missing_data'` when a unit left out a field the formula needs.
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const status: IndicatorStatus = computeIndicator('rural_facility_coverage', [], { asOf: '2024-12-31' }).status;
 * status // no rural unit: 0 ÷ 0
 * //=> 'not_applicable'
 * ```
 */
export type IndicatorStatus = 'ok' | 'not_applicable' | 'missing_data';

/**
 * Progress toward the 2025 target on the as-of date.
 *
 * `'achieved'`: the target is met (judged on the unrounded value). Not met, while the period runs (before
 * 2025-12-31), for an indicator with a 2020 baseline: `'on_track'` at or above the straight line from the baseline
 * (2020-12-31) to the target (2025-12-31), `'behind'` below it. `'not_achieved'`: not met, for an indicator without a
 * baseline, and for every indicator from the target date 2025-12-31 on (the final assessment: once the period has
 * ended there is no "on the way" any more). `'no_data'` when the value is missing or not applicable.
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const status: ProgressStatus = computeIndicator('rural_facility_coverage', [], { asOf: '2024-12-31' }).progress.status;
 * status
 * //=> 'no_data'
 * ```
 */
export type ProgressStatus = 'achieved' | 'on_track' | 'behind' | 'not_achieved' | 'no_data';

/**
 * Progress of one result: its status and the value expected on the as-of date.
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const progress: IndicatorProgress = computeIndicator(
 *   'rural_facility_coverage',
 *   [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: false }],
 *   { asOf: '2023-07-02' },
 * ).progress;
 * progress
 * //=> { status: 'behind', expected: '70' }
 * ```
 */
export interface IndicatorProgress {
  /** Progress status. */
  readonly status: ProgressStatus;
  /**
   * The value expected on the as-of date on the straight line from the 2020 baseline to the 2025 target (exact when
   * it terminates, else 40 significant digits), or `null` for an indicator without a baseline.
   */
  readonly expected: string | null;
}

/**
 * The numerator and denominator of the units that were complete, reported (for information only) when a result is
 * `missing_data`. The target is never judged on them.
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const r = computeIndicator(
 *   'rural_facility_coverage',
 *   [
 *     { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
 *     { code: '533124101202', townshipCode: '533124101' },
 *   ],
 *   { asOf: '2024-12-31' },
 * );
 * const partial: IndicatorPartialFigures | null = r.partial;
 * [r.status, partial]
 * //=> ['missing_data', { numerator: '1', denominator: '1' }]
 * ```
 */
export interface IndicatorPartialFigures {
  /** Numerator over the complete units. */
  readonly numerator: string;
  /** Denominator over the complete units. */
  readonly denominator: string;
}

/**
 * One indicator computed for one subject (a unit, a township or the county) on one date. Plain JSON: no `undefined`,
 * no class instances, keys always in this order.
 *
 * `numerator` and `denominator` are decimal strings in the indicator's own terms: counts of units, households,
 * persons, or m² (exact to 0.01). `value` = numerator ÷ denominator × factor, exact when the division terminates and
 * otherwise to 40 significant digits; `meetsTarget`, `progress` and `gap` are judged on the exact fraction, never on
 * a rounded value. `gap` is what is still needed to meet the target, in the indicator's terms: whole units (1, 2, 6)
 * or whole persons (7), rounded up; m² (3, 4, 5) as an exact decimal; `'0'` when the target is met.
 *
 * @clause P1.1
 * @clause P1.2
 * @clause P1.3
 * @clause P1.4
 * @clause P1.5
 * @clause P1.6
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const r: IndicatorResult = computeIndicator(
 *   'rural_facility_coverage',
 *   [
 *     { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
 *     { code: '533124101202', townshipCode: '533124101', hasServiceFacility: false },
 *   ],
 *   { asOf: '2023-07-02' },
 * );
 * [r.status, r.value, r.numerator, r.denominator, r.meetsTarget, r.progress, r.gap]
 * //=> ['ok', '50', '1', '2', false, { status: 'behind', expected: '70' }, '1']
 * // At county scale: 40 of 68 villages → gap '15' (80% of 68 is 54.4, so 55 are needed).
 * ```
 */
export type IndicatorResult = IndicatorResultOk | IndicatorResultNotApplicable | IndicatorResultMissingData;

/**
 * What every {@link IndicatorResult} has, whatever its status: which indicator, level and subject, the target, the
 * progress and the missing (unit, field) pairs.
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const base: IndicatorResultBase = computeIndicator('rural_facility_coverage', [], { asOf: '2024-12-31' });
 * base.target
 * //=> '80'
 * ```
 */
export interface IndicatorResultBase {
  /** Indicator ID. */
  readonly id: IndicatorId;
  /** Clause of the 专栏1 row. */
  readonly clause: IndicatorClause;
  /** Level of the subject. */
  readonly level: IndicatorLevel;
  /** Unit code, township code, or region code. */
  readonly subject: string;
  /** Whether the value could be computed. */
  readonly status: IndicatorStatus;
  /** The exact value in the indicator's unit, or `null` unless `status` is `'ok'`. */
  readonly value: string | null;
  /** Numerator as a decimal string, or `null` when `missing_data`. */
  readonly numerator: string | null;
  /** Denominator as a decimal string, or `null` when `missing_data`. */
  readonly denominator: string | null;
  /** The 2025 target value, e.g. `'80'`. */
  readonly target: string;
  /** Whether the unrounded value is at least the target, or `null` unless `status` is `'ok'`. */
  readonly meetsTarget: boolean | null;
  /** Progress on the as-of date. */
  readonly progress: IndicatorProgress;
  /** What is still needed to meet the target, or `null` unless `status` is `'ok'`. */
  readonly gap: string | null;
  /** The missing (unit, field) pairs, sorted, at most `MISSING_LIST_LIMIT`; empty unless `missing_data`. */
  readonly missing: readonly MissingField[];
  /** How many (unit, field) pairs were missing in all (may exceed the length of `missing`). */
  readonly missingCount: number;
  /** The complete units' numerator and denominator when `missing_data` (for information), else `null`. */
  readonly partial: IndicatorPartialFigures | null;
}

/**
 * An {@link IndicatorResult} with a value: after checking `status === 'ok'`, the value, numerator, denominator,
 * `meetsTarget` and gap are never `null`.
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const r = computeIndicator('rural_facility_coverage', [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }], { asOf: '2025-12-31' });
 * if (r.status === 'ok') {
 *   const value: string = r.value; // no null check needed
 * }
 * r.status
 * //=> 'ok'
 * ```
 */
export interface IndicatorResultOk extends IndicatorResultBase {
  readonly status: 'ok';
  readonly value: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly meetsTarget: boolean;
  readonly gap: string;
  readonly partial: null;
}

/**
 * An {@link IndicatorResult} whose denominator is zero (no unit in scope, no households, no floor area): no value, never
 * NaN or Infinity; the numerator and the zero denominator are given.
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const r = computeIndicator('rural_facility_coverage', [], { asOf: '2025-12-31' });
 * [r.status, r.value, r.denominator]
 * //=> ['not_applicable', null, '0']
 * ```
 */
export interface IndicatorResultNotApplicable extends IndicatorResultBase {
  readonly status: 'not_applicable';
  readonly value: null;
  readonly numerator: string;
  readonly denominator: string;
  readonly meetsTarget: null;
  readonly gap: null;
}

/**
 * An {@link IndicatorResult} that lacks data: no value; `missing` names the (unit, field) pairs, and `partial` may give
 * the complete units' figures for information.
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const r = computeIndicator('rural_facility_coverage', [{ code: '533124101201', townshipCode: '533124101' }], { asOf: '2025-12-31' });
 * [r.status, r.value, r.missing]
 * //=> ['missing_data', null, [{ unit: '533124101201', field: 'hasServiceFacility' }]]
 * ```
 */
export interface IndicatorResultMissingData extends IndicatorResultBase {
  readonly status: 'missing_data';
  readonly value: null;
  readonly numerator: null;
  readonly denominator: null;
  readonly meetsTarget: null;
  readonly gap: null;
}
