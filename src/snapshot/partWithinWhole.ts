/**
 * Cross-field checks: a figure that counts part of another (trained workers of all workers, activity area of the
 * facility's building area, …) may not exceed it. Run by the unit and county schemas after their field checks.
 *
 * @internal
 * @module
 */
import type * as z from 'zod/mini';
import { toHundredths } from '../_lib/fraction';
import { AREA_DECIMALS, MAX_AREA, isCount, issue } from './primitives';

/**
 * One part–whole pair: `part` may not exceed `whole`. Names in both languages for the message.
 *
 * @internal
 */
export interface PartWhole {
  readonly part: string;
  readonly whole: string;
  readonly kind: 'count' | 'area';
  readonly partZh: string;
  readonly wholeZh: string;
}

/**
 * The unit's part–whole pairs. Not checked, as plausible: `professionalSocialWorkers` or `gridMembers` above
 * `communityWorkers` (social workers and part-time grid members need not be community workers), `communityWorkers`
 * above `residentPopulation` (workers need not live in the unit), `households` above `residentPopulation`
 * (registered households may outnumber the people living there).
 *
 * @internal
 */
export const UNIT_PARTS: readonly PartWhole[] = Object.freeze([
  { part: 'facilityActivityArea', whole: 'facilityBuildingArea', kind: 'area', partZh: '居民活动区域面积', wholeZh: '社区综合服务设施总建筑面积' },
  { part: 'commercialServiceArea', whole: 'communityBuildingArea', kind: 'area', partZh: '社区商业和综合服务设施面积', wholeZh: '社区总建筑面积' },
  { part: 'communityWorkersTrained', whole: 'communityWorkers', kind: 'count', partZh: '已轮训的社区工作者', wholeZh: '社区工作者' },
  { part: 'workersWithPensionInsurance', whole: 'communityWorkers', kind: 'count', partZh: '参加基本养老保险的社区工作者', wholeZh: '社区工作者' },
  { part: 'workersWithMedicalInsurance', whole: 'communityWorkers', kind: 'count', partZh: '参加基本医疗保险的社区工作者', wholeZh: '社区工作者' },
  { part: 'workersWithHousingFund', whole: 'communityWorkers', kind: 'count', partZh: '缴存住房公积金的社区工作者', wholeZh: '社区工作者' },
] as const);

/**
 * The county's part–whole pairs. Not checked, as plausible: `registeredVolunteers` above either population
 * (volunteers register where they serve, not where they live), `households` above a population.
 *
 * @internal
 */
export const COUNTY_PARTS: readonly PartWhole[] = Object.freeze([
  { part: 'urbanResidentPopulation', whole: 'residentPopulation', kind: 'count', partZh: '城镇常住人口', wholeZh: '常住人口' },
  { part: 'institutionPartyOrganisationsReported', whole: 'institutionPartyOrganisations', kind: 'count', partZh: '已到社区报到的机关和企事业单位党组织', wholeZh: '机关和企事业单位党组织' },
  { part: 'servingPartyMembersReported', whole: 'servingPartyMembers', kind: 'count', partZh: '已到社区报到的在职党员', wholeZh: '在职党员' },
  { part: 'homeMentalPatientsInRehab', whole: 'homeMentalPatients', kind: 'count', partZh: '接受社区康复服务的居家精神障碍患者', wholeZh: '居家精神障碍患者' },
  { part: 'grassrootsCadresTrained', whole: 'grassrootsCadres', kind: 'count', partZh: '已培训的基层干部', wholeZh: '在岗基层干部' },
  { part: 'villageCadresTrained', whole: 'villageCadres', kind: 'count', partZh: '已培训的村（社区）干部', wholeZh: '在岗村（社区）干部' },
] as const);

const AREA = new RegExp(`^(?:0|[1-9]\\d*)(?:\\.\\d{1,${AREA_DECIMALS}})?$`);

/** A count that passed its own check (the object refinement also sees values that failed theirs). */
function countValue(v: unknown): number | undefined {
  return isCount(v) ? v : undefined;
}

/** An area that passed its own check, in hundredths of m² (exact). */
function areaValue(v: unknown): number | undefined {
  return typeof v === 'string' && AREA.test(v) && Number(v) <= MAX_AREA ? toHundredths(v) : undefined;
}

/**
 * Raise `exceeds_total` at `[part]` for every pair whose part exceeds its whole. Pairs where either value is absent
 * or failed its own check are skipped (that value is already reported).
 *
 * @internal
 */
export function checkPartsWithinWholes(value: object, pairs: readonly PartWhole[], ctx: z.core.$RefinementCtx<unknown>): void {
  const o = value as Record<string, unknown>;
  for (const p of pairs) {
    const read = p.kind === 'count' ? countValue : areaValue;
    const part = read(o[p.part]);
    const whole = read(o[p.whole]);
    if (part === undefined || whole === undefined || part <= whole) continue;
    const a = String(o[p.part]);
    const b = String(o[p.whole]);
    const unitZh = p.kind === 'area' ? '平方米' : '';
    const unitEn = p.kind === 'area' ? ' m²' : '';
    issue(
      ctx,
      'exceeds_total',
      `${p.partZh}（${p.part}）${a}${unitZh}超过${p.wholeZh}（${p.whole}）${b}${unitZh}`,
      `${p.part} (${a}${unitEn}) exceeds ${p.whole} (${b}${unitEn})`,
      [p.part],
    );
  }
}
