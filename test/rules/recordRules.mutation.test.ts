/**
 * Mutation-hardening tests for src/rules/recordRules.ts: whole results (status, actual, expected, messages, missing,
 * subject) at the boundaries of each rule, so that a changed comparison, guard or message text fails a test.
 * Every expected value is worked out by hand from the plan's wording, the rule's threshold and the message templates.
 */
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import { runnerOf } from '../../src/rules/_lib/rule';
import { resolveRuleOptions } from '../../src/rules/RuleOptions';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import type { Snapshot } from '../../src/snapshot/snapshotSchema';
import { snap } from './_helpers';
import { severityOf } from './_results';

const ESTATE = 'p3-2-new-estate-elderly-care-space';
const RATE = 'p3-2-monthly-visit-rate';
const ON_ROSTER = 'p3-2-visits-on-roster';
const INCOME = 't12-urban-worker-income';
const TARIFFS = 's2-residential-utility-prices';

// Titles as the rule definitions give them (used by the missing_data messages "cannot judge: <title>").
const ESTATE_TITLE_ZH = '新建住宅小区按每百户不少于20平方米建筑面积配建社区居家养老服务用房';
const ESTATE_TITLE_EN = 'New residential estates: at least 20 m² of elderly-care space per 100 households';
const ESTATE_EXPECTED = '≥20 m²/100 households';

describe('[P3.2] new estates (每百户不少于20平方米): missing data, 0 households, whole messages', () => {
  it('[P3.2] households missing (area given) → missing_data naming only households', () => {
    const [r, ...rest] = checkRule(ESTATE, snap('2024-06-30', { records: { newEstates: [{ id: 'E1', elderlyCareServiceArea: '30' }] } }));
    expect(rest).toEqual([]);
    expect(r).toEqual({
      ruleId: ESTATE,
      clause: 'P3.2',
      subject: 'E1',
      status: 'missing_data',
      severity: severityOf(ESTATE),
      actual: null,
      expected: ESTATE_EXPECTED,
      measure: null,
      message: {
        zh: `[P3.2] E1：缺少数据 households，无法判断${ESTATE_TITLE_ZH}`,
        en: `[P3.2] E1: missing households; cannot judge: ${ESTATE_TITLE_EN}`,
      },
      gap: null,
      missing: ['households'],
    });
  });

  it('[P3.2] both missing → missing_data naming households then elderlyCareServiceArea', () => {
    const [r] = checkRule(ESTATE, snap('2024-06-30', { records: { newEstates: [{ id: 'E2' }] } }));
    expect(r?.missing).toEqual(['households', 'elderlyCareServiceArea']);
    expect(r?.message).toEqual({
      zh: `[P3.2] E2：缺少数据 households、elderlyCareServiceArea，无法判断${ESTATE_TITLE_ZH}`,
      en: `[P3.2] E2: missing households, elderlyCareServiceArea; cannot judge: ${ESTATE_TITLE_EN}`,
    });
  });

  it('[P3.2] 0 households → not_applicable with its reason in both languages', () => {
    const [r] = checkRule(ESTATE, snap('2024-06-30', { records: { newEstates: [{ id: 'E3', households: 0, elderlyCareServiceArea: '0' }] } }));
    expect(r).toEqual({
      ruleId: ESTATE,
      clause: 'P3.2',
      subject: 'E3',
      status: 'not_applicable',
      severity: severityOf(ESTATE),
      actual: null,
      expected: null,
      measure: null,
      message: { zh: '[P3.2] E3：不适用，户数为0', en: '[P3.2] E3: not applicable, the estate has 0 households' },
      gap: null,
      missing: [],
    });
  });

  it('[P3.2] 650 households with 130 m² (650 × 20 / 100 = 130, exactly the target) → pass; 129.99 m² → fail', () => {
    const at = checkRule(ESTATE, snap('2024-06-30', { records: { newEstates: [{ id: 'E4', households: 650, elderlyCareServiceArea: '130' }] } }))[0];
    expect(at).toMatchObject({ status: 'pass', actual: '20 m²/100 households', expected: ESTATE_EXPECTED });
    expect(at?.message).toEqual({
      zh: '[P3.2] E4：650户，配建居家养老服务用房130平方米，每百户20平方米，不少于20平方米',
      en: '[P3.2] E4: 650 households, 130 m² of elderly-care space, 20 m² per 100 households, at least 20',
    });
    // 129.99 × 100 / 650 = 19.998461… → 20.00 at two places would look like the target, so it shows 19.998 (three places).
    const below = checkRule(ESTATE, snap('2024-06-30', { records: { newEstates: [{ id: 'E5', households: 650, elderlyCareServiceArea: '129.99' }] } }))[0];
    // 130 m² needed: 130 − 129.99 = 0.01 m² more.
    expect(below).toMatchObject({ status: 'fail', actual: '19.998 m²/100 households', gap: { value: '0.01', unit: 'm2' } });
    expect(below?.message.en).toBe('[P3.2] E5: 650 households, 129.99 m² of elderly-care space, 19.998 m² per 100 households, below 20, 0.01 m² more needed');
    expect(below?.message.zh).toBe('[P3.2] E5：650户，配建居家养老服务用房129.99平方米，每百户19.998平方米，少于20平方米，还差0.01平方米');
  });
});

