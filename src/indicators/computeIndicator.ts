import { addUnitInto, newPartial, seal } from './_accumulate';
import { figuresOf, finalizeOne } from './_finalize';
import { formulaOf } from './_formula';
import { elapsedShare } from '../period/elapsedShare';
import { parseCalendarDate } from '../period/parseCalendarDate';
import { LONGCHUAN_CODE } from '../units/LONGCHUAN_CODE';
import type { CountyFigures } from '../snapshot/countySchema';
import type { UnitInput } from '../snapshot/unitSchema';
import { countyOf, unitsOf } from './_unitInput';
import type { IndicatorId } from './INDICATOR_IDS';
import { resolveOptions, type IndicatorOptions } from './IndicatorOptions';
import type { IndicatorLevel, IndicatorResult } from './IndicatorResult';

/**
 * Options of {@link computeIndicator}: the readings, the as-of date, and what the units add up to.
 *
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const options: ComputeIndicatorOptions = { asOf: '2024-12-31', classifyBy: 'caller' };
 * const units = [{ code: '533124101001', townshipCode: '533124101', classification: 'rural', hasServiceFacility: true }] as const;
 * computeIndicator('rural_facility_coverage', units, options).value
 * //=> '100'
 * ```
 */
export interface ComputeIndicatorOptions extends IndicatorOptions {
  /** As-of date `YYYY-MM-DD`, for progress. */
  readonly asOf: string;
  /** Level of the result; default `'county'`. */
  readonly level?: IndicatorLevel | undefined;
  /** Subject code of the result; default `'533124'` (Longchuan). */
  readonly subject?: string | undefined;
  /**
   * County-wide figures, for indicator 7 under `urbanPopulationSource: 'county'` (`urbanResidentPopulation`, checked
   * with `residentPopulation`, which it may not exceed).
   */
  readonly county?: CountyFigures | undefined;
}

/**
 * Compute one indicator over a list of units taken together (a county, a township, any group): the ratio of the
 * summed numerators and denominators, with progress and gap on the as-of date.
 *
 * The units are taken as a snapshot's `units` are (raw input or `parseSnapshot`'s output alike): every field the
 * indicators read is checked as `parseSnapshot` checks it, and an area given as a number is read as its shortest
 * decimal string (`90` as `'90'`, `107.2` as `'107.2'`). A value the snapshot would reject, or a unit code listed
 * twice, throws rather than being read as something else. Fields the indicators do not read are not looked at.
 *
 * @param id - The indicator.
 * @param units - The units, as in a snapshot; not changed.
 * @param options - As-of date, readings, level and subject.
 * @throws `PlanInputError` for an invalid as-of date (path `asOf`) or option, or a unit field the snapshot would
 *   reject, naming its path (`units[0].households`: a count must be a whole number 0–2,000,000,000; an area a
 *   non-negative number or decimal string of m² with at most 2 decimals).
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
 * const r = computeIndicator(
 *   'workers_per_10000_urban_residents',
 *   [{ code: '533124101001', townshipCode: '533124101', communityWorkers: 9 }],
 *   { asOf: '2024-12-31', county: { urbanResidentPopulation: 5000 } }, // 9 ÷ 城镇常住人口 5000 × 10000
 * );
 * [r.value, r.meetsTarget, r.progress.status, r.gap]
 * //=> ['18', true, 'achieved', '0']
 * const area = computeIndicator(
 *   'facility_area_per_100_households',
 *   [{ code: '533124101201', townshipCode: '533124101', households: 300, facilityBuildingArea: 90 }],
 *   { asOf: '2024-12-31' },
 * );
 * [area.value, area.meetsTarget]
 * //=> ['30', true]
 * computeIndicator('facility_area_per_100_households', [{ code: '533124101201', townshipCode: '533124101', households: -300 }], { asOf: '2024-12-31' });
 * //=> throws PlanInputError { code: 'invalid_value', path: ['units', 0, 'households'] }
 * ```
 */
export function computeIndicator(id: IndicatorId, units: readonly UnitInput[], options: ComputeIndicatorOptions): IndicatorResult {
  const o = resolveOptions(options);
  const share = elapsedShare(parseCalendarDate(options.asOf, 'asOf'));
  const county = countyOf(options.county, ['county']);
  const acc = newPartial();
  for (const u of unitsOf(units, ['units'])) addUnitInto(acc, u, o);
  const level = options.level ?? 'county';
  const subject = options.subject ?? LONGCHUAN_CODE;
  const figures = figuresOf(id, seal(acc), { level, subject, countyPopulation: o.countyPopulation, county });
  return finalizeOne(formulaOf(id), figures, level, subject, share);
}
