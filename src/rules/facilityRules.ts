/**
 * Rules on each village-level unit's community comprehensive service facility (社区综合服务设施): opening hours
 * (T3), area of new facilities (T8), resident activity area (专栏1 item 5) and volunteer stations (专栏2 item 2).
 * The subject of each result is the unit's code.
 *
 * @module
 */
import { compareFractions, decimalToFraction } from '../_lib/fraction';
import { hundredthsOf as toHundredths } from '../indicators/_hundredths';
import type { CalendarDate } from '../period/CalendarDate';
import { PLAN_PERIOD } from '../period/PLAN_PERIOD';
import type { Snapshot } from '../snapshot/snapshotSchema';
import { formatAgainst, formatMinutesZh, formatQuotient } from './_lib/format';
import { type CoreRule, dueNote, dueOf, notApplicable, result, type RuleCore, type RuleTextTable, unmetStatus } from './_lib/rule';
import { thresholdOf } from './_lib/thresholdOf';
import { gapWords } from './_lib/gapWords';
import { fractionGap } from './_lib/gaps';
import { measureFor } from './_lib/measure';
import { defineUnitRule, DYNAMIC, FAIL, MISSING, missingCode, missingFor, NOT_APPLICABLE, PASS, PENDING, type UnitCheck } from './_lib/unitCheck';
import { facilityMissing, fieldList } from './_lib/units';
import { readSchedule, scheduleMinutesInto } from './openingHours/readSchedule';
import type { ResolvedRuleOptions } from './RuleOptions';
import type { RuleResult } from './types';
import type { Unit } from '../snapshot/unitSchema';
import { subjectEn, subjectZh } from './_lib/subject';

/** The `not_applicable` result of a unit without a comprehensive service facility. */
function notFacility(def: RuleCore, code: string): RuleResult {
  return notApplicable(def, code, '该单位没有社区综合服务设施', 'the unit has no community comprehensive service facility');
}

const DUE_2025 = '2025-12-31' as CalendarDate;
const M_SCHEDULE = fieldList('openingSchedule');
const M_COMPLETED = fieldList('facilityCompletedOn');
const M_STATION = fieldList('hasVolunteerStation');
const M_AREA = fieldList('facilityBuildingArea');
const M_HH = fieldList('households');
const M_AREA_HH = fieldList('facilityBuildingArea', 'households');
const M_ACT = fieldList('facilityActivityArea');
const M_ACT_AREA = fieldList('facilityActivityArea', 'facilityBuildingArea');
const DAY_NAMES_ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
const DAY_NAMES_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

// ---------------------------------------------------------------------------------------------------------------
// T3 社区服务设施开放和服务时间一般不少于每天8小时
// ---------------------------------------------------------------------------------------------------------------

const openingHoursDef: RuleCore = {
  id: 't3-opening-hours',
  clause: 'T3',
  relatedClauses: [],
  titleZh: '社区服务设施开放和服务时间一般不少于每天8小时',
  titleEn: 'Community service facilities open at least 8 hours a day',
  scope: 'facility',
  appliesTo: 'all',
  severity: 'soft',
  severityWord: '一般',
  cadence: 'standard',
  threshold: { comparator: 'at_least', value: '8', unit: 'hours_per_day', printed: '每天8小时' },
};

/** Days a week that must reach the daily hours under the default reading (the five-day working week). */
const WORK_DAYS = 5;

/** Scratch minutes per weekday for the status of the opening-hours rule (one evaluation at a time: no re-entry). */
const WEEK = new Int32Array(7);

