import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';
import { snap } from './_helpers';

describe('[P3.2] 新建住宅小区应按照每百户不少于20平方米建筑面积配建社区居家养老服务用房', () => {
  it.each([
    ['[P3.2] 100 households, 20 m² = 20 m²/100 → pass (exactly)', { households: 100, elderlyCareServiceArea: 20 }, 'pass', '20 m²/100 households'],
    ['[P3.2] 100 households, 19.99 m² → fail (just below)', { households: 100, elderlyCareServiceArea: '19.99' }, 'fail', '19.99 m²/100 households'],
    ['[P3.2] 650 households, 130 m² = 20 → pass', { households: 650, elderlyCareServiceArea: 130 }, 'pass', '20 m²/100 households'],
    ['[P3.2] 650 households, 120 m² = 18.46 → fail', { households: 650, elderlyCareServiceArea: 120 }, 'fail', '18.46 m²/100 households'],
    ['[P3.2] 0 households → not_applicable', { households: 0, elderlyCareServiceArea: 0 }, 'not_applicable', null],
  ] as const)('%s', (_t, estate, status, actual) => {
    const [r] = checkRule('p3-2-new-estate-elderly-care-space', snap('2024-06-30', { records: { newEstates: [{ id: 'E1', ...estate }] } }));
    expect([r?.subject, r?.status, r?.actual]).toEqual(['E1', status, actual]);
  });
  it('[P3.2] missing area → missing_data; no estate list → one missing_data for the county', () => {
    expect(checkRule('p3-2-new-estate-elderly-care-space', snap('2024-06-30', { records: { newEstates: [{ id: 'E1', households: 10 }] } }))[0]?.missing).toEqual(['elderlyCareServiceArea']);
    expect(checkRule('p3-2-new-estate-elderly-care-space', snap('2024-06-30'))[0]).toMatchObject({ subject: '533124', status: 'missing_data', missing: ['records.newEstates'] });
  });
  it('duplicate estate IDs are rejected when parsing', () => {
    const r = safeParseSnapshot({ asOf: '2024-06-30', units: [], records: { newEstates: [{ id: 'E1' }, { id: 'E1' }] } });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['duplicate_id', ['records', 'newEstates', 1, 'id']]]);
  });
});

