import { formulaOf } from './_formula';
import { expectedString } from './_judge';
import { elapsedShare } from '../period/elapsedShare';
import { parseCalendarDate } from '../period/parseCalendarDate';
import type { IndicatorId } from './INDICATOR_IDS';

/**
 * The value an indicator is expected to have on a date, on the straight line from its 2020 baseline (on 2020-12-31)
 * to its 2025 target (on 2025-12-31), or `null` when 专栏1 gives no baseline (—).
 *
 * expected = baseline + (target − baseline) × elapsed share, where the share is days since 2020-12-31 over the
 * 1826 days to 2025-12-31 (0 before, 1 after). Exact when the decimal terminates, otherwise 40 significant digits;
 * progress is judged on the exact fraction, not on this string.
 *
 * @param id - The indicator.
 * @param asOf - A calendar date `YYYY-MM-DD`.
 * @throws `PlanInputError` (path `['asOf']`) when `asOf` is not a valid calendar date.
 * @clause P1.1
 * @clause P1.2
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * expectedValue('rural_facility_coverage', '2023-07-02') // half of the period: 60 + (80 − 60) / 2
 * //=> '70'
 * expectedValue('workers_per_10000_urban_residents', '2023-07-02') // 17.1 + (18 − 17.1) / 2
 * //=> '17.55'
 * expectedValue('activity_area_share', '2023-07-02')
 * //=> null
 * ```
 */
export function expectedValue(id: IndicatorId, asOf: string): string | null {
  return expectedString(formulaOf(id), elapsedShare(parseCalendarDate(asOf, 'asOf')));
}
