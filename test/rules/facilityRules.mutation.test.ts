/**
 * The facility rules (T3 opening hours, T8 area of new facilities, 专栏1 item 5 per facility, 专栏2 item 2 volunteer
 * stations): whole results, worked out by hand from the plan, the rule definitions and the message wording. Covers
 * the messages of every basis of T3, the weekday each message names (the first shortest day), the boundaries of the
 * plan period for T8, and which fields each `missing_data` result names. Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import { runnerOf } from '../../src/rules/_lib/rule';
import { resolveRuleOptions } from '../../src/rules/RuleOptions';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { countUnitRules } from '../../src/rules/countUnitRules';
import type { RuleId } from '../../src/rules/RULE_IDS';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import type { Snapshot } from '../../src/snapshot/snapshotSchema';
import { checkTimeInterval } from '../../src/snapshot/ruleData/weeklySchedule';
import { snap, unit, URBAN, weekdays } from './_helpers';

const F = { hasServiceFacility: true };
const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** The one result of a rule for the URBAN unit with these fields. */
import { measured, severityOf } from './_results';
function one(rule: RuleId, asOf: string, fields: Record<string, unknown>, options?: RuleOptions) {
  const rs = checkRule(rule, snap(asOf, { units: [unit(URBAN, fields)] }), options);
  expect(rs).toHaveLength(1);
  return rs[0];
}

/** A whole result as the rule kit builds it: messages prefixed with `[clause] `. */
function whole(ruleId: string, clause: string, status: string, actual: string | null, expected: string | null, zh: string, en: string, missing: string[] = [], gap: { value: string; unit: string } | null = null) {
  return { ruleId, clause, subject: URBAN, status, severity: severityOf(ruleId), actual, expected, measure: null as object | null, message: { zh: `[${clause}] ${zh}`, en: `[${clause}] ${en}` }, gap, missing };
}

// ---------------------------------------------------------------------------------------------------------------
// T3 一般不少于每天8小时
// ---------------------------------------------------------------------------------------------------------------

const T3 = 't3-opening-hours';
/** A T3 result: expected is always ≥8h (threshold 8 hours a day). */
const t3 = (status: string, actual: string | null, zh: string, en: string, missing: string[] = [], gap: { value: string; unit: string } | null = null) =>
  whole(T3, 'T3', status, actual, '≥8h', zh, en, missing, gap);
/** A failing T3 result, `hours` short a day (`hoursEn` pluralised as the message says it), `value` hours a day exactly. */
const t3Fail = (actual: string, whatZh: string, whatEn: string, hours: string, hoursEn: string, value: string) =>
  measured(t3(
    'fail',
    actual,
    `章凤镇老街子社区（533124101001）：${whatZh}，少于每天8小时，每天还差${hours}小时（一般不少于每天8小时）`,
    `章凤镇老街子社区 (533124101001): ${whatEn}, less than 8 hours a day, ${hours} more ${hoursEn} a day needed (as a rule at least 8)`,
    [],
    { value: hours, unit: 'hours_per_day' },
  ), value, '8', 'hours_per_day');
const t3Pass = (actual: string, whatZh: string, whatEn: string, value: string) =>
  measured(t3('pass', actual, `章凤镇老街子社区（533124101001）：${whatZh}，不少于每天8小时`, `章凤镇老街子社区 (533124101001): ${whatEn}, at least 8 hours a day`), value, '8', 'hours_per_day');