const RATE_TITLE_ZH = '特殊困难老年人月探访率达到100％';
const RATE_TITLE_EN = 'Every special-difficulty elderly person visited every month (100％)';

/** One month's visit log over `from`–`to` with the given roster and visits. */
function visits(from: string, to: string, roster: unknown[], list: unknown[]): Record<string, unknown> {
  return { records: { elderlyVisits: { from, to, roster, visits: list } } };
}

describe('[P3.2] 特殊困难老年人月探访率达到100％: period and roster boundaries', () => {
  it('[P3.2] a one-day log (from = to) is usable; the visit on that day counts: 1 of 1 = 100% → pass', () => {
    const rs = checkRule(RATE, snap('2024-06-30', visits('2024-05-31', '2024-05-31', [{ personId: 'A' }], [{ personId: 'A', date: '2024-05-31' }])));
    expect(rs).toEqual([
      {
        ruleId: RATE,
        clause: 'P3.2',
        subject: '2024-05',
        status: 'pass',
        severity: severityOf(RATE),
        actual: '100%',
        expected: '100%',
        measure: { value: '100', threshold: '100', comparator: 'at_least', unit: 'percent' }, // 1 × 100 ÷ 1: exactly the target
        message: {
          zh: '[P3.2] 2024-05：名册1人，已探访1人，月探访率100%，达到100％',
          en: '[P3.2] 2024-05: 1 of 1 on the roster visited, monthly visit rate 100%, 100％ reached',
        },
        gap: null,
        missing: [],
      },
    ]);
  });

  it('[P3.2] visits on the first and on the last day of the log both count (2 of 2 = 100%)', () => {
    const rs = checkRule(
      RATE,
      snap('2024-06-30', visits('2024-01-10', '2024-01-20', [{ personId: 'A' }, { personId: 'B' }], [
        { personId: 'A', date: '2024-01-10' },
        { personId: 'B', date: '2024-01-20' },
      ])),
    );
    expect(rs.map((r) => [r.subject, r.status, r.actual])).toEqual([['2024-01', 'pass', '100%']]);
  });

  it('[P3.2] a visit before the log starts (same month, person already on the roster) is not counted: 0 of 1 → fail', () => {
    // Log 2024-01-10..2024-01-20; A on the roster from 2024-01-01; visited 2024-01-05, outside the log.
    const rs = checkRule(RATE, snap('2024-06-30', visits('2024-01-10', '2024-01-20', [{ personId: 'A', from: '2024-01-01' }], [{ personId: 'A', date: '2024-01-05' }])));
    expect(rs).toEqual([
      {
        ruleId: RATE,
        clause: 'P3.2',
        subject: '2024-01',
        status: 'fail',
        severity: severityOf(RATE),
        actual: '0%',
        expected: '100%',
        measure: { value: '0', threshold: '100', comparator: 'at_least', unit: 'percent' }, // 0 × 100 ÷ 1
        // January ends 2024-01-31, before asOf 2024-06-30: due, so no "not yet due" tail.
        // 1 on the roster, 0 visited: 1 person still to visit.
        message: {
          zh: '[P3.2] 2024-01：名册1人，已探访0人，月探访率0%，未达到100％，还差1人（未探访：A）',
          en: '[P3.2] 2024-01: 0 of 1 on the roster visited, monthly visit rate 0%, below 100％, 1 more person needed (not visited: A)',
        },
        gap: { value: '1', unit: 'persons' },
        missing: [],
      },
    ]);
  });

  it('[P3.2] a visit after the log ends (same month, person still on the roster) is not counted: 0 of 1 → fail', () => {
    const rs = checkRule(RATE, snap('2024-06-30', visits('2024-01-10', '2024-01-20', [{ personId: 'A' }], [{ personId: 'A', date: '2024-01-25' }])));
    expect(rs.map((r) => [r.subject, r.status, r.actual, r.message.en])).toEqual([
      ['2024-01', 'fail', '0%', '[P3.2] 2024-01: 0 of 1 on the roster visited, monthly visit rate 0%, below 100％, 1 more person needed (not visited: A)'],
    ]);
  });

  it('[P3.2] visits on the day a person joins and on the day they leave count (2 of 2 = 100%)', () => {
    const roster = [{ personId: 'A', from: '2024-02-10' }, { personId: 'B', to: '2024-02-15' }];
    const rs = checkRule(RATE, snap('2024-06-30', visits('2024-02-01', '2024-02-29', roster, [
      { personId: 'A', date: '2024-02-10' },
      { personId: 'B', date: '2024-02-15' },
    ])));
    expect(rs.map((r) => [r.subject, r.status, r.actual])).toEqual([['2024-02', 'pass', '100%']]);
  });

  it('[P3.2] visits before joining or after leaving, in the same month, are not counted: 0 of 2 → fail', () => {
    // Both are on the February roster (A joins in February, B leaves in February), but neither visit falls in their time on it.
    const roster = [{ personId: 'A', from: '2024-02-10' }, { personId: 'B', to: '2024-02-15' }];
    const rs = checkRule(RATE, snap('2024-06-30', visits('2024-02-01', '2024-02-29', roster, [
      { personId: 'A', date: '2024-02-09' },
      { personId: 'B', date: '2024-02-16' },
    ])));
    expect(rs.map((r) => [r.subject, r.status, r.actual, r.message.zh])).toEqual([
      ['2024-02', 'fail', '0%', '[P3.2] 2024-02：名册2人，已探访0人，月探访率0%，未达到100％，还差2人（未探访：A, B）'],
    ]);
  });

  it('[P3.2] only B visited after leaving: 1 of 2 = 50% → fail naming B', () => {
    const roster = [{ personId: 'A' }, { personId: 'B', to: '2024-02-15' }];
    const rs = checkRule(RATE, snap('2024-06-30', visits('2024-02-01', '2024-02-29', roster, [
      { personId: 'A', date: '2024-02-03' },
      { personId: 'B', date: '2024-02-20' },
    ])));
    expect(rs.map((r) => [r.status, r.actual, r.message.en])).toEqual([
      ['fail', '50%', '[P3.2] 2024-02: 1 of 2 on the roster visited, monthly visit rate 50%, below 100％, 1 more person needed (not visited: B)'],
    ]);
  });
});