function openingHoursCheck(_snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck {
  const def = openingHoursDef;
  const t = thresholdOf(def).value;
  const [tn, td] = decimalToFraction(t);
  // threshold in minutes as the fraction tn·60 / td
  const thrNum = tn * 60;
  const expected = `≥${t}h`;
  const basis = o.openingHoursBasis;
  // 0: the schedule is invalid (the list names the bad interval's path), 1: the schedule, 2: it and hasServiceFacility.
  const missing = [DYNAMIC, M_SCHEDULE, facilityMissing({ hasServiceFacility: undefined } as Unit, M_SCHEDULE)];
  const status = (unit: Unit): number => {
    if (unit.hasServiceFacility === false) return NOT_APPLICABLE;
    const schedule = unit.openingSchedule;
    if (schedule === undefined) return missingCode(unit.hasServiceFacility === undefined ? 2 : 1);
    const m = WEEK;
    if (!scheduleMinutesInto(schedule, m)) return MISSING;
    let openDays = 0;
    let total = 0;
    let minOpen = 1440;
    let minAll = 1440;
    let fullDays = 0;
    for (let d = 0; d < 7; d++) {
      const v = m[d] as number;
      total += v;
      if (v < minAll) minAll = v;
      if (v * td >= thrNum) fullDays++;
      if (v > 0) {
        openDays++;
        if (v < minOpen) minOpen = v;
      }
    }
    if (openDays === 0) return FAIL;
    let num: number;
    let den: number;
    switch (basis) {
      case 'five_days':
        return fullDays >= WORK_DAYS ? PASS : FAIL;
      case 'each_day':
        num = minAll;
        den = 1;
        break;
      case 'open_day_average':
        num = total;
        den = openDays;
        break;
      case 'week_average':
        num = total;
        den = 7;
        break;
      default:
        num = minOpen;
        den = 1;
    }
    // num/den minutes ≥ thrNum/td minutes (small integers: exact in floating point).
    return num * td >= thrNum * den ? PASS : FAIL;
  };
  const build = (unit: Unit): RuleResult => {
    const code = unit.code;
    const s = status(unit);
    if (s === NOT_APPLICABLE) return notFacility(def, code);
    if ((s & 7) === MISSING && s !== MISSING) return missingFor(def, code, s, missing, expected);
    const r = readSchedule(unit.openingSchedule);
    if (!r.ok) {
      const at = ['openingSchedule', ...r.path].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
      return result(def, code, 'missing_data', null, expected, `${subjectZh(code)}：开放时间表无效（${at}：${r.messageZh}），无法判断`, `${subjectEn(code)}: invalid opening schedule (${at}: ${r.messageEn}); cannot judge`, [at]);
    }
    const m = r.minutes;
    let openDays = 0;
    let total = 0;
    let minOpen = Infinity;
    let minOpenDay = 0; // set by the first open day (there is one past the openDays check)
    let minAll = Infinity;
    let minAllDay = 0; // set by Monday: every day's minutes are below Infinity
    for (let d = 0; d < 7; d++) {
      const v = m[d] ?? 0;
      total += v;
      if (v < minAll) {
        minAll = v;
        minAllDay = d;
      }
      if (v > 0) {
        openDays++;
        if (v < minOpen) {
          minOpen = v;
          minOpenDay = d;
        }
      }
    }
    if (openDays === 0) {
      // Not open at all: the whole threshold is the gap.
      const gap = fractionGap(BigInt(tn), BigInt(td), 'hours_per_day');
      const g = gapWords(gap);
      return result(def, code, 'fail', '0h', expected, `${subjectZh(code)}：开放时间表中没有开放日，要求一般不少于每天${t}小时${g.zh}`, `${subjectEn(code)}: the schedule has no opening day; at least ${t} hours a day required${g.en}`, undefined, gap, measureFor(def, 0, 1));
    }
    let num: number;
    let den: number;
    let whatZh: string;
    let whatEn: string;
    switch (basis) {
      case 'five_days': {
        // The fifth-longest day: the week passes exactly when it reaches the daily hours (five days do).
        const order = [0, 1, 2, 3, 4, 5, 6].sort((x, y) => (m[y] ?? 0) - (m[x] ?? 0) || x - y);
        const fifth = order[WORK_DAYS - 1] as number;
        num = m[fifth] ?? 0;
        den = 1;
        const full = order.filter((d) => (m[d] ?? 0) * td >= thrNum).length;
        whatZh =
          s === PASS
            ? `每周${full}天开放不少于${t}小时（按每周5个工作日，应至少5天）`
            : `${full === 0 ? '每周没有一天' : `每周只有${full}天`}开放不少于${t}小时，应至少5天；开放时长居第5的一天（${DAY_NAMES_ZH[fifth] as string}）为${formatMinutesZh(num)}`;
        whatEn =
          s === PASS
            ? `${full} days a week open at least ${t} hours (a five-day week: at least 5 required)`
            : `${full === 0 ? 'no day' : full === 1 ? 'only 1 day' : `only ${full} days`} a week open at least ${t} hours, 5 required; the fifth-longest day (${DAY_NAMES_EN[fifth] as string}) is open ${minutesEn(num)}`;
        break;
      }
      case 'each_day':
        num = minAll;
        den = 1;
        whatZh = `开放最短的一天（${DAY_NAMES_ZH[minAllDay] as string}）为${formatMinutesZh(minAll)}`;
        whatEn = `the shortest day (${DAY_NAMES_EN[minAllDay] as string}) is open ${minutesEn(minAll)}`;
        break;
      case 'open_day_average':
        num = total;
        den = openDays;
        whatZh = `${openDays}个开放日平均每天${formatQuotient(total, openDays * 60, o.places, o.rounding)}小时`;
        whatEn = `the ${openDays} open days average ${formatQuotient(total, openDays * 60, o.places, o.rounding)} h a day`;
        break;
      case 'week_average':
        num = total;
        den = 7;
        whatZh = `每周共${formatMinutesZh(total)}，平均每天${formatQuotient(total, 7 * 60, o.places, o.rounding)}小时`;
        whatEn = `${minutesEn(total)} a week, ${formatQuotient(total, 7 * 60, o.places, o.rounding)} h a day on average`;
        break;
      default:
        num = minOpen;
        den = 1;
        whatZh = `开放最短的开放日（${DAY_NAMES_ZH[minOpenDay] as string}）为${formatMinutesZh(minOpen)}`;
        whatEn = `the shortest open day (${DAY_NAMES_EN[minOpenDay] as string}) is open ${minutesEn(minOpen)}`;
    }
    const actual = `${formatAgainst(num, den * 60, tn, td, o.places, o.rounding)}h`;
    // Hours a day, exactly: num / den minutes ÷ 60.
    const measure = measureFor(def, num, den * 60);
    if (s === PASS && basis === 'five_days') return result(def, code, 'pass', actual, expected, `${subjectZh(code)}：${whatZh}`, `${subjectEn(code)}: ${whatEn}`, undefined, null, measure);
    if (s === PASS) return result(def, code, 'pass', actual, expected, `${subjectZh(code)}：${whatZh}，不少于每天${t}小时`, `${subjectEn(code)}: ${whatEn}, at least ${t} hours a day`, undefined, null, measure);
    // tn / td hours − num / den minutes, in hours: (tn·den·60 − num·td) / (td·den·60).
    const gap = fractionGap(BigInt(tn) * BigInt(den) * 60n - BigInt(num) * BigInt(td), BigInt(td) * BigInt(den) * 60n, 'hours_per_day');
    const g = gapWords(gap);
    return result(def, code, 'fail', actual, expected, `${subjectZh(code)}：${whatZh}，少于每天${t}小时${g.zh}（一般不少于每天${t}小时）`, `${subjectEn(code)}: ${whatEn}, less than ${t} hours a day${g.en} (as a rule at least ${t})`, undefined, gap, measure);
  };
  return { def, status, build, missing };
}

function minutesEn(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes - h * 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const openingHours = defineUnitRule(openingHoursDef, openingHoursCheck);

// ---------------------------------------------------------------------------------------------------------------
// T8 原则上按照每百户居民不低于30平方米的标准配建城乡社区综合服务设施 (new facilities only)
// ---------------------------------------------------------------------------------------------------------------

const newFacilityAreaDef: RuleCore = {
  id: 't8-new-facility-area',
  clause: 'T8',
  relatedClauses: ['P1.4'],
  titleZh: '新建社区综合服务设施每百户不低于30平方米',
  titleEn: 'New community service facilities: at least 30 m² per 100 households',
  scope: 'facility',
  appliesTo: 'all',
  severity: 'soft',
  severityWord: '原则上',
  cadence: 'standard',
  threshold: { comparator: 'at_least', value: '30', unit: 'm2_per_100_households', printed: '每百户居民不低于30平方米' },
};

/** Missing lists of a facility rule: each of `lists`, then each with `hasServiceFacility` added (index 1 + k, 1 + n + k). */
function facilityTable(...lists: (readonly string[])[]): (readonly string[])[] {
  const unknown = { hasServiceFacility: undefined } as Unit;
  return [DYNAMIC, ...lists, ...lists.map((l) => facilityMissing(unknown, l))];
}

function newFacilityAreaCheck(_snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck {
  const def = newFacilityAreaDef;
  const t = thresholdOf(def).value;
  const [tn, td] = decimalToFraction(t);
  const expected = `≥${t} m²/100 households`;
  const start = PLAN_PERIOD.start;
  const end = PLAN_PERIOD.end;
  // 1: completion date; 2–4: area, households, both (the facility fact is known once a completion date is).
  const missing = [...facilityTable(M_COMPLETED), M_AREA, M_HH, M_AREA_HH];
  const status = (unit: Unit): number => {
    const has = unit.hasServiceFacility;
    if (has === false) return NOT_APPLICABLE;
    const built = unit.facilityCompletedOn;
    if (built === undefined) return missingCode(has === undefined ? 2 : 1);
    if (built < start || built > end) return NOT_APPLICABLE;
    const area = unit.facilityBuildingArea;
    const hh = unit.households;
    if (area === undefined || hh === undefined) return missingCode(area === undefined ? (hh === undefined ? 5 : 3) : 4);
    if (hh === 0) return NOT_APPLICABLE;
    // m² per 100 households = (area_h / 100) / hh × 100 = area_h / hh, against tn / td.
    return compareFractions(toHundredths(area), hh, tn, td) >= 0 ? PASS : FAIL;
  };
  const build = (unit: Unit): RuleResult => {
    const code = unit.code;
    const s = status(unit);
    if ((s & 7) === MISSING) return missingFor(def, code, s, missing, expected);
    if (s === NOT_APPLICABLE) {
      if (unit.hasServiceFacility === false) return notFacility(def, code);
      // Known here: without a completion date the status is missing_data.
      const built = unit.facilityCompletedOn as CalendarDate;
      if (built < start || built > end) {
        return notApplicable(def, code, `设施竣工于 ${built}，不在规划期内，不属新建设施`, `the facility was completed on ${built}, outside the plan period: not a new facility`);
      }
      return notApplicable(def, code, '户数为0', 'the unit has 0 households');
    }
    const area = unit.facilityBuildingArea as string;
    const hh = unit.households as number;
    const areaH = toHundredths(area);
    const shown = formatAgainst(areaH, hh, tn, td, o.places, o.rounding);
    const actual = `${shown} m²/100 households`;
    // m² per 100 households = hundredths of m² ÷ households, exactly.
    const measure = measureFor(def, areaH, hh);
    if (s === PASS) {
      return result(def, code, 'pass', actual, expected, `${subjectZh(code)}：新建设施${area}平方米、${hh}户，每百户${shown}平方米，不低于${t}平方米`, `${subjectEn(code)}: new facility of ${area} m² for ${hh} households, ${shown} m² per 100 households, at least ${t}`, undefined, null, measure);
    }
    // Needed: tn / td m² per 100 households, i.e. tn·hh / td hundredths of m²; the gap in m² is (tn·hh − areaH·td) / (td·100).
    const gap = fractionGap(BigInt(tn) * BigInt(hh) - BigInt(areaH) * BigInt(td), BigInt(td) * 100n, 'm2');
    const g = gapWords(gap);
    return result(def, code, 'fail', actual, expected, `${subjectZh(code)}：新建设施${area}平方米、${hh}户，每百户${shown}平方米，低于${t}平方米${g.zh}（原则上不低于${t}平方米）`, `${subjectEn(code)}: new facility of ${area} m² for ${hh} households, ${shown} m² per 100 households, below ${t}${g.en} (${t} as a rule)`, undefined, gap, measure);
  };
  return { def, status, build, missing };
}

const newFacilityArea = defineUnitRule(newFacilityAreaDef, newFacilityAreaCheck);

// ---------------------------------------------------------------------------------------------------------------
// 专栏1 item 5 as a per-facility check: 居民活动区域面积占社区综合服务设施总建筑面积比例 ≥60%
// ---------------------------------------------------------------------------------------------------------------

const activityShareDef: RuleCore = {
  id: 'p1-5-facility-activity-share',
  clause: 'P1.5',
  relatedClauses: ['T8'],
  titleZh: '居民活动区域面积占社区综合服务设施总建筑面积比例不低于60%（每个设施）',
  titleEn: "Each facility: residents' activity area at least 60% of its building area",
  scope: 'facility',
  appliesTo: 'all',
  due: DUE_2025,
  severity: 'soft',
  severityWord: '预期性',
  cadence: 'target',
  threshold: { comparator: 'at_least', value: '60', unit: 'percent', printed: '≥60%' },
};

function activityShareCheck(snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck {
  const def = activityShareDef;
  const t = thresholdOf(def).value;
  const [tn, td] = decimalToFraction(t);
  const expected = `≥${t}%`;
  const due = dueOf(def, o);
  const unmet = unmetStatus(snapshot.asOf, due) === 'pending' ? PENDING : FAIL;
  // 1–3: activity area, building area, both; 4–6: the same with hasServiceFacility.
  const missing = facilityTable(M_ACT, M_AREA, M_ACT_AREA);
  const status = (unit: Unit): number => {
    const has = unit.hasServiceFacility;
    if (has === false) return NOT_APPLICABLE;
    const b = unit.facilityBuildingArea;
    const a = unit.facilityActivityArea;
    if (a === undefined || b === undefined) return missingCode((a === undefined ? (b === undefined ? 3 : 1) : 2) + (has === undefined ? 3 : 0));
    const bh = toHundredths(b);
    if (bh === 0) return NOT_APPLICABLE;
    return compareFractions(toHundredths(a) * 100, bh, tn, td) >= 0 ? PASS : unmet;
  };
  const build = (unit: Unit): RuleResult => {
    const code = unit.code;
    const s = status(unit);
    if ((s & 7) === MISSING) return missingFor(def, code, s, missing, expected);
    if (s === NOT_APPLICABLE) {
      return unit.hasServiceFacility === false ? notFacility(def, code) : notApplicable(def, code, '设施总建筑面积为0', 'the facility building area is 0');
    }
    const b = unit.facilityBuildingArea as string;
    const a = unit.facilityActivityArea as string;
    const bh = toHundredths(b);
    const ah100 = toHundredths(a) * 100;
    const shown = formatAgainst(ah100, bh, tn, td, o.places, o.rounding);
    const actual = `${shown}%`;
    const measure = measureFor(def, ah100, bh);
    if (s === PASS) {
      return result(def, code, 'pass', actual, expected, `${subjectZh(code)}：居民活动区域${a}平方米，占设施总建筑面积${b}平方米的${shown}%，不低于${t}%`, `${subjectEn(code)}: activity area ${a} m² is ${shown}% of the facility's ${b} m², at least ${t}%`, undefined, null, measure);
    }
    const st = s === PENDING ? 'pending' : 'fail';
    const n = dueNote(st, due);
    // More activity area at the same building area (as the county indicator's gap): tn / td % of bh hundredths is
    // tn·bh / (td·100) hundredths; the gap in m² is (tn·bh − ah100·td) / (td·10000).
    const gap = fractionGap(BigInt(tn) * BigInt(bh) - BigInt(ah100) * BigInt(td), BigInt(td) * 10000n, 'm2');
    const g = gapWords(gap);
    return result(def, code, st, actual, expected, `${subjectZh(code)}：居民活动区域${a}平方米，占设施总建筑面积${b}平方米的${shown}%，低于${t}%${g.zh}${n.zh}`, `${subjectEn(code)}: activity area ${a} m² is ${shown}% of the facility's ${b} m², below ${t}%${g.en}${n.en}`, undefined, gap, measure);
  };
  return { def, status, build, missing };
}

const activityShare = defineUnitRule(activityShareDef, activityShareCheck);

// ---------------------------------------------------------------------------------------------------------------
// 专栏2 item 2 到2025年，志愿服务站点在社区综合服务设施中全覆盖
// ---------------------------------------------------------------------------------------------------------------

const volunteerStationDef: RuleCore = {
  id: 'p2-2-volunteer-station',
  clause: 'P2.2',
  relatedClauses: [],
  titleZh: '每个社区综合服务设施建有志愿服务站点',
  titleEn: 'A volunteer service station in every community comprehensive service facility',
  scope: 'facility',
  appliesTo: 'all',
  due: DUE_2025,
  severity: 'binding',
  cadence: 'target',
};

function volunteerStationCheck(snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck {
  const def = volunteerStationDef;
  const due = dueOf(def, o);
  const unmet = unmetStatus(snapshot.asOf, due) === 'pending' ? PENDING : FAIL;
  const missing = facilityTable(M_STATION);
  const status = (unit: Unit): number => {
    const has = unit.hasServiceFacility;
    if (has === false) return NOT_APPLICABLE;
    const v = unit.hasVolunteerStation;
    return v === undefined ? missingCode(has === undefined ? 2 : 1) : v ? PASS : unmet;
  };
  const build = (unit: Unit): RuleResult => {
    const code = unit.code;
    const s = status(unit);
    if (s === NOT_APPLICABLE) return notFacility(def, code);
    if ((s & 7) === MISSING) return missingFor(def, code, s, missing, 'true');
    if (s === PASS) return result(def, code, 'pass', 'true', 'true', `${subjectZh(code)}：社区综合服务设施已建志愿服务站点`, `${subjectEn(code)}: the facility has a volunteer service station`);
    const st = s === PENDING ? 'pending' : 'fail';
    const n = dueNote(st, due);
    return result(def, code, st, 'false', 'true', `${subjectZh(code)}：社区综合服务设施尚无志愿服务站点${n.zh}`, `${subjectEn(code)}: the facility has no volunteer service station${n.en}`);
  };
  return { def, status, build, missing };
}

const volunteerStation = defineUnitRule(volunteerStationDef, volunteerStationCheck);

/**
 * The facility rules, in the plan's order: 专栏1 item 5 per facility, T3 opening hours, 专栏2 item 2 volunteer
 * stations, T8 area of new facilities. Each result's subject is the unit whose facility it is.
 *
 * @clause P1.5
 * @clause T3
 * @clause P2.2
 * @clause T8
 * @example
 * ```ts
 * FACILITY_RULES.map((r) => r.id)
 * //=> ['p1-5-facility-activity-share', 't3-opening-hours', 'p2-2-volunteer-station', 't8-new-facility-area']
 * ```
 * @category Evaluation · 评估
 */
export const FACILITY_RULES: readonly CoreRule[] = Object.freeze([activityShare, openingHours, volunteerStation, newFacilityArea]);

/**
 * The plan's words (`quote`) and the readings (`interpretation`) of the facility rules, by rule ID. Only the catalogue
 * (`RULES`, `getRule`) reads them: the runners do not, so that a bundle of evaluate leaves these texts out.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * FACILITY_RULE_TEXTS['t3-opening-hours']?.quote
 * //=> '社区服务设施开放和服务时间一般不少于每天8小时'
 * ```
 */
// Pure: a bundle that does not use the catalogue drops the table and the texts only it reads.
export const FACILITY_RULE_TEXTS: RuleTextTable = /* @__PURE__ */ (() => ({
    't3-opening-hours': {
      quote: '社区服务设施开放和服务时间一般不少于每天8小时',
      interpretation: {
        noteZh:
          '从每周开放时间表（每天若干 HH:MM-HH:MM 时段，重叠时段合并）计算每天开放时长。“每天8小时”按一周读：默认每周至少有5天（按每周5个工作日，' +
          '哪5天不限，可周一闭馆、周末开放）每天开放不少于8小时；“一般”容许其余2天休息或缩短开放，这2天不判断。因此每周只开1天、即使当天开8小时也不达标。' +
          '可选：只看开放的日子，每个开放日不少于8小时（each_open_day，不开放的日子不计）；七天每天都须达到（each_day）；开放日平均（open_day_average）；或按周平均（每周不少于56小时，week_average）。',
        noteEn:
          'Daily opening time is computed from a weekly schedule (HH:MM-HH:MM intervals per day, overlaps merged). 每天8小时 is read over a ' +
          'week: by default at least 5 days a week (the five-day working week, any five: a facility may close on Monday and open at the weekend) ' +
          'must each be open at least 8 hours; 一般 ("as a rule") allows the other two days to be closed or shorter, and they are not judged. ' +
          'A facility open 8 hours on one day a week therefore does not pass. Alternatives: every day the facility opens at least 8 hours, ' +
          "closed days not counted ('each_open_day'); all seven days ('each_day'); the average over open days ('open_day_average'); or the " +
          "weekly average, at least 56 h a week ('week_average').",
        option: 'openingHoursBasis',
        default: 'five_days',
        alternatives: ['each_open_day', 'each_day', 'open_day_average', 'week_average'],
      },
    },
    't8-new-facility-area': {
      quote: '推进新建社区综合服务设施标准化规范化建设，原则上按照每百户居民不低于30平方米的标准配建城乡社区综合服务设施',
      interpretation: {
        noteZh:
          '只适用于新建设施：竣工日期（facilityCompletedOn）在规划期 2021-01-01 至 2025-12-31 之内。面积为设施总建筑面积，户数为本单位户数。' +
          '这是第8条的社区综合服务设施标准，与专栏3第2项新建住宅小区每百户20平方米的养老服务用房是两项不同的标准。',
        noteEn:
          'Applies to new facilities only: completed (facilityCompletedOn) within the plan period 2021-01-01 to 2025-12-31. ' +
          "The area is the facility's total building area, the households the unit's. This is task 8's standard for the " +
          'community comprehensive service facility, distinct from 专栏3 item 2\'s 20 m² of elderly-care space per 100 households in new estates.',
      },
    },
    'p1-5-facility-activity-share': {
      quote: '居民活动区域面积占社区综合服务设施总建筑面积比例',
      interpretation: {
        noteZh:
          '专栏1第5项是全县指标（由指标模块按面积合计计算）；本规则逐个设施检查同一比例，找出哪些设施拉低了全县指标。' +
          '目标值为2025年目标（到期日 2025-12-31），属性为预期性。',
        noteEn:
          "专栏1 item 5 is a county indicator (computed by the indicators module from summed areas); this rule checks the same " +
          'share facility by facility, to show which facilities pull the county figure down. The target is for 2025 (due ' +
          '2025-12-31) and indicative (预期性).',
      },
    },
    'p2-2-volunteer-station': {
      quote: '到2025年，志愿服务站点在社区综合服务设施中全覆盖',
      interpretation: {
        noteZh: '全覆盖即每个设施都有（100%）；逐个设施检查，没有设施的单位不适用。',
        noteEn: '全覆盖 means every facility (100%); checked facility by facility; a unit without a facility is not applicable.',
      },
    },
}))();