describe('[T3] opening hours: whole results', () => {
  it('a week with no opening day fails with 0h and says no day is open', () => {
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: closed });
    expect(r).toEqual(
      // Never open: the whole 8 hours a day are missing.
      measured(t3('fail', '0h', `章凤镇老街子社区（533124101001）：开放时间表中没有开放日，要求一般不少于每天8小时，每天还差8小时`, `章凤镇老街子社区 (533124101001): the schedule has no opening day; at least 8 hours a day required, 8 more hours a day needed`, [], { value: '8', unit: 'hours_per_day' }), '0', '8', 'hours_per_day'),
    );
  });

  it('a week with no opening day is counted as fail (not pass) by countUnitRules, under the default basis', () => {
    // Default basis (each open day): with no open day there is no shortest open day to pass; the count is a fail.
    const s = snap('2024-06-30', { units: [unit(URBAN, { ...F, openingSchedule: closed })] });
    const c = countUnitRules(s, {}, [T3]);
    expect(c.rules[0]?.counts).toEqual({ pass: 0, fail: 1, pending: 0, not_applicable: 0, missing_data: 0 });
  });

  it('a hand-built schedule with "8:30-12:00": the runner gives missing_data at openingSchedule.mon[0], with the checker\'s words; the public check refuses it', () => {
    const s = {
      asOf: '2024-06-30',
      units: [{ code: URBAN, townshipCode: '533124101', hasServiceFacility: true, openingSchedule: { ...weekdays(['8:30-12:00']) } }],
    } as unknown as Snapshot;
    const c = checkTimeInterval('8:30-12:00');
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(() => checkRule(T3, s)).toThrow(PlanInputError);
    const [r] = runnerOf(T3)(s, resolveRuleOptions(undefined));
    const at = 'openingSchedule.mon[0]';
    expect(r).toEqual(
      t3('missing_data', null, `章凤镇老街子社区（533124101001）：开放时间表无效（${at}：${c.messageZh}），无法判断`, `章凤镇老街子社区 (533124101001): invalid opening schedule (${at}: ${c.messageEn}); cannot judge`, [at]),
    );
  });

  it('each_day: Mon 4h, the other six days 8h → fail at 4h, naming Monday', () => {
    // 08:00-12:00 = 240 min = 4h on Monday; 08:00-16:00 = 480 min = 8h otherwise. The shortest day is Monday (not the
    // last day, Sunday): 240 min < 480 min required → fail; actual 240 / 60 = 4h.
    const sched = { mon: ['08:00-12:00'], tue: ['08:00-16:00'], wed: ['08:00-16:00'], thu: ['08:00-16:00'], fri: ['08:00-16:00'], sat: ['08:00-16:00'], sun: ['08:00-16:00'] };
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: sched }, { openingHoursBasis: 'each_day' });
    // 8h − 4h = 4h short.
    expect(r).toEqual(t3Fail('4h', '开放最短的一天（周一）为4小时', 'the shortest day (Mon) is open 4 h', '4', 'hours', '4'));
    // The count agrees with the result.
    const c = countUnitRules(snap('2024-06-30', { units: [unit(URBAN, { ...F, openingSchedule: sched })] }), { openingHoursBasis: 'each_day' }, [T3]);
    expect(c.rules[0]?.counts.fail).toBe(1);
    expect(c.rules[0]?.counts.pass).toBe(0);
  });

  it('each_day: weekdays 8h, weekend closed → fail at 0h, naming Saturday (the first of the two 0h days)', () => {
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: weekdays(['08:00-16:00']) }, { openingHoursBasis: 'each_day' });
    // 8h − 0h = 8h short.
    expect(r).toEqual(t3Fail('0h', '开放最短的一天（周六）为0小时', 'the shortest day (Sat) is open 0 h', '8', 'hours', '0'));
  });

  it('each_day: every day 08:00-16:30 = 8h30m → pass at 8.5h, naming Monday (all tie), minutes shown', () => {
    // 510 min a day; 510 / 60 = 8.5h ≥ 8h. Ties: the first day, Monday, is named.
    const all = ['08:00-16:30'];
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: weekdays(all, all, all) }, { openingHoursBasis: 'each_day' });
    expect(r).toEqual(t3Pass('8.5h', '开放最短的一天（周一）为8小时30分钟', 'the shortest day (Mon) is open 8 h 30 min', '8.5'));
  });

  it('open_day_average: Mon 10h + Tue 6h over 2 open days = 8h → pass', () => {
    // (600 + 360) min / (2 × 60) = 8h exactly.
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: { ...closed, mon: ['08:00-18:00'], tue: ['08:00-14:00'] } }, { openingHoursBasis: 'open_day_average' });
    expect(r).toEqual(t3Pass('8h', '2个开放日平均每天8小时', 'the 2 open days average 8 h a day', '8'));
  });

  it('open_day_average: Mon 10h + Tue 5h59m → 7.99h → fail', () => {
    // (600 + 359) / 120 = 7.9916… → 7.99 (2 places), below 8.
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: { ...closed, mon: ['08:00-18:00'], tue: ['08:00-13:59'] } }, { openingHoursBasis: 'open_day_average' });
    // 2 × 480 = 960 min needed, 959 open: 1 min short over 2 days = 1/120 h a day = 0.00833… → rounded up 0.01.
    expect(r).toEqual(t3Fail('7.99h', '2个开放日平均每天7.99小时', 'the 2 open days average 7.99 h a day', '0.01', 'hours', '7.991666666666666666666666666666666666667'));
  });

  it('week_average: 5 × 9h + Sat 5h = 50h a week → 7.14h a day → fail', () => {
    // 5 × 540 + 300 = 3000 min = 50h; 3000 / 420 = 7.142… → 7.14.
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: weekdays(['08:00-17:00'], ['09:00-14:00']) }, { openingHoursBasis: 'week_average' });
    // 7 × 8 = 56h needed, 50h open: 6h short over 7 days = 0.857142… h a day → rounded up 0.86.
    expect(r).toEqual(t3Fail('7.14h', '每周共50小时，平均每天7.14小时', '50 h a week, 7.14 h a day on average', '0.86', 'hours', '7.142857142857142857142857142857142857143'));
  });

  it('week_average: 7 × 8h10m = 57h10m a week → 8.17h a day → pass', () => {
    // 7 × 490 = 3430 min = 57h10m; 3430 / 420 = 8.1666… → 8.17.
    const all = ['08:00-16:10'];
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: weekdays(all, all, all) }, { openingHoursBasis: 'week_average' });
    expect(r).toEqual(t3Pass('8.17h', '每周共57小时10分钟，平均每天8.17小时', '57 h 10 min a week, 8.17 h a day on average', '8.166666666666666666666666666666666666667'));
  });

  it('five days (default): only Monday 08:00-16:00 → fail at 0h: one 8-hour day a week, the fifth-longest day (Friday) closed', () => {
    // Minutes Mon 480, Tue–Sun 0: longest first, ties in weekday order → Mon, Tue, Wed, Thu, Fri: the fifth is Friday, 0h.
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: { ...closed, mon: ['08:00-16:00'] } });
    expect(r).toEqual(
      t3Fail('0h', '每周只有1天开放不少于8小时，应至少5天；开放时长居第5的一天（周五）为0小时', 'only 1 day a week open at least 8 hours, 5 required; the fifth-longest day (Fri) is open 0 h', '8', 'hours', '0'),
    );
  });

  it('five days (default): Mon–Fri 8h, Sat and Sun 2h → pass at 8h (the two short days are not judged)', () => {
    const week = { mon: ['08:00-16:00'], tue: ['08:00-16:00'], wed: ['08:00-16:00'], thu: ['08:00-16:00'], fri: ['08:00-16:00'], sat: ['09:00-11:00'], sun: ['09:00-11:00'] };
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: week });
    expect(r).toEqual(
      // The fifth-longest day, 8h exactly: the boundary.
      measured(t3('pass', '8h', '章凤镇老街子社区（533124101001）：每周5天开放不少于8小时（按每周5个工作日，应至少5天）', '章凤镇老街子社区 (533124101001): 5 days a week open at least 8 hours (a five-day week: at least 5 required)'), '8', '8', 'hours_per_day'),
    );
  });

  it('five days (default): Mon–Thu 8h, Fri 7h30m → fail at 7.5h, naming Friday, half an hour short', () => {
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: { ...closed, mon: ['08:00-16:00'], tue: ['08:00-16:00'], wed: ['08:00-16:00'], thu: ['08:00-16:00'], fri: ['08:00-15:30'] } });
    expect(r).toEqual(
      t3Fail('7.5h', '每周只有4天开放不少于8小时，应至少5天；开放时长居第5的一天（周五）为7小时30分钟', 'only 4 days a week open at least 8 hours, 5 required; the fifth-longest day (Fri) is open 7 h 30 min', '0.5', 'hours', '7.5'),
    );
  });

  it('five days (default): 7h every weekday → no day reaches 8h: 每周没有一天 / no day, 1 hour short', () => {
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: weekdays(['08:30-12:00', '14:30-18:00']) });
    expect(r).toEqual(
      t3Fail('7h', '每周没有一天开放不少于8小时，应至少5天；开放时长居第5的一天（周五）为7小时', 'no day a week open at least 8 hours, 5 required; the fifth-longest day (Fri) is open 7 h', '1', 'hour', '7'),
    );
  });

  it('each_open_day: weekdays 9h, Sat 4h, Sun closed → fail at 4h, naming Saturday', () => {
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: weekdays(['08:00-17:00'], ['09:00-13:00']) }, { openingHoursBasis: 'each_open_day' });
    // Saturday 4h: 4h short.
    expect(r).toEqual(t3Fail('4h', '开放最短的开放日（周六）为4小时', 'the shortest open day (Sat) is open 4 h', '4', 'hours', '4'));
  });

  it('each_open_day: weekdays 7h59m → fail at 7.98h, minutes shown', () => {
    // 08:00-12:00 + 14:00-17:59 = 240 + 239 = 479 min = 7h59m; 479 / 60 = 7.983… → 7.98. Ties: Monday named.
    const r = one(T3, '2024-06-30', { ...F, openingSchedule: weekdays(['08:00-12:00', '14:00-17:59']) }, { openingHoursBasis: 'each_open_day' });
    // 1 min short = 1/60 h = 0.01666… → rounded up 0.02.
    expect(r).toEqual(t3Fail('7.98h', '开放最短的开放日（周一）为7小时59分钟', 'the shortest open day (Mon) is open 7 h 59 min', '0.02', 'hours', '7.983333333333333333333333333333333333333'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// T8 每百户居民不低于30平方米 (new facilities: completed 2021-01-01 … 2025-12-31)
// ---------------------------------------------------------------------------------------------------------------

const T8 = 't8-new-facility-area';
const T8_EXPECTED = '≥30 m²/100 households';
const T8_TITLE_ZH = '新建社区综合服务设施每百户不低于30平方米';
const T8_TITLE_EN = 'New community service facilities: at least 30 m² per 100 households';
const t8Missing = (fields: string[]) =>
  whole(T8, 'T8', 'missing_data', null, T8_EXPECTED, `章凤镇老街子社区（533124101001）：缺少数据 ${fields.join('、')}，无法判断${T8_TITLE_ZH}`, `章凤镇老街子社区 (533124101001): missing ${fields.join(', ')}; cannot judge: ${T8_TITLE_EN}`, fields);
const t8Na = (zh: string, en: string) => whole(T8, 'T8', 'not_applicable', null, null, `章凤镇老街子社区（533124101001）：不适用，${zh}`, `章凤镇老街子社区 (533124101001): not applicable, ${en}`);
const NO_FACILITY_ZH = '该单位没有社区综合服务设施';
const NO_FACILITY_EN = 'the unit has no community comprehensive service facility';

describe('[T8] new facility area: whole results', () => {
  it('completion date and facility fact both unknown → missing both', () => {
    expect(one(T8, '2024-06-30', { facilityBuildingArea: 90, households: 300 })).toEqual(t8Missing(['facilityCompletedOn', 'hasServiceFacility']));
  });

  it('completion date unknown, facility known → missing the date only', () => {
    expect(one(T8, '2024-06-30', { ...F, facilityBuildingArea: 90, households: 300 })).toEqual(t8Missing(['facilityCompletedOn']));
  });

  it('new facility without its area → missing facilityBuildingArea only', () => {
    expect(one(T8, '2024-06-30', { ...F, facilityCompletedOn: '2022-05-01', households: 300 })).toEqual(t8Missing(['facilityBuildingArea']));
  });

  it('new facility without households → missing households only', () => {
    expect(one(T8, '2024-06-30', { ...F, facilityCompletedOn: '2022-05-01', facilityBuildingArea: 90 })).toEqual(t8Missing(['households']));
  });

  it('new facility without area or households → missing both, in that order', () => {
    expect(one(T8, '2024-06-30', { ...F, facilityCompletedOn: '2022-05-01' })).toEqual(t8Missing(['facilityBuildingArea', 'households']));
  });

  it('completed 2025-12-31 (the last day of the plan period) is new: 90 m² / 300 households = 30 → pass', () => {
    // 90 / 300 × 100 = 30 m² per 100 households, exactly the threshold.
    const r = one(T8, '2026-06-30', { ...F, facilityCompletedOn: '2025-12-31', facilityBuildingArea: 90, households: 300 });
    expect(r).toEqual(
      // 9000 hundredths of m² ÷ 300 households = 30 m² per 100 households: exactly the floor.
      measured(whole(T8, 'T8', 'pass', '30 m²/100 households', T8_EXPECTED, `章凤镇老街子社区（533124101001）：新建设施90平方米、300户，每百户30平方米，不低于30平方米`, `章凤镇老街子社区 (533124101001): new facility of 90 m² for 300 households, 30 m² per 100 households, at least 30`), '30', '30', 'm2_per_100_households'),
    );
  });

  it('completed 2021-01-01 (the first day): 80 m² / 300 households = 26.67 → fail', () => {
    // 80 / 300 × 100 = 26.666… → 26.67 (2 places), below 30.
    const r = one(T8, '2024-06-30', { ...F, facilityCompletedOn: '2021-01-01', facilityBuildingArea: 80, households: 300 });
    expect(r).toEqual(
      // 300 households × 30 / 100 = 90 m² needed: 10 m² more.
      // 8000 ÷ 300 = 26.666… (40 significant digits, the last rounded up).
      measured(whole(T8, 'T8', 'fail', '26.67 m²/100 households', T8_EXPECTED, `章凤镇老街子社区（533124101001）：新建设施80平方米、300户，每百户26.67平方米，低于30平方米，还差10平方米（原则上不低于30平方米）`, `章凤镇老街子社区 (533124101001): new facility of 80 m² for 300 households, 26.67 m² per 100 households, below 30, 10 m² more needed (30 as a rule)`, [], { value: '10', unit: 'm2' }), '26.66666666666666666666666666666666666667', '30', 'm2_per_100_households'),
    );
  });

  it('completed 2026-01-01 (the day after the period) → not_applicable, not a new facility', () => {
    const r = one(T8, '2026-06-30', { ...F, facilityCompletedOn: '2026-01-01', facilityBuildingArea: 10, households: 300 });
    expect(r).toEqual(t8Na('设施竣工于 2026-01-01，不在规划期内，不属新建设施', 'the facility was completed on 2026-01-01, outside the plan period: not a new facility'));
  });

  it('completed 2020-12-31 (the day before the period) → not_applicable, not a new facility', () => {
    const r = one(T8, '2024-06-30', { ...F, facilityCompletedOn: '2020-12-31', facilityBuildingArea: 10, households: 300 });
    expect(r).toEqual(t8Na('设施竣工于 2020-12-31，不在规划期内，不属新建设施', 'the facility was completed on 2020-12-31, outside the plan period: not a new facility'));
  });

  it.each(['2021-01-01', '2023-06-01', '2025-12-31'])('new facility completed %s with 0 households → not_applicable for 0 households', (built) => {
    const r = one(T8, '2026-06-30', { ...F, facilityCompletedOn: built, facilityBuildingArea: 90, households: 0 });
    expect(r).toEqual(t8Na('户数为0', 'the unit has 0 households'));
  });

  it('no facility (with or without a completion date) → not_applicable, no facility', () => {
    expect(one(T8, '2024-06-30', { hasServiceFacility: false })).toEqual(t8Na(NO_FACILITY_ZH, NO_FACILITY_EN));
    expect(one(T8, '2024-06-30', { hasServiceFacility: false, facilityCompletedOn: '2022-05-01', facilityBuildingArea: 90, households: 300 })).toEqual(
      t8Na(NO_FACILITY_ZH, NO_FACILITY_EN),
    );
    expect(one(T8, '2024-06-30', { hasServiceFacility: false, facilityCompletedOn: '2022-05-01', facilityBuildingArea: 90, households: 0 })).toEqual(
      t8Na(NO_FACILITY_ZH, NO_FACILITY_EN),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 专栏1 item 5 per facility: activity area ≥60% of the building area
// ---------------------------------------------------------------------------------------------------------------

const P15 = 'p1-5-facility-activity-share';
const p15Missing = (fields: string[]) =>
  whole(
    P15,
    'P1.5',
    'missing_data',
    null,
    '≥60%',
    `章凤镇老街子社区（533124101001）：缺少数据 ${fields.join('、')}，无法判断居民活动区域面积占社区综合服务设施总建筑面积比例不低于60%（每个设施）`,
    `章凤镇老街子社区 (533124101001): missing ${fields.join(', ')}; cannot judge: Each facility: residents' activity area at least 60% of its building area`,
    fields,
  );

describe('[P1.5] facility activity share: whole results', () => {
  it.each([
    ['activity area only missing', { ...F, facilityBuildingArea: 100 }, ['facilityActivityArea']],
    ['building area only missing', { ...F, facilityActivityArea: 60 }, ['facilityBuildingArea']],
    ['both areas missing', { ...F }, ['facilityActivityArea', 'facilityBuildingArea']],
    ['activity area and facility fact missing', { facilityBuildingArea: 100 }, ['facilityActivityArea', 'hasServiceFacility']],
    ['building area and facility fact missing', { facilityActivityArea: 60 }, ['facilityBuildingArea', 'hasServiceFacility']],
    ['everything missing', {}, ['facilityActivityArea', 'facilityBuildingArea', 'hasServiceFacility']],
  ] as const)('%s → missing_data naming exactly those fields', (_t, fields, missing) => {
    expect(one(P15, '2024-06-30', fields)).toEqual(p15Missing([...missing]));
  });

  it('building area 0 → not_applicable because of the zero area (not "no facility")', () => {
    const r = one(P15, '2024-06-30', { ...F, facilityBuildingArea: 0, facilityActivityArea: 0 });
    expect(r).toEqual(whole(P15, 'P1.5', 'not_applicable', null, null, `章凤镇老街子社区（533124101001）：不适用，设施总建筑面积为0`, `章凤镇老街子社区 (533124101001): not applicable, the facility building area is 0`));
  });

  it('no facility → not_applicable, no facility', () => {
    const r = one(P15, '2024-06-30', { hasServiceFacility: false });
    expect(r).toEqual(whole(P15, 'P1.5', 'not_applicable', null, null, `章凤镇老街子社区（533124101001）：不适用，${NO_FACILITY_ZH}`, `章凤镇老街子社区 (533124101001): not applicable, ${NO_FACILITY_EN}`));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 专栏2 item 2 volunteer station in every facility
// ---------------------------------------------------------------------------------------------------------------

const P22 = 'p2-2-volunteer-station';
const p22Missing = (fields: string[]) =>
  whole(
    P22,
    'P2.2',
    'missing_data',
    null,
    'true',
    `章凤镇老街子社区（533124101001）：缺少数据 ${fields.join('、')}，无法判断每个社区综合服务设施建有志愿服务站点`,
    `章凤镇老街子社区 (533124101001): missing ${fields.join(', ')}; cannot judge: A volunteer service station in every community comprehensive service facility`,
    fields,
  );

describe('[P2.2] volunteer station: whole results', () => {
  it('facility known, station unknown → missing hasVolunteerStation only, expected "true"', () => {
    expect(one(P22, '2025-12-31', { ...F })).toEqual(p22Missing(['hasVolunteerStation']));
  });

  it('facility and station unknown → missing both, expected "true"', () => {
    expect(one(P22, '2025-12-31', {})).toEqual(p22Missing(['hasVolunteerStation', 'hasServiceFacility']));
  });
});
