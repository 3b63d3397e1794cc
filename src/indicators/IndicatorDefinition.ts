import type { ClauseId } from '../plan/clauseIds';
import type { IndicatorId } from './INDICATOR_IDS';

/**
 * The clause ID of a 专栏1 indicator row: `'P1.1'` … `'P1.7'`.
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const clause: IndicatorClause = getIndicator('urban_facility_coverage').clause;
 * clause
 * //=> 'P1.2'
 * ```
 */
export type IndicatorClause = Extract<ClauseId, 'P1.1' | 'P1.2' | 'P1.3' | 'P1.4' | 'P1.5' | 'P1.6' | 'P1.7'>;

/**
 * The unit an indicator is measured in: per cent (`'percent'`), m² per 100 households (`'m2_per_100_households'`)
 * or persons per 10,000 urban residents (`'persons_per_10000_residents'`).
 *
 * @clause P1.4
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const unit: IndicatorUnit = getIndicator('facility_area_per_100_households').unit;
 * unit
 * //=> 'm2_per_100_households'
 * ```
 */
export type IndicatorUnit = 'percent' | 'm2_per_100_households' | 'persons_per_10000_residents';

/**
 * A caller option that changes how an indicator is read (see `IndicatorOptions`).
 *
 * @clause P1.1
 * @clause P1.3
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const names: readonly IndicatorOptionName[] = getIndicator('commercial_service_area_share').options;
 * names
 * //=> ['classifyBy', 'commercialShareScope', 'farmCommunities']
 * ```
 */
export type IndicatorOptionName = 'classifyBy' | 'commercialShareScope' | 'urbanPopulationSource' | 'farmCommunities';

/**
 * The 2020 baseline (2020年基期值) of an indicator, exactly as 专栏1 prints it.
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * getIndicator('rural_facility_coverage').baseline
 * //=> { year: 2020, value: '60', printed: '60%' }
 * ```
 */
export interface IndicatorBaseline {
  /** Always 2020 (专栏1 “2020年基期值”, taken as at 2020-12-31). */
  readonly year: 2020;
  /** The number as a plain decimal string in the indicator's unit, e.g. `'60'` or `'17.1'`. */
  readonly value: string;
  /** The cell exactly as printed, e.g. `'60%'` or `'17.1人'`. */
  readonly printed: string;
}

/**
 * The 2025 target (2025年目标值) of an indicator, exactly as 专栏1 prints it, with the comparator it is read with.
 *
 * @clause P1.3
 * @category Indicators · 指标
 * @example
 * ```ts
 * getIndicator('commercial_service_area_share').target
 * //=> { year: 2025, comparator: 'at_least', value: '10', printed: '≥10%' }
 * ```
 */
export interface IndicatorTarget {
  /** Always 2025 (专栏1 “2025年目标值”, due 2025-12-31, “到2025年末”). */
  readonly year: 2025;
  /**
   * Always `'at_least'` (≥). Rows 3–5 print `≥`; rows 1, 2, 6 and 7 print a bare figure (`80%`, `100%`, `18人`),
   * which this library reads as a floor too: the targets of a 预期性 plan are levels to reach, and exceeding one
   * is never a shortfall. For `100%` the floor is the only level there is.
   */
  readonly comparator: 'at_least';
  /** The number as a plain decimal string in the indicator's unit, e.g. `'80'` or `'30'`. */
  readonly value: string;
  /** The cell exactly as printed, e.g. `'80%'`, `'≥30平方米'` or `'18人'`. */
  readonly printed: string;
}

/**
 * A sentence of another clause that informs how an indicator is read, quoted verbatim.
 *
 * @clause P1.4
 * @clause T8
 * @category Indicators · 指标
 * @example
 * ```ts
 * getIndicator('facility_area_per_100_households').related[0]?.clause
 * //=> 'T8'
 * ```
 */
export interface IndicatorSource {
  /** The clause quoted. */
  readonly clause: ClauseId;
  /** The plan's exact words. */
  readonly quote: string;
}

/**
 * One of the seven main indicators of 专栏1: what the plan prints, and how this library reads and computes it.
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
 * const def: IndicatorDefinition = getIndicator('workers_per_10000_urban_residents');
 * [def.quote, def.baseline?.printed, def.target.printed]
 * //=> ['每万名城镇常住人口拥有社区工作者', '17.1人', '18人']
 * ```
 */
export interface IndicatorDefinition {
  /** Stable ID. */
  readonly id: IndicatorId;
  /** The row number 专栏1 prints (序号), 1–7. */
  readonly number: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Clause ID of the row. */
  readonly clause: IndicatorClause;
  /** The indicator's name exactly as 专栏1 prints it (指标). */
  readonly quote: string;
  /** Chinese name (the printed name). */
  readonly nameZh: string;
  /** English name. */
  readonly nameEn: string;
  /** Unit of the value. */
  readonly unit: IndicatorUnit;
  /** Unit for display in Chinese, e.g. `'%'`, `'平方米/百户'`. */
  readonly unitZh: string;
  /** Unit for display in English, e.g. `'%'`, `'m² per 100 households'`. */
  readonly unitEn: string;
  /** The multiplier of the ratio as a decimal string: `'100'` (per cent, per 100 households) or `'10000'` (per 10,000). */
  readonly factor: '100' | '10000';
  /** The 2020 baseline, or `undefined` where 专栏1 prints `—`. */
  readonly baseline: IndicatorBaseline | undefined;
  /** The 2025 target. */
  readonly target: IndicatorTarget;
  /** The attribute column (属性), always `'预期性'`. */
  readonly attribute: '预期性';
  /** `'indicative'`: 预期性 targets guide; they are not binding (约束性). */
  readonly binding: 'indicative';
  /** The formula in Chinese words and symbols. */
  readonly formulaZh: string;
  /** The formula in English words and symbols. */
  readonly formulaEn: string;
  /** How this library reads the row where the plan leaves a choice, and what the caller's options change. */
  readonly reading: string;
  /** The options that change the reading (empty when none does). */
  readonly options: readonly IndicatorOptionName[];
  /** Other clauses of the plan quoted in support of the reading. */
  readonly related: readonly IndicatorSource[];
}