describe('[P3.2] monthly visit rate: messages (names list, pending tail, nobody on the roster)', () => {
  const people = (n: number): { personId: string }[] => Array.from({ length: n }, (_, i) => ({ personId: `p${i + 1}` }));

  it('[P3.2] 6 not visited, month not over → pending; the message lists the first 5 and an ellipsis, and the month end', () => {
    // asOf 2024-05-15 is before May's last day 2024-05-31 → pending (not yet due).
    const [r] = checkRule(RATE, snap('2024-05-15', visits('2024-05-01', '2024-05-31', people(6), [])));
    expect(r).toEqual({
      ruleId: RATE,
      clause: 'P3.2',
      subject: '2024-05',
      status: 'pending',
      severity: severityOf(RATE),
      actual: '0%',
      expected: '100%',
      measure: { value: '0', threshold: '100', comparator: 'at_least', unit: 'percent' }, // 0 of 6
      message: {
        zh: '[P3.2] 2024-05：名册6人，已探访0人，月探访率0%，未达到100％，还差6人（未探访：p1, p2, p3, p4, p5, …）（当月至 2024-05-31 结束，尚未到期）',
        en: '[P3.2] 2024-05: 0 of 6 on the roster visited, monthly visit rate 0%, below 100％, 6 more people needed (not visited: p1, p2, p3, p4, p5, …) (the month runs to 2024-05-31, not yet due)',
      },
      gap: { value: '6', unit: 'persons' },
      missing: [],
    });
  });

  it('[P3.2] exactly 5 not visited → all five named, no ellipsis', () => {
    const [r] = checkRule(RATE, snap('2024-06-30', visits('2024-05-01', '2024-05-31', people(5), [])));
    expect(r?.message).toEqual({
      zh: '[P3.2] 2024-05：名册5人，已探访0人，月探访率0%，未达到100％，还差5人（未探访：p1, p2, p3, p4, p5）',
      en: '[P3.2] 2024-05: 0 of 5 on the roster visited, monthly visit rate 0%, below 100％, 5 more people needed (not visited: p1, p2, p3, p4, p5)',
    });
  });

  it('[P3.2] 30 of 31 visited in a pending month: 96.77% (30 × 100 / 31 = 96.774…), tail names the month end 2024-01-31', () => {
    const roster = people(31);
    const list = roster.slice(1).map((p) => ({ personId: p.personId, date: '2024-01-02' }));
    const [r] = checkRule(RATE, snap('2024-01-31', visits('2024-01-01', '2024-01-31', roster, list)));
    // asOf = the month's last day → due: fail, no tail.
    expect([r?.status, r?.actual, r?.message.en]).toEqual([
      'fail',
      '96.77%',
      '[P3.2] 2024-01: 30 of 31 on the roster visited, monthly visit rate 96.77%, below 100％, 1 more person needed (not visited: p1)',
    ]);
    const [p] = checkRule(RATE, snap('2024-01-30', visits('2024-01-01', '2024-01-31', roster, list)));
    expect([p?.status, p?.message.zh]).toEqual([
      'pending',
      '[P3.2] 2024-01：名册31人，已探访30人，月探访率96.77%，未达到100％，还差1人（未探访：p1）（当月至 2024-01-31 结束，尚未到期）',
    ]);
  });

  it('[P3.2] a month with nobody on the roster → not_applicable with its reason', () => {
    // B joins in March, so February of a Feb–Mar log has nobody on the roster.
    const rs = checkRule(RATE, snap('2024-06-30', visits('2024-02-01', '2024-03-31', [{ personId: 'B', from: '2024-03-05' }], [{ personId: 'B', date: '2024-03-06' }])));
    expect(rs).toEqual([
      {
        ruleId: RATE,
        clause: 'P3.2',
        subject: '2024-02',
        status: 'not_applicable',
        severity: severityOf(RATE),
        actual: null,
        expected: null,
        measure: null,
        message: { zh: '[P3.2] 2024-02：不适用，当月名册上没有特殊困难老年人', en: '[P3.2] 2024-02: not applicable, nobody is on the roster that month' },
        gap: null,
        missing: [],
      },
      {
        ruleId: RATE,
        clause: 'P3.2',
        subject: '2024-03',
        status: 'pass',
        severity: severityOf(RATE),
        actual: '100%',
        expected: '100%',
        measure: { value: '100', threshold: '100', comparator: 'at_least', unit: 'percent' }, // 1 × 100 ÷ 1: exactly the target
        message: {
          zh: '[P3.2] 2024-03：名册1人，已探访1人，月探访率100%，达到100％',
          en: '[P3.2] 2024-03: 1 of 1 on the roster visited, monthly visit rate 100%, 100％ reached',
        },
        gap: null,
        missing: [],
      },
    ]);
  });

  it('[P3.2] no log → one missing_data for the county, expected 100%', () => {
    expect(checkRule(RATE, snap('2024-06-30'))).toEqual([
      {
        ruleId: RATE,
        clause: 'P3.2',
        subject: '533124',
        status: 'missing_data',
        severity: severityOf(RATE),
        actual: null,
        expected: '100%',
        measure: null,
        message: { zh: `[P3.2] 陇川县（533124）：缺少数据 records.elderlyVisits，无法判断${RATE_TITLE_ZH}`, en: `[P3.2] 陇川县 (533124): missing records.elderlyVisits; cannot judge: ${RATE_TITLE_EN}` },
        gap: null,
        missing: ['records.elderlyVisits'],
      },
    ]);
  });
});

