/**
 * [P1.1] [P1.2] Coverage: how much of Longchuan's registry (NBS 2023: 77 village-level units, 68 村民委员会 and 9
 * 社区居民委员会) the evaluated units cover, and what follows. Worked by hand from the registry's counts per township:
 *
 * | township | 村民委员会 | 社区居民委员会 |
 * | --- | --- | --- |
 * | 533124101 章凤镇 | 7 (201–207) | 2 (001, 002) |
 * | 533124102 陇把镇 | 5 (201–205) | 1 (001) |
 * | 533124103 景罕镇 | 8 | 1 |
 * | 533124104 城子镇 | 8 | 1 |
 * | 533124201 户撒阿昌族乡 | 11 | 0 |
 * | 533124202 护国乡 | 6 | 0 |
 * | 533124203 清平乡 | 9 | 0 |
 * | 533124204 王子树乡 | 9 | 0 |
 * | 533124205 勐约乡 | 5 | 0 |
 * | 533124400 陇川农场 | 0 | 4 (001–004) |
 * | total | 68 | 9 |
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Evaluation } from '../../src/evaluate/Evaluation';
import { renderReport } from '../../src/report/renderReport';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import { SEVEN_VILLAGES, unit } from '../_fixtures';

const county = (e: Evaluation, id: string) => e.indicators.find((r) => r.id === id && r.level === 'county')!;

const SEVEN = SEVEN_VILLAGES;

describe('[P1.1] 7 of the 77 registered units, as the county (the default scope)', () => {
  it('coverage: 77 expected, 7 reported, 70 absent (61 村民委员会 and all 9 社区居民委员会), incomplete', () => {
    const e = evaluate({ asOf: '2025-12-31', units: SEVEN });
    const c = e.input.coverage!;
    expect([c.scope, c.subject, c.expected, c.reported, c.absent.length, c.unregistered, c.complete]).toEqual(['county', '533124', 77, 7, 70, [], false]);
    // Absent communities: the 9 codes numbered 0xx.
    expect(c.absent.filter((code) => code[9] === '0')).toEqual([
      '533124101001', '533124101002', '533124102001', '533124103001', '533124104001',
      '533124400001', '533124400002', '533124400003', '533124400004',
    ]);
    expect(c.absent).not.toContain('533124101201');
    expect(e.input.issues).toEqual([]);
    expect(e.input.rejected).toEqual([]);
  });

  it('P1.1 is missing_data naming the 61 absent 村民委员会 only (an absent community does not count for it); partial 4 / 7', () => {
    const e = evaluate({ asOf: '2025-12-31', units: SEVEN });
    const r = county(e, 'rural_facility_coverage');
    expect([r.status, r.value, r.numerator, r.denominator, r.meetsTarget, r.gap, r.progress.status]).toEqual([
      'missing_data', null, null, null, null, null, 'no_data',
    ]);
    expect(r.partial).toEqual({ numerator: '4', denominator: '7' });
    // 68 − 7 = 61 village committees absent; none of the 9 communities is named.
    expect(r.missingCount).toBe(61);
    expect(r.missing).toHaveLength(61);
    expect(r.missing.every((m) => m.field === 'unit')).toBe(true);
    expect(r.missing.some((m) => m.unit[9] === '0')).toBe(false);
    // By township: 章凤镇 206, 207; 陇把镇 203–205; the others all their villages.
    const byTownship: Record<string, number> = {};
    for (const m of r.missing) byTownship[m.unit.slice(0, 9)] = (byTownship[m.unit.slice(0, 9)] ?? 0) + 1;
    expect(byTownship).toEqual({
      '533124101': 2, '533124102': 3, '533124103': 8, '533124104': 8, '533124201': 11,
      '533124202': 6, '533124203': 9, '533124204': 9, '533124205': 5,
    });
    expect(r.missing.filter((m) => m.unit.startsWith('533124101')).map((m) => m.unit)).toEqual(['533124101206', '533124101207']);
    // The summary counts the 70 absent units under the field 'unit'.
    expect(e.summary.missingData).toContainEqual({ field: 'unit', subjects: 70 });
  });

  it('P1.2 (urban) names the 9 absent communities only; the headline shows no value', () => {
    const e = evaluate({ asOf: '2025-12-31', units: SEVEN });
    const r = county(e, 'urban_facility_coverage');
    expect(r.status).toBe('missing_data');
    expect(r.missing.map((m) => m.unit)).toEqual([
      '533124101001', '533124101002', '533124102001', '533124103001', '533124104001',
      '533124400001', '533124400002', '533124400003', '533124400004',
    ]);
    expect(e.headline[0]).toMatchObject({ id: 'rural_facility_coverage', value: null, display: null, meetsTarget: null, progress: 'no_data', gap: null });
  });

  it('[P1.1] 章凤镇 (township level): its 2 absent villages 206, 207 make it incomplete; its 2 absent communities do not', () => {
    const e = evaluate({ asOf: '2025-12-31', units: SEVEN });
    const r = e.indicators.find((x) => x.id === 'rural_facility_coverage' && x.level === 'township' && x.subject === '533124101')!;
    expect(r.status).toBe('missing_data');
    expect(r.missing).toEqual([
      { unit: '533124101206', field: 'unit' },
      { unit: '533124101207', field: 'unit' },
    ]);
    // 章凤镇's own five: 3 with a facility.
    expect(r.partial).toEqual({ numerator: '3', denominator: '5' });
  });

  it('[P3.2] the county rule that adds up units (day-care coverage) is missing_data too, naming the absent units', () => {
    // All 7 covered: 7 / 7 = 100% ≥ 90% over the units given, but the county's other 70 are unknown.
    const units = SEVEN.map((u) => ({ ...u, hasDayCareCoverage: true }));
    expect(evaluate({ asOf: '2025-12-31', units }, { rules: ['p3-2-day-care-coverage'], scope: 'units' }).rules[0]!.status).toBe('pass');
    const e = evaluate({ asOf: '2025-12-31', units }, { rules: ['p3-2-day-care-coverage'] });
    const r = e.rules.find((x) => x.ruleId === 'p3-2-day-care-coverage')!;
    expect([r.status, r.actual, r.gap]).toEqual(['missing_data', null, null]);
    expect(r.missing).toHaveLength(70);
    expect(r.missing[0]).toBe('units[533124101001]');
    expect(r.message.zh).toContain('70个登记在册的村（社区）未报送，数据不完整，无法判断');
  });
});

describe("[P1.1] the same 7 units with scope 'units': the figures of the units given", () => {
  it('4 / 7 × 100 = 57.142857… (40 significant digits, half up), not achieved on 2025-12-31, gap 2', () => {
    // 400 / 7 = 57.142857 142857 …: 2 digits before the point and 38 after (six times 142857, then 14; the next digit,
    // 2, rounds down). 80% of 7 is 5.6 → 6 villages needed, 4 have one → 2 more.
    const e = evaluate({ asOf: '2025-12-31', units: SEVEN }, { scope: 'units' });
    const r = county(e, 'rural_facility_coverage');
    expect([r.status, r.numerator, r.denominator, r.value, r.meetsTarget, r.gap, r.progress.status]).toEqual([
      'ok', '4', '7', '57.14285714285714285714285714285714285714', false, '2', 'not_achieved',
    ]);
    expect(e.input.coverage).toEqual({ scope: 'units', subject: '533124', expected: 7, reported: 7, absent: [], unregistered: [], complete: true });
    expect(e.options.scope).toBe('units');
    expect(e.headline[0]!.display).toBe('57.1');
  });
});

describe('[P1.1] [P1.2] all 77 but one 社区居民委员会 (丙印社区 533124400004)', () => {
  const units = VILLAGE_UNITS.filter((v) => v.code !== '533124400004').map((v) => unit(v.code, { hasServiceFacility: true }));

  it('P1.1 is complete (68 / 68 = 100); P1.2 is missing_data naming only 丙印社区, partial 8 / 8', () => {
    expect(units).toHaveLength(76);
    const e = evaluate({ asOf: '2025-12-31', units });
    const p11 = county(e, 'rural_facility_coverage');
    expect([p11.status, p11.numerator, p11.denominator, p11.value, p11.progress.status]).toEqual(['ok', '68', '68', '100', 'achieved']);
    const p12 = county(e, 'urban_facility_coverage');
    expect([p12.status, p12.missing, p12.missingCount, p12.partial]).toEqual([
      'missing_data',
      [{ unit: '533124400004', field: 'unit' }],
      1,
      { numerator: '8', denominator: '8' },
    ]);
    expect(e.input.coverage).toMatchObject({ expected: 77, reported: 76, absent: ['533124400004'], complete: false });
    // 陇川农场 (only communities) is incomplete at township level; 章凤镇 is complete.
    const farm = e.indicators.find((x) => x.id === 'urban_facility_coverage' && x.level === 'township' && x.subject === '533124400')!;
    expect([farm.status, farm.partial]).toEqual(['missing_data', { numerator: '3', denominator: '3' }]);
    const zhangfeng = e.indicators.find((x) => x.id === 'urban_facility_coverage' && x.level === 'township' && x.subject === '533124101')!;
    expect([zhangfeng.status, zhangfeng.value]).toEqual(['ok', '100']);
  });
});

describe('an unknown code (533124101299: 章凤镇 has villages 201–207 only)', () => {
  const input = { asOf: '2025-12-31', units: [unit('533124101201', { hasServiceFacility: true }), unit('533124101299', { hasServiceFacility: true })] };

  it('is rejected by default: input.rejected has its index, the issue unregistered_unit names it', () => {
    const e = evaluate(input, { scope: 'units' });
    expect([e.input.units, e.input.evaluated]).toEqual([2, 1]);
    expect(e.input.rejected).toEqual([{ index: 1, code: '533124101299' }]);
    expect(e.input.issues.map((i) => [i.code, i.path])).toEqual([['unregistered_unit', ['units', 1, 'code']]]);
    expect(e.input.issues[0]!.messageZh).toContain('533124101299 不是陇川县登记在册的村（社区）代码');
    expect(e.input.issues[0]!.messageEn).toContain('533124101299 is not a registered Longchuan village-level code');
    expect(e.indicators.some((r) => r.subject === '533124101299')).toBe(false);
  });

  it('with allowUnregisteredUnits: evaluated, listed in coverage.unregistered, and the report says so', () => {
    const e = evaluate(input, { scope: 'units', allowUnregisteredUnits: true });
    expect([e.input.evaluated, e.input.rejected, e.input.issues]).toEqual([2, [], []]);
    expect(e.input.coverage!.unregistered).toEqual(['533124101299']);
    expect(e.options.allowUnregisteredUnits).toBe(true);
    expect(e.indicators.some((r) => r.level === 'unit' && r.subject === '533124101299')).toBe(true);
    expect(renderReport(e, { format: 'text', locale: 'en' })).toContain(
      'Admitted by option: 1 code(s) not in the registry (NBS 2023 division codes): 533124101299.',
    );
    expect(renderReport(e, { format: 'markdown', locale: 'zh-CN' })).toContain('按选项纳入了1个不在登记名册（国家统计局2023年区划代码）中的代码：533124101299。');
  });
});

describe("scope '533124101' (章凤镇's own data)", () => {
  // 章凤镇's registered units: 2 communities and 7 villages.
  const ZHANGFENG = ['533124101001', '533124101002', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `53312410120${n}`)];

  it('with all 9 of its registered units: region 533124101, complete', () => {
    const e = evaluate({ asOf: '2025-12-31', units: ZHANGFENG.map((c) => unit(c, { hasServiceFacility: true })) }, { scope: '533124101' });
    expect(e.region).toBe('533124101');
    expect(e.input.coverage).toEqual({ scope: 'township', subject: '533124101', expected: 9, reported: 9, absent: [], unregistered: [], complete: true });
    expect(e.options.scope).toBe('533124101');
    // 7 of 7 villages: its own P1.1, complete.
    const r = e.indicators.find((x) => x.id === 'rural_facility_coverage' && x.level === 'county')!;
    expect([r.status, r.numerator, r.denominator, r.value]).toEqual(['ok', '7', '7', '100']);
  });

  it('a unit of another township (陇把镇 户岛村) is rejected outside_scope; one of its own left out makes it incomplete', () => {
    const units = [...ZHANGFENG.slice(1).map((c) => unit(c, { hasServiceFacility: true })), unit('533124102201', { hasServiceFacility: true })];
    const e = evaluate({ asOf: '2025-12-31', units }, { scope: '533124101' });
    expect(e.input.rejected).toEqual([{ index: 8, code: '533124102201' }]);
    expect(e.input.issues.map((i) => [i.code, i.path])).toEqual([['outside_scope', ['units', 8, 'code']]]);
    expect(e.input.coverage).toMatchObject({ scope: 'township', expected: 9, reported: 8, absent: ['533124101001'], complete: false });
  });
});
