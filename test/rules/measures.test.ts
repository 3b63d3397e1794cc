/**
 * The exact number beside a rule result's display strings (`measure`): worked out by hand from the plan's thresholds
 * for several rules at exactly the threshold and on either side of it, with the display string kept as it was; and the
 * types: `measure` is `null` on a not-applicable or missing-data result, a `RuleMeasure | null` on a judged one.
 * Values that do not terminate are written to 40 significant digits, the last rounded half up (as the indicators'
 * values are). The property that a measure reproduces the status over every result is in properties.test.ts and
 * resultShapes.test.ts.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import type { RuleId } from '../../src/rules/RULE_IDS';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import type { RuleMeasure, RuleResult } from '../../src/rules/types';
import { snap, unit, URBAN, weekdays } from './_helpers';

/** The status, display strings and measure of the one result of `rule`. */
function judged(rule: RuleId, asOf: string, rest: Record<string, unknown>, options?: RuleOptions) {
  const rs = checkRule(rule, snap(asOf, rest), options);
  expect(rs).toHaveLength(1);
  const r = rs[0] as RuleResult;
  return [r.status, r.actual, r.expected, r.measure];
}

const m = (value: string, threshold: string, unit: RuleMeasure['unit'], comparator: RuleMeasure['comparator'] = 'at_least'): RuleMeasure => ({ value, threshold, comparator, unit });

describe('[P3.2] new estates, 每百户不少于20平方米: m² per 100 households', () => {
  const estate = (households: number, area: string) => ({ records: { newEstates: [{ id: 'E1', households, elderlyCareServiceArea: area }] } });
  it('650 households with 130 m²: 130 ÷ 650 × 100 = 20 exactly → pass at the threshold', () => {
    expect(judged('p3-2-new-estate-elderly-care-space', '2024-06-30', estate(650, '130'))).toEqual([
      'pass',
      '20 m²/100 households',
      '≥20 m²/100 households',
      m('20', '20', 'm2_per_100_households'),
    ]);
  });
  it('129.99 m²: 12999 ÷ 650 = 19.998461538… → fail, shown with the places that keep it below 20', () => {
    expect(judged('p3-2-new-estate-elderly-care-space', '2024-06-30', estate(650, '129.99'))).toEqual([
      'fail',
      '19.998 m²/100 households',
      '≥20 m²/100 households',
      m('19.99846153846153846153846153846153846154', '20', 'm2_per_100_households'),
    ]);
  });
  it('130.01 m²: 13001 ÷ 650 = 20.001538… → pass', () => {
    expect(judged('p3-2-new-estate-elderly-care-space', '2024-06-30', estate(650, '130.01'))).toEqual([
      'pass',
      '20 m²/100 households',
      '≥20 m²/100 households',
      m('20.00153846153846153846153846153846153846', '20', 'm2_per_100_households'),
    ]);
  });
});

describe('[T8] new facilities, 每百户居民不低于30平方米', () => {
  const facility = (area: string) => ({ units: [unit(URBAN, { hasServiceFacility: true, facilityCompletedOn: '2023-06-01', households: 300, facilityBuildingArea: area })] });
  it.each([
    // 9000 hundredths of m² ÷ 300 households = 30.
    ['90', 'pass', '30 m²/100 households', '30'],
    // 8999 ÷ 300 = 29.99666…: shown 30 at two places would hide the failure, so three places.
    ['89.99', 'fail', '29.997 m²/100 households', '29.99666666666666666666666666666666666667'],
    // 9001 ÷ 300 = 30.00333…
    ['90.01', 'pass', '30 m²/100 households', '30.00333333333333333333333333333333333333'],
  ])('%s m² for 300 households → %s', (area, status, actual, value) => {
    expect(judged('t8-new-facility-area', '2024-06-30', facility(area))).toEqual([status, actual, '≥30 m²/100 households', m(value, '30', 'm2_per_100_households')]);
  });
});

