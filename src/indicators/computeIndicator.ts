import { addUnitInto, newPartial, seal } from './_accumulate';
import { figuresOf, finalizeOne } from './_finalize';
import { formulaOf } from './_formula';
import { elapsedShare } from '../period/elapsedShare';
import { parseCalendarDate } from '../period/parseCalendarDate';
import { LONGCHUAN_CODE } from '../units/LONGCHUAN_CODE';
import type { CountyFigures } from '../snapshot/countySchema';
import type { Unit } from '../snapshot/unitSchema';
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
  /** County-wide figures, for indicator 7 under `urbanPopulationSource: 'county'`. */
  readonly county?: CountyFigures | undefined;
}

/**
 * Compute one indicator over a list of units taken together (a county, a township, any group): the ratio of the
 * summed numerators and denominators, with progress and gap on the as-of date.
 *
 * @param id - The indicator.
 * @param units - Parsed units (see `parseSnapshot`); not changed.
 * @param options - As-of date, readings, level and subject.
 * @throws `PlanInputError` for an invalid as-of date or option.
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
 *   [{ code: '533124101001', townshipCode: '533124101', communityWorkers: 9, residentPopulation: 5000 }],
 *   { asOf: '2024-12-31' },
 * );
 * [r.value, r.meetsTarget, r.progress.status, r.gap]
 * //=> ['18', true, 'achieved', '0']
 * ```
 */
export function computeIndicator(id: IndicatorId, units: readonly Unit[], options: ComputeIndicatorOptions): IndicatorResult {
  const o = resolveOptions(options);
  const share = elapsedShare(parseCalendarDate(options.asOf, 'asOf'));
  const acc = newPartial();
  for (const u of units) addUnitInto(acc, u, o);
  const level = options.level ?? 'county';
  const subject = options.subject ?? LONGCHUAN_CODE;
  const figures = figuresOf(id, seal(acc), { level, subject, countyPopulation: o.countyPopulation, county: options.county });
  return finalizeOne(formulaOf(id), figures, level, subject, share);
}