describe('[P3.2] 特殊困难老年人月探访率达到100％, month by month', () => {
  // Roster: A all along; B joins 2024-02-10; C leaves 2024-02-15.
  const log = {
    from: '2024-01-01',
    to: '2024-03-31',
    roster: [{ personId: 'A' }, { personId: 'B', from: '2024-02-10' }, { personId: 'C', to: '2024-02-15' }],
    visits: [
      { id: 'v1', personId: 'A', date: '2024-01-05' },
      { id: 'v2', personId: 'C', date: '2024-01-20' },
      { id: 'v3', personId: 'A', date: '2024-02-03' },
      { id: 'v4', personId: 'B', date: '2024-02-05' }, // before B joined: not counted, flagged
      { id: 'v5', personId: 'B', date: '2024-02-12' },
      { id: 'v6', personId: 'A', date: '2024-03-01' },
      { id: 'v7', personId: 'C', date: '2024-03-02' }, // after C left: not counted, flagged
      { id: 'v8', personId: 'X', date: '2024-03-03' }, // not on the roster: flagged
    ],
  };
  it('[P3.2] Jan 2/2 = 100% pass; Feb 2/3 = 66.67% fail (C not visited); Mar 1/2 = 50% pending (month not over)', () => {
    const rs = checkRule('p3-2-monthly-visit-rate', snap('2024-03-15', { records: { elderlyVisits: log } }));
    expect(rs.map((r) => [r.subject, r.status, r.actual, r.expected])).toEqual([
      ['2024-01', 'pass', '100%', '100%'],
      ['2024-02', 'fail', '66.67%', '100%'],
      ['2024-03', 'pending', '50%', '100%'],
    ]);
    expect(rs[1]?.message.en).toContain('not visited: C');
    expect(rs[2]?.message.en).toContain('not visited: B');
  });
  it('[P3.2] a month is due on its last day: Feb 2024 pending on 02-28, failing on 02-29 (leap year)', () => {
    const feb = { ...log, to: '2024-02-29' };
    expect(checkRule('p3-2-monthly-visit-rate', snap('2024-02-28', { records: { elderlyVisits: feb } }))[1]?.status).toBe('pending');
    expect(checkRule('p3-2-monthly-visit-rate', snap('2024-02-29', { records: { elderlyVisits: feb } }))[1]?.status).toBe('fail');
  });
  it('[P3.2] 199 of 200 visited = 99.5% → fail; 200 of 200 → pass', () => {
    const roster = Array.from({ length: 200 }, (_, i) => ({ personId: `p${i}` }));
    const visits = roster.map((p) => ({ personId: p.personId, date: '2024-05-10' }));
    const one = { from: '2024-05-01', to: '2024-05-31', roster, visits };
    expect(checkRule('p3-2-monthly-visit-rate', snap('2024-06-30', { records: { elderlyVisits: one } }))[0]).toMatchObject({ status: 'pass', actual: '100%' });
    const short = { ...one, visits: visits.slice(1) };
    expect(checkRule('p3-2-monthly-visit-rate', snap('2024-06-30', { records: { elderlyVisits: short } }))[0]).toMatchObject({ status: 'fail', actual: '99.5%' });
  });
  it('[P3.2] 19,999 of 20,000 = 99.995% never shows as "100%"', () => {
    const roster = Array.from({ length: 20000 }, (_, i) => ({ personId: `p${i}` }));
    const visits = roster.slice(1).map((p) => ({ personId: p.personId, date: '2024-05-10' }));
    const [r] = checkRule('p3-2-monthly-visit-rate', snap('2024-06-30', { records: { elderlyVisits: { from: '2024-05-01', to: '2024-05-31', roster, visits } } }));
    expect(r).toMatchObject({ status: 'fail', actual: '99.995%' });
  });
  it('[P3.2] a month with nobody on the roster → not_applicable; no log → missing_data', () => {
    const empty = { from: '2024-01-01', to: '2024-01-31', roster: [], visits: [] };
    expect(checkRule('p3-2-monthly-visit-rate', snap('2024-06-30', { records: { elderlyVisits: empty } }))[0]?.status).toBe('not_applicable');
    expect(checkRule('p3-2-monthly-visit-rate', snap('2024-06-30'))[0]).toMatchObject({ status: 'missing_data', missing: ['records.elderlyVisits'] });
  });
  it('[P3.2] visits to people off the roster (or outside their time on it) are flagged by p3-2-visits-on-roster', () => {
    const rs = checkRule('p3-2-visits-on-roster', snap('2024-03-15', { records: { elderlyVisits: log } }));
    expect(rs.map((r) => [r.subject, r.status, r.actual])).toEqual([
      ['v4', 'fail', 'B'],
      ['v7', 'fail', 'C'],
      ['v8', 'fail', 'X'],
    ]);
    const clean = { ...log, visits: log.visits.filter((v) => ['v1', 'v3'].includes(v.id)) };
    expect(checkRule('p3-2-visits-on-roster', snap('2024-03-15', { records: { elderlyVisits: clean } }))).toMatchObject([{ status: 'pass', subject: 'records.elderlyVisits' }]);
  });
  it('rejects a log whose end is before its start, a duplicate person, and a bad visit date', () => {
    const r = safeParseSnapshot({
      asOf: '2024-06-30',
      units: [],
      records: { elderlyVisits: { from: '2024-03-01', to: '2024-02-01', roster: [{ personId: 'A' }, { personId: 'A' }], visits: [{ personId: 'A', date: '2024-02-30' }] } },
    });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_date', 'records.elderlyVisits.visits.0.date'],
      ['invalid_range', 'records.elderlyVisits.to'],
      ['duplicate_id', 'records.elderlyVisits.roster.1.personId'],
    ]);
    const r2 = safeParseSnapshot({
      asOf: '2024-06-30',
      units: [],
      records: { elderlyVisits: { from: '2024-03-01', to: '2024-02-01', roster: [{ personId: 'A' }, { personId: 'A' }], visits: [] } },
    });
    expect(r2.success ? [] : r2.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_range', 'records.elderlyVisits.to'],
      ['duplicate_id', 'records.elderlyVisits.roster.1.personId'],
    ]);
  });
});