describe('[P3.2] monthly visit rate: a hand-built (unparsed) log with an unusable period → the runner gives missing_data, never a throw (checkRule refuses it)', () => {
  /** A snapshot built by hand, not through the parser (the parser would refuse these periods). */
  const raw = (from: string, to: string): Snapshot =>
    ({ asOf: '2024-06-30', units: [], records: { elderlyVisits: { from, to, roster: [{ personId: 'A' }], visits: [] } } }) as unknown as Snapshot;
  const unusable = {
    ruleId: RATE,
    clause: 'P3.2',
    subject: '533124',
    status: 'missing_data',
    severity: severityOf(RATE),
    actual: null,
    expected: '100%',
    measure: null,
    message: {
      zh: `[P3.2] 陇川县（533124）：缺少数据 records.elderlyVisits.from、records.elderlyVisits.to，无法判断${RATE_TITLE_ZH}`,
      en: `[P3.2] 陇川县 (533124): missing records.elderlyVisits.from, records.elderlyVisits.to; cannot judge: ${RATE_TITLE_EN}`,
    },
    gap: null,
    missing: ['records.elderlyVisits.from', 'records.elderlyVisits.to'],
  };
  it.each([
    ['end before start (both real dates)', '2024-03-01', '2024-02-01'],
    ['start not a real date (end after it as text)', '2024-02-30', '2024-03-31'],
    ['end not a real date (after the start as text)', '2024-01-01', '2024-02-30'],
    ['start not a date at all', 'soon', 'tomorrow'],
  ])('[P3.2] %s', (_t, from, to) => {
    expect(() => checkRule(RATE, raw(from, to))).toThrow(PlanInputError);
    expect(runnerOf(RATE)(raw(from, to), resolveRuleOptions(undefined))).toEqual([unusable]);
  });
});

