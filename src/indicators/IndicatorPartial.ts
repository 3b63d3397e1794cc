import type { IndicatorId } from './INDICATOR_IDS';

/**
 * A field the formula needed and the data left out: which unit, which field.
 *
 * `unit` is a 12-digit unit code, or the snapshot's region code for a county figure (then `field` is
 * `'county.urbanResidentPopulation'`).
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const [m]: readonly MissingField[] = unitPartial({ code: '533124101201', townshipCode: '533124101' }).indicators
 *   .rural_facility_coverage.missing;
 * m
 * //=> { unit: '533124101201', field: 'hasServiceFacility' }
 * ```
 */
export interface MissingField {
  /** The unit's code (or the region code for a county-wide figure). */
  readonly unit: string;
  /** The snapshot field that was left out, e.g. `'households'` or `'committeeType'`. */
  readonly field: string;
}

/**
 * One indicator's running sums inside an {@link IndicatorPartial}: plain JSON, exact integers.
 *
 * `numerator` and `denominator` sum only the units whose every needed field is known, in integer units: counts
 * (units, households, persons) or areas in hundredths of m² (`'320.5'` m² is `32050`). Each is a `number` while it is
 * a safe integer (below 2^53) and a decimal integer string beyond that, so a merge never loses precision.
 * `missingCount` counts every (unit, field) pair that was missing; `missing` lists the first
 * {@link MISSING_LIST_LIMIT} of them in (unit, field) order, so a partial stays small however much is missing.
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
 * unitPartial({ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }).indicators.rural_facility_coverage
 * //=> { numerator: 1, denominator: 1, missingCount: 0, missing: [] }
 * ```
 */
export interface PartialSums {
  /** Σ numerator over complete units (count, or hundredths of m²). */
  readonly numerator: number | string;
  /** Σ denominator over complete units (count, or hundredths of m²). */
  readonly denominator: number | string;
  /** How many (unit, field) pairs were missing. */
  readonly missingCount: number;
  /** The first {@link MISSING_LIST_LIMIT} missing pairs, sorted by unit code then field. */
  readonly missing: readonly MissingField[];
}

/**
 * Plain-JSON partial results of the seven indicators over a set of units, to be merged ({@link mergePartials}) and
 * turned into results ({@link finalizePartial}).
 *
 * Merging is associative and commutative, so the county's figures are the same whether computed in one pass or by
 * merging per-township, per-worker or per-shard partials: a province or the whole country works the same way.
 * `urbanCommunityWorkers` is indicator 7's numerator on its own (Σ communityWorkers of urban communities whose count
 * is known; `denominator` counts those communities), used when the county-level value takes the county's urban
 * population (`urbanPopulationSource: 'county'`).
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
 * const p: IndicatorPartial = mergePartials(emptyPartial(), emptyPartial());
 * p.indicators.facility_area_per_100_households.denominator
 * //=> 0
 * ```
 */
export interface IndicatorPartial {
  /** Running sums per indicator. */
  readonly indicators: { readonly [K in IndicatorId]: PartialSums };
  /** Indicator 7's numerator alone, for the county-population reading. */
  readonly urbanCommunityWorkers: PartialSums;
}

/**
 * How many missing (unit, field) pairs a partial lists in detail (the total is always counted): 1,000.
 *
 * A partial keeps the 1,000 smallest pairs in (unit code, field) order, which is the same whichever way partials are
 * merged; a result reports the full count in `missingCount`.
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * MISSING_LIST_LIMIT
 * //=> 1000
 * ```
 */
export const MISSING_LIST_LIMIT = 1000;