describe('[P1.5] the facility activity share, 60%', () => {
  const facility = (activity: string) => ({ units: [unit(URBAN, { hasServiceFacility: true, facilityBuildingArea: '500', facilityActivityArea: activity })] });
  it.each([
    ['300', 'pass', '60%', '60'],
    // 299.99 ÷ 500 × 100 = 59.998, exactly.
    ['299.99', 'fail', '59.998%', '59.998'],
    ['300.01', 'pass', '60%', '60.002'],
  ])('%s of 500 m² on the due date → %s', (activity, status, actual, value) => {
    expect(judged('p1-5-facility-activity-share', '2025-12-31', facility(activity))).toEqual([status, actual, '≥60%', m(value, '60', 'percent')]);
  });
});

describe('[P6.3] social work talent, 1.8‰ of the population', () => {
  const county = (residentPopulation: number, socialWorkProfessionals: number) => ({ county: { residentPopulation, socialWorkProfessionals } });
  it('342 of 190,000: 342 × 1000 ÷ 190000 = 1.8 exactly → pass at the threshold', () => {
    expect(judged('p6-3-social-work-talent', '2025-12-31', county(190000, 342))).toEqual(['pass', '1.8‰', '≥1.8‰', m('1.8', '1.8', 'permille')]);
  });
  it('341 of 190,000: 1.7947368421… → fail', () => {
    expect(judged('p6-3-social-work-talent', '2025-12-31', county(190000, 341))).toEqual(['fail', '1.79‰', '≥1.8‰', m('1.794736842105263157894736842105263157895', '1.8', 'permille')]);
  });
  it('343 of 190,000: 1.805263157… → pass', () => {
    // 343000 ÷ 190000 = 1.80526315789473684210526315789473684210526…, cut at 40 significant digits (the 41st is 2).
    expect(judged('p6-3-social-work-talent', '2025-12-31', county(190000, 343))).toEqual(['pass', '1.81‰', '≥1.8‰', m('1.805263157894736842105263157894736842105', '1.8', 'permille')]);
  });
});

describe('[T3] opening hours, 每天8小时 (hours a day)', () => {
  const open = (interval: string) => ({ units: [unit(URBAN, { hasServiceFacility: true, openingSchedule: weekdays([interval]) })] });
  it.each([
    ['08:00-16:00', 'pass', '8h', '8'],
    // 479 min ÷ 60 = 7.98333…
    ['08:00-15:59', 'fail', '7.98h', '7.983333333333333333333333333333333333333'],
    // 481 min ÷ 60 = 8.01666…
    ['08:00-16:01', 'pass', '8.02h', '8.016666666666666666666666666666666666667'],
  ])('weekdays %s → %s', (interval, status, actual, value) => {
    expect(judged('t3-opening-hours', '2024-06-30', open(interval))).toEqual([status, actual, '≥8h', m(value, '8', 'hours_per_day')]);
  });
});

describe("[T12] community workers' income, 不低于上年度全口径城镇单位就业人员平均工资 (yuan a month)", () => {
  const data = (wage: Record<string, string>, income: string) => ({ county: { urbanUnitWages: [{ year: 2023, ...wage }] }, records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome: income }] } });
  it('7500.5 against a monthly wage of 7500.5 → pass at the threshold', () => {
    expect(judged('t12-urban-worker-income', '2025-03-31', data({ averageMonthlyWage: '7500.5' }, '7500.5'))).toEqual(['pass', '7500.5 yuan', '≥7500.5 yuan', m('7500.5', '7500.5', 'yuan')]);
  });
  it('7500.49 against an annual wage of 90006 (÷ 12 = 7500.5 exactly, shown to the fen) → fail', () => {
    expect(judged('t12-urban-worker-income', '2025-03-31', data({ averageAnnualWage: '90006' }, '7500.49'))).toEqual(['fail', '7500.49 yuan', '≥7500.50 yuan', m('7500.49', '7500.5', 'yuan')]);
  });
  it('7500.42 against an annual wage of 90005 (÷ 12 = 7500.41666…) → pass; the threshold to 40 significant digits', () => {
    expect(judged('t12-urban-worker-income', '2025-03-31', data({ averageAnnualWage: '90005' }, '7500.42'))).toEqual([
      'pass',
      '7500.42 yuan',
      '≥7500.42 yuan',
      m('7500.42', '7500.416666666666666666666666666666666667', 'yuan'),
    ]);
  });
});

