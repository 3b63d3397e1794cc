import type { IndicatorLevel } from '../indicators/IndicatorResult';
import type { IndicatorOptions } from '../indicators/IndicatorOptions';
import type { RuleId } from '../rules/RULE_IDS';
import type { RuleOptions } from '../rules/RuleOptions';

/**
 * Options of {@link evaluate}: the as-of date, display rounding, every interpretation option of the indicators and
 * rules (each with the library's documented reading as default), which rules to run, and which indicator levels to
 * report.
 *
 * - `asOf`: judge progress and due dates on this date instead of the snapshot's `asOf`.
 * - `rounding` and `places`: how values are rounded for display (`'half_up'` 四舍五入 by default, `'half_even'`
 *   for GB/T 8170 四舍六入五成双; 1 decimal for indicators, `places` for rule shares). Targets are always judged on
 *   the unrounded value.
 * - `rules`: the IDs of the rules to run; all of them by default.
 * - `levels`: indicator levels to report; all three by default (`'county'` and `'township'` under `detail: 'summary'`).
 *   Leave out `'unit'` for very large snapshots.
 * - `scope` and `allowUnregisteredUnits`: see {@link EvaluationCoverage}. A unit code that is not one of Longchuan's
 *   77 registered units is rejected with an issue unless `allowUnregisteredUnits` is `true`.
 * - `detail`: `'full'` (default) materialises every result: one indicator result per unit and indicator, one rule
 *   result with its two messages per unit and unit-level rule (24 of the 46 rules), 15 million objects for China's
 *   620,573 village-level units. `'summary'`, for dashboards over very large data, reports indicators at county and
 *   township level only and counts the unit-level rules instead of listing them: `ruleCounts` gives each rule's
 *   units by status, overall and per township, and the first 100 failing, pending and incomplete units; `rules` then
 *   holds the other rules' results only. Everything else (headline, summary, actions, input) is the same as `'full'`.
 *
 * @clause P1.1
 * @clause T3
 * @example
 * ```ts
 * const options: EvaluateOptions = { asOf: '2025-12-31', rounding: 'half_even', farmCountsAsTownship: true, detail: 'summary' };
 * ```
 * @category Evaluation · 评估
 */
export interface EvaluateOptions extends IndicatorOptions, RuleOptions {
  /** As-of date `YYYY-MM-DD`; default the snapshot's. */
  readonly asOf?: string;
  /** IDs of the rules to run; default all. */
  readonly rules?: readonly RuleId[];
  /** Indicator levels to report; default `['county', 'township', 'unit']`. */
  readonly levels?: readonly IndicatorLevel[];
  /** Decimal places of indicator values shown in `headline`; default 1. */
  readonly indicatorPlaces?: number;
  /** `'full'` (default): every result; `'summary'`: unit-level rules counted, indicators for county and townships. */
  readonly detail?: 'full' | 'summary';
  /**
   * `'county'` (default): the data stands for the whole county, and registered units left out make the county
   * figures incomplete. A township's 9-digit code: the data is that township's own entry, its figures are labelled
   * as the township's (not the county's), and only its registered units are expected. `'units'`: the figures
   * describe exactly the units given (a sample, a test fixture, a data-entry check), labelled as such, never as the
   * county's; no registered unit is expected. Under either narrower scope, P1.7's denominator is the units' own urban
   * residents unless `urbanPopulationSource` says otherwise: the county's 城镇常住人口 does not describe them.
   */
  readonly scope?: string;
  /**
   * Measured 2020 baselines, by indicator (`rural_facility_coverage`, `urban_facility_coverage`,
   * `workers_per_10000_urban_residents`: the three with a baseline in 专栏1): progress on the straight line to the
   * 2025 target starts from the county's own figure instead of the plan's (60%, 100%, 17.1人). A plain decimal string
   * or a finite number. The headline and the reports say which baseline was used.
   */
  readonly measuredBaselines?: Readonly<Partial<Record<'rural_facility_coverage' | 'urban_facility_coverage' | 'workers_per_10000_urban_residents', string | number>>>;
  /** Evaluate unit codes that are not in the registry (a newer division list) instead of rejecting them; default `false`. */
  readonly allowUnregisteredUnits?: boolean;
}
