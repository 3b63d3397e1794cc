import type { IndicatorId } from './INDICATOR_IDS';
import type { IndicatorDefinition } from './IndicatorDefinition';
import { INDICATORS } from './INDICATORS';

const BY_ID: ReadonlyMap<string, IndicatorDefinition> = /* @__PURE__ */ new Map(INDICATORS.map((d) => [d.id, d]));

/**
 * The definition of one indicator by its ID.
 *
 * @throws RangeError when called (from untyped code) with a value that is not an indicator ID.
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * getIndicator('facility_area_per_100_households').target.value
 * //=> '30'
 * getIndicator('activity_area_share').baseline
 * //=> undefined
 * ```
 */
export function getIndicator(id: IndicatorId): IndicatorDefinition {
  const def = BY_ID.get(id);
  if (def === undefined) throw new RangeError(`Unknown indicator ID: ${String(id)}`);
  return def;
}
