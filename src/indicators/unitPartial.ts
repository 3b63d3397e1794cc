import type { Unit } from '../snapshot/unitSchema';
import { addUnitInto, newPartial, seal } from './_accumulate';
import { resolveOptions, type IndicatorOptions } from './IndicatorOptions';
import type { IndicatorPartial } from './IndicatorPartial';

/**
 * One unit's contribution to the seven indicators, as a plain-JSON partial (see {@link IndicatorPartial}).
 *
 * Each indicator reads the fields its formula needs (see {@link INDICATORS} for the readings). A field left out is
 * never read as zero: the unit then adds nothing to that indicator's sums and is listed as missing. The unit is not
 * changed.
 *
 * @param unit - A parsed unit (areas as canonical decimal strings with at most 2 decimals, as `parseSnapshot` gives).
 * @param options - Readings the caller may change; defaults are the library's readings.
 * @throws `PlanInputError` with code `'invalid_option'` for an unknown option value.
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
 * const p = unitPartial({ code: '533124101201', townshipCode: '533124101', households: 400, hasServiceFacility: true, facilityBuildingArea: '320.5' });
 * p.indicators.facility_area_per_100_households
 * //=> { numerator: 32050, denominator: 400, missingCount: 0, missing: [] }
 * p.indicators.activity_area_share.missing
 * //=> [{ unit: '533124101201', field: 'facilityActivityArea' }]
 * ```
 */
export function unitPartial(unit: Unit, options?: IndicatorOptions): IndicatorPartial {
  const acc = newPartial();
  addUnitInto(acc, unit, resolveOptions(options));
  return seal(acc);
}
