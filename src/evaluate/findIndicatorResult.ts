import type { IndicatorId } from '../indicators/INDICATOR_IDS';
import type { IndicatorLevel, IndicatorResult } from '../indicators/IndicatorResult';
import type { Evaluation } from './Evaluation';

/**
 * One indicator's result in an evaluation: at county level by default (the evaluation's region), or for a township
 * or unit given by its code; `undefined` when the evaluation has no such result (a level left out by `levels`, a
 * subject not in the data).
 *
 * @param evaluation - The result of `evaluate` (or its JSON, parsed).
 * @param id - The indicator.
 * @param subject - A township's 9-digit or a unit's 12-digit code; the region (county level) when left out.
 * @clause P1.1
 * @example
 * ```ts
 * const e = evaluate(
 *   { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] },
 *   { scope: 'units' },
 * );
 * findIndicatorResult(e, 'rural_facility_coverage')?.value
 * //=> '100'
 * findIndicatorResult(e, 'rural_facility_coverage', '533124101')?.level
 * //=> 'township'
 * findIndicatorResult(e, 'rural_facility_coverage', '533124999999')
 * //=> undefined
 * ```
 * @category Evaluation · 评估
 */
export function findIndicatorResult(evaluation: Pick<Evaluation, 'region' | 'indicators'>, id: IndicatorId, subject?: string): IndicatorResult | undefined {
  const level: IndicatorLevel = subject === undefined || subject === evaluation.region ? 'county' : subject.length === 9 ? 'township' : 'unit';
  const code = subject ?? evaluation.region;
  for (const r of evaluation.indicators) if (r.id === id && r.level === level && r.subject === code) return r;
  return undefined;
}