describe('[T12] 城市社区工作者月平均收入不低于上年度全口径城镇单位就业人员月平均工资', () => {
  const wages = [
    { year: 2023, averageMonthlyWage: '8000' },
    { year: 2022, averageAnnualWage: '100000' },
  ];
  it.each([
    ['[T12] 2024 income 8000 vs 2023 wage 8000 → pass (not below, equal)', 2024, '8000', 'pass', '≥8000 yuan'],
    ['[T12] 2024 income 7999.99 vs 8000 → fail (just below)', 2024, '7999.99', 'fail', '≥8000 yuan'],
    ['[T12] 2023 income 8333.34 vs 2022 annual 100000 ÷ 12 = 8333.33… → pass', 2023, '8333.34', 'pass', '≥8333.33 yuan'],
    // Shown to the fen the wage would be 8333.33, the income's own figure: one more place shows why it fails.
    ['[T12] 2023 income 8333.33 vs 8333.333… → fail (×12 = 99999.96 < 100000), wage shown 8333.333', 2023, '8333.33', 'fail', '≥8333.333 yuan'],
  ] as const)('%s', (_t, year, income, status, expected) => {
    const s = snap('2025-03-31', { county: { urbanUnitWages: wages }, records: { communityWorkerIncome: [{ year, averageMonthlyIncome: income }] } });
    const [r] = checkRule('t12-urban-worker-income', s);
    expect([r?.subject, r?.status, r?.actual, r?.expected]).toEqual([`533124:${year}`, status, `${income} yuan`, expected]);
  });
  it.each([
    // 100000.08 ÷ 12 = 8333.34 exactly: an income of exactly that passes, and the fen shows it.
    ['100000.08', '8333.34', 'pass', '≥8333.34 yuan'],
    // 100000.01 ÷ 12 = 8333.334166…: 8333.34 is above it, and the fen (8333.33) shows that.
    ['100000.01', '8333.34', 'pass', '≥8333.33 yuan'],
    // 8333.33 × 12 = 99999.96 < 100000.01: fails; to the fen both read 8333.33, to 3 places the wage is 8333.334.
    ['100000.01', '8333.33', 'fail', '≥8333.334 yuan'],
    // 8333.32 is below 8333.33 already at the fen: no extra place.
    ['100000.01', '8333.32', 'fail', '≥8333.33 yuan'],
  ] as const)('[T12] annual %s ÷ 12 against income %s → %s, wage shown %s', (annual, income, status, expected) => {
    const s = snap('2025-03-31', { county: { urbanUnitWages: [{ year: 2023, averageAnnualWage: annual }] }, records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome: income }] } });
    const [r] = checkRule('t12-urban-worker-income', s);
    expect([r?.status, r?.expected]).toEqual([status, expected]);
  });
  it('[T12] per community; previous year missing → missing_data', () => {
    const s = snap('2025-03-31', {
      county: { urbanUnitWages: wages },
      records: { communityWorkerIncome: [{ year: 2022, unitCode: '533124101001', averageMonthlyIncome: 9000 }] },
    });
    expect(checkRule('t12-urban-worker-income', s)[0]).toMatchObject({ subject: '533124101001:2022', status: 'missing_data', missing: ['county.urbanUnitWages[year=2021]'] });
  });
  it('a wage year needs a monthly or an annual figure', () => {
    const r = safeParseSnapshot({ asOf: '2025-03-31', units: [], county: { urbanUnitWages: [{ year: 2023 }] } });
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(['missing_wage']);
  });
});

describe('[S2] 社区服务网点的水、电、气、热执行居民生活类价格', () => {
  it.each([
    ['[S2] all four residential → pass', { water: 'residential', electricity: 'residential', gas: 'residential', heating: 'residential' }, 'pass', 'none'],
    ['[S2] no gas, no heating supplied, rest residential → pass', { water: 'residential', electricity: 'residential', gas: 'not_supplied', heating: 'not_supplied' }, 'pass', 'none'],
    ['[S2] electricity at a commercial price → fail', { water: 'residential', electricity: 'non_residential', gas: 'not_supplied', heating: 'not_supplied' }, 'fail', 'electricity'],
  ] as const)('%s', (_t, tariffs, status, actual) => {
    const [r] = checkRule('s2-residential-utility-prices', snap('2024-06-30', { records: { serviceOutlets: [{ id: 'O1', ...tariffs }] } }));
    expect([r?.subject, r?.status, r?.actual]).toEqual(['O1', status, actual]);
  });
  it('[S2] a utility not recorded → missing_data naming it', () => {
    const [r] = checkRule('s2-residential-utility-prices', snap('2024-06-30', { records: { serviceOutlets: [{ id: 'O1', water: 'residential', electricity: 'residential' }] } }));
    expect(r).toMatchObject({ status: 'missing_data', missing: ['gas', 'heating'] });
  });
});