describe('[P3.14] demonstration villages, 20个以上 (a count)', () => {
  it.each([
    [19, 'fail'],
    [20, 'pass'],
    [21, 'pass'],
  ])('%i on the due date → %s', (n, status) => {
    expect(judged('p3-14-demonstration-villages', '2025-12-31', { county: { ethnicUnityDemonstrationUnits: n } })).toEqual([status, String(n), '≥20', m(String(n), '20', 'count')]);
  });
});

describe('[B1] the 一肩挑 trend: above (rising) or at least (not decreasing) the year compared with', () => {
  const series = (before: number, after: number) => ({ county: { oneShoulder: [{ year: 2022, secretaries: 77, concurrent: before }, { year: 2023, secretaries: 77, concurrent: after }] } });
  it("'rising', level: 5900 ÷ 77 = 76.6233…% both years → fail, comparator above", () => {
    const level = '76.62337662337662337662337662337662337662';
    expect(judged('b1-one-shoulder-trend', '2023-12-31', series(59, 59), { oneShoulderTrend: 'rising' })).toEqual(['fail', '76.62%', '>76.62%', m(level, level, 'percent', 'above')]);
  });
  it("'rising', one more: 6000 ÷ 77 = 77.9220…% → pass", () => {
    expect(judged('b1-one-shoulder-trend', '2023-12-31', series(59, 60), { oneShoulderTrend: 'rising' })).toEqual([
      'pass',
      '77.92%',
      '>76.62%',
      m('77.92207792207792207792207792207792207792', '76.62337662337662337662337662337662337662', 'percent', 'above'),
    ]);
  });
});

describe('no number, no measure', () => {
  it('a yes/no rule judged: measure null', () => {
    expect(judged('t3-proxy-government-service', '2024-06-30', { units: [unit(URBAN, { hasProxyGovernmentService: true })] })).toEqual(['pass', 'true', 'true', null]);
  });
  it('missing data and not applicable: measure null, as the types say', () => {
    const [missing] = checkRule('p6-3-social-work-talent', snap('2025-12-31'));
    const [na] = checkRule('p6-3-social-work-talent', snap('2025-12-31', { county: { residentPopulation: 0, socialWorkProfessionals: 0 } }));
    expect([missing?.status, missing?.measure, na?.status, na?.measure]).toEqual(['missing_data', null, 'not_applicable', null]);
  });
});

describe('types: the measure narrows with the status', () => {
  it('null on not_applicable and missing_data, RuleMeasure | null on a judged result', () => {
    const [r] = checkRule('p6-3-social-work-talent', snap('2025-12-31'));
    expectTypeOf(r).toEqualTypeOf<RuleResult | undefined>();
    if (r === undefined) return;
    expectTypeOf(r.measure).toEqualTypeOf<RuleMeasure | null>();
    if (r.status === 'not_applicable' || r.status === 'missing_data') expectTypeOf(r.measure).toEqualTypeOf<null>();
    if (r.status === 'pass' || r.status === 'fail' || r.status === 'pending') {
      expectTypeOf(r.measure).toEqualTypeOf<RuleMeasure | null>();
      expectTypeOf(r.actual).toEqualTypeOf<string>();
    }
    expectTypeOf<RuleMeasure['comparator']>().toEqualTypeOf<'at_least' | 'above'>();
    expectTypeOf<RuleMeasure['value']>().toEqualTypeOf<string>();
  });
});