const ON_ROSTER_TITLE_ZH = '探访记录只计名册上的特殊困难老年人（数据核查）';
const ON_ROSTER_TITLE_EN = 'Visits count only for people on the roster (data check)';

describe('[P3.2] p3-2-visits-on-roster: boundaries of a person\'s time on the roster, messages', () => {
  const roster = [{ personId: 'A', from: '2024-02-10' }, { personId: 'B', to: '2024-02-15' }];

  it('[P3.2] visits on the joining day and on the leaving day are on the roster → one pass naming the count', () => {
    const rs = checkRule(ON_ROSTER, snap('2024-06-30', visits('2024-02-01', '2024-02-29', roster, [
      { id: 'v1', personId: 'A', date: '2024-02-10' },
      { id: 'v2', personId: 'B', date: '2024-02-15' },
    ])));
    expect(rs).toEqual([
      {
        ruleId: ON_ROSTER,
        clause: 'P3.2',
        subject: 'records.elderlyVisits',
        status: 'pass',
        severity: severityOf(ON_ROSTER),
        actual: '0',
        expected: '0',
        measure: null,
        message: { zh: '[P3.2] 2条探访记录均为名册上的人', en: '[P3.2] all 2 visits are to people on the roster' },
        gap: null,
        missing: [],
      },
    ]);
  });

  it('[P3.2] a visit the day before joining (open end shown as …) and the day after leaving (open start shown as …) are flagged', () => {
    const rs = checkRule(ON_ROSTER, snap('2024-06-30', visits('2024-02-01', '2024-02-29', roster, [
      { id: 'v1', personId: 'A', date: '2024-02-09' },
      { personId: 'B', date: '2024-02-16' },
    ])));
    expect(rs).toEqual([
      {
        ruleId: ON_ROSTER,
        clause: 'P3.2',
        subject: 'v1',
        status: 'fail',
        severity: severityOf(ON_ROSTER),
        actual: 'A',
        expected: 'on roster',
        measure: null,
        message: {
          zh: '[P3.2] v1：2024-02-09 探访 A 时其不在名册期间（2024-02-10 至 …），不计入月探访率',
          en: '[P3.2] v1: A was visited on 2024-02-09, outside their time on the roster (2024-02-10 to …); not counted',
        },
        gap: null,
        missing: [],
      },
      {
        ruleId: ON_ROSTER,
        clause: 'P3.2',
        // No id: the subject is the visit's index.
        subject: 'visits[1]',
        status: 'fail',
        severity: severityOf(ON_ROSTER),
        actual: 'B',
        expected: 'on roster',
        measure: null,
        message: {
          zh: '[P3.2] visits[1]：2024-02-16 探访 B 时其不在名册期间（… 至 2024-02-15），不计入月探访率',
          en: '[P3.2] visits[1]: B was visited on 2024-02-16, outside their time on the roster (… to 2024-02-15); not counted',
        },
        gap: null,
        missing: [],
      },
    ]);
  });

  it('[P3.2] a person with both ends: both dates shown', () => {
    const [r] = checkRule(ON_ROSTER, snap('2024-06-30', visits('2024-02-01', '2024-02-29', [{ personId: 'C', from: '2024-02-05', to: '2024-02-20' }], [
      { id: 'v9', personId: 'C', date: '2024-02-21' },
    ])));
    expect(r?.message).toEqual({
      zh: '[P3.2] v9：2024-02-21 探访 C 时其不在名册期间（2024-02-05 至 2024-02-20），不计入月探访率',
      en: '[P3.2] v9: C was visited on 2024-02-21, outside their time on the roster (2024-02-05 to 2024-02-20); not counted',
    });
  });

  it('[P3.2] no log → one missing_data for the county, expected 0 flagged visits', () => {
    expect(checkRule(ON_ROSTER, snap('2024-06-30'))).toEqual([
      {
        ruleId: ON_ROSTER,
        clause: 'P3.2',
        subject: '533124',
        status: 'missing_data',
        severity: severityOf(ON_ROSTER),
        actual: null,
        expected: '0',
        measure: null,
        message: {
          zh: `[P3.2] 陇川县（533124）：缺少数据 records.elderlyVisits，无法判断${ON_ROSTER_TITLE_ZH}`,
          en: `[P3.2] 陇川县 (533124): missing records.elderlyVisits; cannot judge: ${ON_ROSTER_TITLE_EN}`,
        },
        gap: null,
        missing: ['records.elderlyVisits'],
      },
    ]);
  });
});

