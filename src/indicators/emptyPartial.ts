import { newPartial } from './_accumulate';
import type { IndicatorPartial } from './IndicatorPartial';

/**
 * The partial of no units: every sum 0, nothing missing. The identity of {@link mergePartials}.
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
 * emptyPartial().indicators.rural_facility_coverage
 * //=> { numerator: 0, denominator: 0, missingCount: 0, missing: [] }
 * ```
 */
export function emptyPartial(): IndicatorPartial {
  return newPartial();
}
