import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import { snap } from './_helpers';

/** Longchuan's ten township-level units: nine 乡镇 and 陇川农场 (533124400). */
const NINE = ['533124101', '533124102', '533124103', '533124104', '533124201', '533124202', '533124203', '533124204', '533124205'];
const FARM = '533124400';
const TEN = [...NINE, FARM];

function towns(fields: (code: string, i: number) => Record<string, unknown>): Record<string, unknown>[] {
  return TEN.map((code, i) => ({ code, ...fields(code, i) }));
}

describe('[P3.2] 各乡镇至少建有1个具备综合功能的养老服务中心 (力争2025年)', () => {
  it('[P3.2] one result per township-level unit in code order; the farm is not a 乡镇 by default', () => {
    const s = snap('2024-06-30', { townships: towns((_c, i) => ({ comprehensiveElderlyCareCentres: i % 2 })) });
    const rs = checkRule('p3-2-township-elderly-care-centre', s);
    expect(rs.map((r) => [r.subject, r.status, r.actual])).toEqual([
      ['533124101', 'pending', '0'],
      ['533124102', 'pass', '1'],
      ['533124103', 'pending', '0'],
      ['533124104', 'pass', '1'],
      ['533124201', 'pending', '0'],
      ['533124202', 'pass', '1'],
      ['533124203', 'pending', '0'],
      ['533124204', 'pass', '1'],
      ['533124205', 'pending', '0'],
      ['533124400', 'not_applicable', null],
    ]);
  });
  it('[P3.2] 0 centres on 2025-12-31 → fail; farmCountsAsTownship → the farm is checked', () => {
    const s = snap('2025-12-31', { townships: towns(() => ({ comprehensiveElderlyCareCentres: 0 })) });
    const rs = checkRule('p3-2-township-elderly-care-centre', s, { farmCountsAsTownship: true });
    expect(rs.every((r) => r.status === 'fail')).toBe(true);
    expect(rs).toHaveLength(10);
  });
  it('[P3.2] no township records → missing_data for each', () => {
    const rs = checkRule('p3-2-township-elderly-care-centre', snap('2025-12-31'));
    expect(rs.filter((r) => r.status === 'missing_data').map((r) => r.missing)).toEqual(NINE.map(() => ['townships']));
  });
});

describe('[P3.2] 50%以上的乡镇建有区域性养老服务中心 (以上 includes 50%)', () => {
  const withCentres = (n: number) => towns((_c, i) => ({ hasRegionalElderlyCareCentre: i < n }));
  const rows: [string, number, boolean, string, string, string][] = [
    ['[P3.2] 5 of 9 乡镇 = 55.56% → pass', 5, false, '2025-12-31', 'pass', '55.56%'],
    ['[P3.2] 4 of 9 乡镇 = 44.44% on 2025-12-31 → fail', 4, false, '2025-12-31', 'fail', '44.44%'],
    ['[P3.2] 4 of 9 乡镇 in 2024 → pending (力争2025年)', 4, false, '2024-12-31', 'pending', '44.44%'],
    ['[P3.2] with the farm: 5 of 10 = 50% exactly → pass', 5, true, '2025-12-31', 'pass', '50%'],
    ['[P3.2] with the farm: 4 of 10 = 40% → fail', 4, true, '2025-12-31', 'fail', '40%'],
  ];
  it.each(rows)('%s', (_t, n, farm, asOf, status, actual) => {
    const [r] = checkRule('p3-2-regional-elderly-care-centres', snap(asOf, { townships: withCentres(n) }), { farmCountsAsTownship: farm });
    expect([r?.subject, r?.status, r?.actual, r?.expected]).toEqual(['533124', status, actual, '≥50%']);
  });
  it('[P3.2] the farm having a centre does not count by default: 4 乡镇 + farm → 4/9', () => {
    const t = towns((c, i) => ({ hasRegionalElderlyCareCentre: i < 4 || c === FARM }));
    const [r] = checkRule('p3-2-regional-elderly-care-centres', snap('2025-12-31', { townships: t }));
    expect(r?.actual).toBe('44.44%');
  });
  it('[P3.2] one 乡镇 without data → missing_data', () => {
    const t = towns((c) => (c === '533124203' ? {} : { hasRegionalElderlyCareCentre: true }));
    const [r] = checkRule('p3-2-regional-elderly-care-centres', snap('2025-12-31', { townships: t }));
    expect(r?.status).toBe('missing_data');
    expect(r?.missing).toEqual(['townships[].hasRegionalElderlyCareCentre']);
    expect(r?.message.zh).toContain('533124203');
  });
});

describe('[P3.3] 力争2025年9个乡镇、1个农场均设有未成年人保护工作站', () => {
  it('[P3.3] all ten, the farm included, are checked', () => {
    const s = snap('2025-12-31', { townships: towns((c) => ({ hasMinorProtectionStation: c !== FARM })) });
    const rs = checkRule('p3-3-minor-protection-station', s);
    expect(rs.map((r) => r.subject)).toEqual(TEN);
    expect(rs.filter((r) => r.status === 'pass')).toHaveLength(9);
    expect(rs.find((r) => r.subject === FARM)?.status).toBe('fail');
  });
  it('[P3.3] the farm without a station in 2025-06 → pending', () => {
    const s = snap('2025-06-30', { townships: towns((c) => ({ hasMinorProtectionStation: c !== FARM })) });
    expect(checkRule('p3-3-minor-protection-station', s).find((r) => r.subject === FARM)?.status).toBe('pending');
  });
});

describe('[P6.3] 9个乡镇1个农场社会工作站 (and 专栏2 item 3)', () => {
  it('[P6.3] station missing in one town in 2023 → pending (undated: plan end); immediately → fail', () => {
    const s = snap('2023-06-30', { townships: towns((c) => ({ hasSocialWorkStation: c !== '533124101' })) });
    expect(checkRule('p6-3-social-work-station', s)[0]?.status).toBe('pending');
    expect(checkRule('p6-3-social-work-station', s, { undatedTargets: 'immediately' })[0]?.status).toBe('fail');
  });
  it('[P6.3] a record present without the field → missing_data naming the field', () => {
    const s = snap('2023-06-30', { townships: [{ code: '533124101' }] });
    const rs = checkRule('p6-3-social-work-station', s);
    expect(rs[0]?.missing).toEqual(['hasSocialWorkStation']);
    expect(rs[1]?.missing).toEqual(['townships']);
  });
  it('a township record outside Longchuan needs its kind for the 乡镇 rules', () => {
    const s = snap('2025-12-31', { regionCode: '53', townships: [{ code: '530102001', comprehensiveElderlyCareCentres: 1 }] });
    const rs = checkRule('p3-2-township-elderly-care-centre', s);
    expect(rs.find((r) => r.subject === '530102001')?.missing).toEqual(['kind']);
  });
});