describe('[T12] community workers\' income: whole messages, the annual basis only when used', () => {
  it('[T12] monthly wage: 2024 income 8000 vs 2023 wage 8000 → pass, message without an annual basis', () => {
    const s = snap('2025-03-31', { county: { urbanUnitWages: [{ year: 2023, averageMonthlyWage: '8000' }] }, records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome: '8000' }] } });
    expect(checkRule(INCOME, s)).toEqual([
      {
        ruleId: INCOME,
        clause: 'T12',
        subject: '533124:2024',
        status: 'pass',
        severity: severityOf(INCOME),
        actual: '8000 yuan',
        expected: '≥8000 yuan',
        measure: { value: '8000', threshold: '8000', comparator: 'at_least', unit: 'yuan' }, // equal: not below
        message: {
          zh: '[T12] 陇川县（533124）2024年：2024年城市社区工作者月平均收入8000元，2023年全口径城镇单位就业人员月平均工资8000元，不低于',
          en: "[T12] 陇川县 (533124) 2024: urban community workers' average monthly income 8000 yuan in 2024; 2023 average monthly wage of urban unit employees 8000 yuan: not below",
        },
        gap: null,
        missing: [],
      },
    ]);
  });

  it('[T12] annual wage only: 100000 ÷ 12 = 8333.333… shown 8333.333 (the fen would equal the income), with the annual basis; 8333.33 × 12 = 99999.96 < 100000 → fail', () => {
    const s = snap('2025-03-31', { county: { urbanUnitWages: [{ year: 2022, averageAnnualWage: '100000' }] }, records: { communityWorkerIncome: [{ year: 2023, averageMonthlyIncome: '8333.33' }] } });
    expect(checkRule(INCOME, s)).toEqual([
      {
        ruleId: INCOME,
        clause: 'T12',
        subject: '533124:2023',
        status: 'fail',
        severity: severityOf(INCOME),
        actual: '8333.33 yuan',
        expected: '≥8333.333 yuan',
        measure: { value: '8333.33', threshold: '8333.333333333333333333333333333333333333', comparator: 'at_least', unit: 'yuan' }, // 100000 ÷ 12 to 40 significant digits
        message: {
          zh: '[T12] 陇川县（533124）2023年：2023年城市社区工作者月平均收入8333.33元，2022年全口径城镇单位就业人员月平均工资8333.333元（年平均工资100000元÷12），低于，还差0.01元',
          en: "[T12] 陇川县 (533124) 2023: urban community workers' average monthly income 8333.33 yuan in 2023; 2022 average monthly wage of urban unit employees 8333.333 yuan (annual 100000 yuan ÷ 12): below, 0.01 yuan more needed",
        },
        // 100000 ÷ 12 − 8333.33 = 0.00333… yuan, rounded up to the fen: 0.01 (8333.34 × 12 = 100000.08 ≥ 100000).
        gap: { value: '0.01', unit: 'yuan' },
        missing: [],
      },
    ]);
  });

  it('[T12] annual 100000.14 ÷ 12 = 8333.345 exactly → shown 8333.35 (half up)', () => {
    const s = snap('2025-03-31', { county: { urbanUnitWages: [{ year: 2022, averageAnnualWage: '100000.14' }] }, records: { communityWorkerIncome: [{ year: 2023, averageMonthlyIncome: '8333.35' }] } });
    // 8333.35 × 12 = 100000.20 ≥ 100000.14 → pass.
    expect(checkRule(INCOME, s).map((r) => [r.status, r.expected])).toEqual([['pass', '≥8333.35 yuan']]);
  });

  it('[T12] no wage series at all → missing_data for the previous year', () => {
    const s = snap('2025-03-31', { records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome: '8000' }] } });
    expect(checkRule(INCOME, s).map((r) => [r.subject, r.status, r.missing, r.expected])).toEqual([['533124:2024', 'missing_data', ['county.urbanUnitWages[year=2023]'], null]]);
  });

  it('[T12] a hand-built (unparsed) wage year with neither figure → the runner gives missing_data, never a throw (checkRule refuses it)', () => {
    const s = {
      asOf: '2025-03-31',
      units: [],
      county: { urbanUnitWages: [{ year: 2023 }] },
      records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome: '8000' }] },
    } as unknown as Snapshot;
    expect(() => checkRule(INCOME, s)).toThrow(PlanInputError);
    expect(runnerOf(INCOME)(s, resolveRuleOptions(undefined)).map((r) => [r.subject, r.status, r.missing, r.actual, r.expected])).toEqual([
      ['533124:2024', 'missing_data', ['county.urbanUnitWages[year=2023]'], null, null],
    ]);
  });
});

