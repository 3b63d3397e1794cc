import { finalizeAll } from './_finalize';
import { parseCalendarDate } from '../period/parseCalendarDate';
import { elapsedShare } from '../period/elapsedShare';
import type { CountyFigures } from '../snapshot/countySchema';
import { resolveOptions, type IndicatorOptions } from './IndicatorOptions';
import type { IndicatorPartial } from './IndicatorPartial';
import type { IndicatorLevel, IndicatorResult } from './IndicatorResult';

/**
 * Where and when a partial is finalized: the level and subject of the results, the as-of date for progress, and,
 * for indicator 7's county-population reading, the county's figures. The options of {@link IndicatorOptions} may be
 * passed along; only `urbanPopulationSource` is read here (the other readings were applied when the partial was
 * built).
 *
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * const ctx: FinalizeContext = {
 *   level: 'county',
 *   subject: '533124',
 *   asOf: '2024-12-31',
 *   county: { urbanResidentPopulation: 5000 },
 *   urbanPopulationSource: 'county',
 * };
 * const p = unitPartial({ code: '533124101001', townshipCode: '533124101', communityWorkers: 9, residentPopulation: 3000 });
 * finalizePartial(p, ctx)[6]?.value
 * //=> '18'
 * ```
 */
export interface FinalizeContext extends IndicatorOptions {
  /** Level of the results. */
  readonly level: IndicatorLevel;
  /** Unit, township or region code the partial covers. */
  readonly subject: string;
  /** As-of date `YYYY-MM-DD` for progress. */
  readonly asOf: string;
  /** County-wide figures, read by indicator 7 at county level under `urbanPopulationSource: 'county'`. */
  readonly county?: CountyFigures | undefined;
}

/**
 * Turn a partial into the seven indicator results (in the plan's order) for one subject on one date.
 *
 * Each value is numerator ÷ denominator × factor on the summed integers, so a township's or the county's figure is
 * the ratio of sums, never an average of ratios. Judged on the exact fraction: `meetsTarget`, progress and gap never
 * see a rounded value. A partial with any missing field gives `missing_data` for that indicator (with the complete
 * units' figures under `partial`); a zero denominator gives `not_applicable`.
 *
 * @param partial - Built with {@link unitPartial} and {@link mergePartials} (or {@link emptyPartial}).
 * @param context - Level, subject, as-of date and, for indicator 7's county reading, the county's figures.
 * @throws `PlanInputError` (path `['asOf']`) when the as-of date is not a valid calendar date.
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
 * const p = mergePartials(
 *   unitPartial({ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }),
 *   unitPartial({ code: '533124101202', townshipCode: '533124101', hasServiceFacility: false }),
 * );
 * const [rural] = finalizePartial(p, { level: 'township', subject: '533124101', asOf: '2023-07-02' });
 * [rural?.value, rural?.meetsTarget, rural?.progress, rural?.gap]
 * //=> ['50', false, { status: 'behind', expected: '70' }, '1']
 * ```
 */
export function finalizePartial(partial: IndicatorPartial, context: FinalizeContext): IndicatorResult[] {
  const share = elapsedShare(parseCalendarDate(context.asOf, 'asOf'));
  const { countyPopulation } = resolveOptions(context);
  return finalizeAll(partial, { level: context.level, subject: context.subject, countyPopulation, county: context.county }, share);
}
