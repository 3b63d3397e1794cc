import type { IndicatorPartial } from '../indicators/IndicatorPartial';
import type { UnitRuleCounts } from '../rules/UnitRuleCounts';

/**
 * One township's share of a {@link SummaryPartial}: its units, the seven indicators' partial sums, and the statuses
 * of the unit-level rules over its units, counted.
 *
 * @clause S4
 * @example
 * ```ts
 * const t: TownshipSummaryPartial = { units: 2, indicators: emptyPartial(), ruleCounts: [2, 0, 0, 0, 0] };
 * ```
 * @category Evaluation · 评估
 */
export interface TownshipSummaryPartial {
  /** Village-level units counted. */
  readonly units: number;
  /** The seven indicators' partial sums over them (see `mergePartials`). */
  readonly indicators: IndicatorPartial;
  /**
   * Units by status for each rule of {@link SummaryPartial.rules}, five numbers per rule in the order pass, fail,
   * pending, not_applicable, missing_data (rule-major: rule r's count of status s is at `5 × r + s`).
   */
  readonly ruleCounts: readonly number[];
}

/**
 * The unit-level part of a summary evaluation over a set of village-level units, as plain JSON: the map step of
 * map → merge → finalize. Built by {@link summarizeUnits} over any set of units (a province, a shard, one worker
 * thread's townships), merged by {@link mergeSummaries}, turned into an evaluation by {@link evaluateFromSummary}.
 * Merging is associative and commutative: any split of the units gives the evaluation of the whole.
 *
 * @clause S4
 * @example
 * ```ts
 * const p: SummaryPartial = summarizeUnits(parseSnapshot({ asOf: '2024-12-31', units: [] }));
 * Object.keys(p.townships).length
 * //=> 0
 * ```
 * @category Evaluation · 评估
 */
export interface SummaryPartial {
  /** Units counted. */
  readonly units: number;
  /** The readings the units were judged under (the indicators' and the rules'), every default filled in. */
  readonly options: Readonly<Record<string, string | number | boolean>>;
  /** Per township code, its share. */
  readonly townships: Readonly<Record<string, TownshipSummaryPartial>>;
  /** The unit-level rules over all the units: counts by status and the first subjects (see `countUnitRules`). */
  readonly rules: UnitRuleCounts;
  /** For each field, how many of the units lack it for some unit-level rule or indicator (fields in name order). */
  readonly missingUnits: Readonly<Record<string, number>>;
}