const TARIFF_TITLE_ZH = '社区服务网点水、电、气、热执行居民生活类价格';
const TARIFF_TITLE_EN = 'Community service outlets pay residential prices for water, electricity, gas and heating';

describe('[S2] utility prices: missing lists and whole messages', () => {
  it('[S2] no outlet list → one missing_data for the county, expected none', () => {
    expect(checkRule(TARIFFS, snap('2024-06-30'))).toEqual([
      {
        ruleId: TARIFFS,
        clause: 'S2',
        subject: '533124',
        status: 'missing_data',
        severity: severityOf(TARIFFS),
        actual: null,
        expected: 'none',
        measure: null,
        message: {
          zh: `[S2] 陇川县（533124）：缺少数据 records.serviceOutlets，无法判断${TARIFF_TITLE_ZH}`,
          en: `[S2] 陇川县 (533124): missing records.serviceOutlets; cannot judge: ${TARIFF_TITLE_EN}`,
        },
        gap: null,
        missing: ['records.serviceOutlets'],
      },
    ]);
  });

  it('[S2] an outlet without gas and heating recorded → missing_data for it, expected none', () => {
    const [r] = checkRule(TARIFFS, snap('2024-06-30', { records: { serviceOutlets: [{ id: 'O1', water: 'residential', electricity: 'non_residential' }] } }));
    expect(r).toEqual({
      ruleId: TARIFFS,
      clause: 'S2',
      subject: 'O1',
      status: 'missing_data',
      severity: severityOf(TARIFFS),
      actual: null,
      expected: 'none',
      measure: null,
      message: { zh: `[S2] O1：缺少数据 gas、heating，无法判断${TARIFF_TITLE_ZH}`, en: `[S2] O1: missing gas, heating; cannot judge: ${TARIFF_TITLE_EN}` },
      gap: null,
      missing: ['gas', 'heating'],
    });
  });

  it('[S2] water and gas at non-residential prices → fail naming both', () => {
    const [r] = checkRule(TARIFFS, snap('2024-06-30', { records: { serviceOutlets: [{ id: 'O2', water: 'non_residential', electricity: 'residential', gas: 'non_residential', heating: 'not_supplied' }] } }));
    expect(r).toEqual({
      ruleId: TARIFFS,
      clause: 'S2',
      subject: 'O2',
      status: 'fail',
      severity: severityOf(TARIFFS),
      actual: 'water+gas',
      expected: 'none',
      measure: null,
      message: { zh: '[S2] O2：水、气未执行居民生活类价格', en: '[S2] O2: non-residential price for water, gas' },
      gap: null,
      missing: [],
    });
  });

  it('[S2] every utility residential or not supplied → pass message', () => {
    const [r] = checkRule(TARIFFS, snap('2024-06-30', { records: { serviceOutlets: [{ id: 'O3', water: 'residential', electricity: 'residential', gas: 'not_supplied', heating: 'not_supplied' }] } }));
    expect(r).toMatchObject({
      status: 'pass',
      actual: 'none',
      expected: 'none',
      measure: null,
      message: { zh: '[S2] O3：水、电、气、热均执行居民生活类价格（或未使用）', en: '[S2] O3: residential prices for every utility used' },
    });
  });
});
