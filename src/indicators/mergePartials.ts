import { add } from './_exact';
import { mergeMissing } from './_accumulate';
import { INDICATOR_IDS, type IndicatorId } from './INDICATOR_IDS';
import type { IndicatorPartial, PartialSums } from './IndicatorPartial';

function mergeSums(a: PartialSums, b: PartialSums): PartialSums {
  return {
    numerator: add(a.numerator, b.numerator),
    denominator: add(a.denominator, b.denominator),
    missingCount: a.missingCount + b.missingCount,
    missing: mergeMissing(a.missing, b.missing),
  };
}

/**
 * Merge two partials into a new one: sums added exactly, missing counts added, missing lists merged in (unit, field)
 * order and cut at `MISSING_LIST_LIMIT`.
 *
 * Pure (neither input is changed), associative and commutative, with {@link emptyPartial} as identity: any grouping of
 * units (by township, by worker thread, by shard of a map-reduce job) merges to the same result. Ratios are never
 * averaged: numerators and denominators are summed separately. Sums beyond 2^53 continue exactly as decimal strings.
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
 * const a = unitPartial({ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true });
 * const b = unitPartial({ code: '533124101202', townshipCode: '533124101', hasServiceFacility: false });
 * mergePartials(a, b).indicators.rural_facility_coverage
 * //=> { numerator: 1, denominator: 2, missingCount: 0, missing: [] }
 * ```
 */
export function mergePartials(a: IndicatorPartial, b: IndicatorPartial): IndicatorPartial {
  const indicators = {} as Record<IndicatorId, PartialSums>;
  for (const id of INDICATOR_IDS) indicators[id] = mergeSums(a.indicators[id], b.indicators[id]);
  return { indicators, urbanCommunityWorkers: mergeSums(a.urbanCommunityWorkers, b.urbanCommunityWorkers) };
}
