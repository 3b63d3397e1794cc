import type { UnitInput } from '../snapshot/unitSchema';
import { addUnitInto, newPartial, seal } from './_accumulate';
import { unitOf } from './_unitInput';
import { resolveOptions, type IndicatorOptions } from './IndicatorOptions';
import type { IndicatorPartial } from './IndicatorPartial';

/**
 * One unit's contribution to the seven indicators, as a plain-JSON partial (see {@link IndicatorPartial}).
 *
 * Each indicator reads the fields its formula needs (see {@link INDICATORS} for the readings). A field left out is
 * never read as zero: the unit then adds nothing to that indicator's sums and is listed as missing. The unit is not
 * changed.
 *
 * The unit is taken as a snapshot's unit is (raw input or `parseSnapshot`'s output alike): every field the indicators
 * read is checked as `parseSnapshot` checks it, and an area given as a number is read as its shortest decimal string.
 *
 * @param unit - A unit, as in a snapshot (areas as numbers or decimal strings with at most 2 decimals).
 * @param options - Readings the caller may change; defaults are the library's readings.
 * @throws `PlanInputError` with code `'invalid_option'` for an unknown option value, or for a field the snapshot would
 *   reject, naming its path (`unit.households`).
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
 * unitPartial({ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true, facilityBuildingArea: 107.2, facilityActivityArea: 60 })
 *   .indicators.activity_area_share
 * //=> { numerator: 6000, denominator: 10720, missingCount: 0, missing: [] }
 * ```
 */
export function unitPartial(unit: UnitInput, options?: IndicatorOptions): IndicatorPartial {
  const o = resolveOptions(options);
  const acc = newPartial();
  addUnitInto(acc, unitOf(unit, ['unit']), o);
  return seal(acc);
}
