import { deepFreeze } from '../_lib/deepFreeze';

/**
 * The stable IDs of the seven 专栏1 indicators, in the order the plan numbers them (1–7). Frozen.
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
 * INDICATOR_IDS[0]
 * //=> 'rural_facility_coverage'
 * INDICATOR_IDS.length
 * //=> 7
 * ```
 */
export const INDICATOR_IDS = deepFreeze([
  'rural_facility_coverage',
  'urban_facility_coverage',
  'commercial_service_area_share',
  'facility_area_per_100_households',
  'activity_area_share',
  'urban_self_service_coverage',
  'workers_per_10000_urban_residents',
] as const);

/**
 * The stable ID of one 专栏1 indicator: a literal union, so a mistyped ID does not compile.
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const id: IndicatorId = 'facility_area_per_100_households';
 * getIndicator(id).clause
 * //=> 'P1.4'
 * ```
 */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Whether a value is one of the seven indicator IDs (for untyped input such as a CLI argument).
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * isIndicatorId('urban_self_service_coverage')
 * //=> true
 * isIndicatorId('coverage')
 * //=> false
 * ```
 */
export function isIndicatorId(value: unknown): value is IndicatorId {
  // `includes` compares with SameValueZero, so no value but one of the seven strings is found: no typeof check needed.
  return (INDICATOR_IDS as readonly unknown[]).includes(value);
}
