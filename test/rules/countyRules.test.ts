import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import type { RuleId } from '../../src/rules/RULE_IDS';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import { snap, unit } from './_helpers';

interface Row {
  readonly title: string;
  readonly rule: RuleId;
  readonly asOf: string;
  readonly county: Record<string, unknown>;
  readonly options?: RuleOptions;
  readonly status: string;
  readonly actual: string | null;
  readonly expected?: string | null;
  readonly missing?: string[];
}

const rows: Row[] = [
  // 专栏2 item 1: 分别不低于1个, 到2025年
  { title: '[P2.1] 1 brand organisation → pass (不低于1个, exactly)', rule: 'p2-1-brand-organisations', asOf: '2025-12-31', county: { brandSocialOrganisations: 1 }, status: 'pass', actual: '1', expected: '≥1' },
  { title: '[P2.1] 0 brand organisations in 2024 → pending', rule: 'p2-1-brand-organisations', asOf: '2024-12-31', county: { brandSocialOrganisations: 0 }, status: 'pending', actual: '0' },
  { title: '[P2.1] 0 brand organisations on 2025-12-31 → fail', rule: 'p2-1-brand-organisations', asOf: '2025-12-31', county: { brandSocialOrganisations: 0 }, status: 'fail', actual: '0' },
  { title: '[P2.1] 2 brand projects → pass', rule: 'p2-1-brand-projects', asOf: '2025-12-31', county: { brandProjects: 2 }, status: 'pass', actual: '2' },
  { title: '[P2.1] brand projects unknown → missing_data', rule: 'p2-1-brand-projects', asOf: '2025-12-31', county: {}, status: 'missing_data', actual: null, expected: '≥1', missing: ['county.brandProjects'] },
  // 专栏2 item 2: 注册志愿者占居民人口比例为15%
  { title: '[P2.2] 30,000 of 200,000 residents = 15% → pass (exactly)', rule: 'p2-2-registered-volunteers', asOf: '2025-12-31', county: { residentPopulation: 200000, registeredVolunteers: 30000 }, status: 'pass', actual: '15%', expected: '≥15%' },
  { title: '[P2.2] 29,999 of 200,000 = 14.9995% on 2025-12-31 → fail (shown to 4 places, not "15%")', rule: 'p2-2-registered-volunteers', asOf: '2025-12-31', county: { residentPopulation: 200000, registeredVolunteers: 29999 }, status: 'fail', actual: '14.9995%' },
  { title: '[P2.2] 29,999 of 200,000 in 2025-06 → pending', rule: 'p2-2-registered-volunteers', asOf: '2025-06-30', county: { residentPopulation: 200000, registeredVolunteers: 29999 }, status: 'pending', actual: '14.9995%' },
  { title: '[P2.2] 27,000 volunteers: 13.5% of 200,000 residents → fail', rule: 'p2-2-registered-volunteers', asOf: '2025-12-31', county: { residentPopulation: 200000, registeredPopulation: 180000, registeredVolunteers: 27000 }, status: 'fail', actual: '13.5%' },
  { title: '[P2.2] 27,000 volunteers: 15% of 180,000 registered (volunteerPopulation registered) → pass', rule: 'p2-2-registered-volunteers', asOf: '2025-12-31', county: { residentPopulation: 200000, registeredPopulation: 180000, registeredVolunteers: 27000 }, options: { volunteerPopulation: 'registered' }, status: 'pass', actual: '15%' },
  { title: '[P2.2] registered reading without registeredPopulation → missing_data', rule: 'p2-2-registered-volunteers', asOf: '2025-12-31', county: { residentPopulation: 200000, registeredVolunteers: 27000 }, options: { volunteerPopulation: 'registered' }, status: 'missing_data', actual: null, missing: ['county.registeredPopulation'] },
  { title: '[P2.2] population 0 → not_applicable', rule: 'p2-2-registered-volunteers', asOf: '2025-12-31', county: { residentPopulation: 0, registeredVolunteers: 0 }, status: 'not_applicable', actual: null },
  // 专栏3 item 1: 报到全覆盖 = 100%
  { title: '[P3.1] 50 of 50 organisations reported = 100% → pass', rule: 'p3-1-party-organisations-reported', asOf: '2024-06-30', county: { institutionPartyOrganisations: 50, institutionPartyOrganisationsReported: 50 }, status: 'pass', actual: '100%', expected: '100%' },
  { title: '[P3.1] 49 of 50 organisations = 98% in 2024 → pending', rule: 'p3-1-party-organisations-reported', asOf: '2024-06-30', county: { institutionPartyOrganisations: 50, institutionPartyOrganisationsReported: 49 }, status: 'pending', actual: '98%' },
  { title: '[P3.1] 2,999 of 3,000 members = 99.97% on 2025-12-31 → fail', rule: 'p3-1-serving-party-members-reported', asOf: '2025-12-31', county: { servingPartyMembers: 3000, servingPartyMembersReported: 2999 }, status: 'fail', actual: '99.97%' },
  { title: '[P3.1] 29,999 of 30,000 members = 99.9966…% → fail, shown "99.997%" not "100%"', rule: 'p3-1-serving-party-members-reported', asOf: '2025-12-31', county: { servingPartyMembers: 30000, servingPartyMembersReported: 29999 }, status: 'fail', actual: '99.997%' },
  // 专栏3 item 4: 60%以上
  { title: '[P3.4] 60 of 100 patients = 60% → pass (以上 includes 60%)', rule: 'p3-4-mental-health-rehabilitation', asOf: '2025-12-31', county: { homeMentalPatients: 100, homeMentalPatientsInRehab: 60 }, status: 'pass', actual: '60%', expected: '≥60%' },
  { title: '[P3.4] 59 of 100 = 59% on 2025-12-31 → fail', rule: 'p3-4-mental-health-rehabilitation', asOf: '2025-12-31', county: { homeMentalPatients: 100, homeMentalPatientsInRehab: 59 }, status: 'fail', actual: '59%' },
  { title: '[P3.4] 59 of 100 in 2023 → pending', rule: 'p3-4-mental-health-rehabilitation', asOf: '2023-12-31', county: { homeMentalPatients: 100, homeMentalPatientsInRehab: 59 }, status: 'pending', actual: '59%' },
  // 专栏3 item 14: 20个以上
  { title: '[P3.14] 20 demonstration villages → pass (以上 includes 20)', rule: 'p3-14-demonstration-villages', asOf: '2025-12-31', county: { ethnicUnityDemonstrationUnits: 20 }, status: 'pass', actual: '20', expected: '≥20' },
  { title: '[P3.14] 19 on 2025-12-31 → fail', rule: 'p3-14-demonstration-villages', asOf: '2025-12-31', county: { ethnicUnityDemonstrationUnits: 19 }, status: 'fail', actual: '19' },
  { title: '[P3.14] 19 in 2025-06 → pending (“十四五”期间)', rule: 'p3-14-demonstration-villages', asOf: '2025-06-30', county: { ethnicUnityDemonstrationUnits: 19 }, status: 'pending', actual: '19' },
  // 专栏3 item 16: 68个行政村
  { title: '[P3.16] 68 village plans → pass', rule: 'p3-16-village-plans', asOf: '2025-12-31', county: { villagePlansCompleted: 68 }, status: 'pass', actual: '68', expected: '≥68' },
  { title: '[P3.16] 67 on 2025-12-31 → fail', rule: 'p3-16-village-plans', asOf: '2025-12-31', county: { villagePlansCompleted: 67 }, status: 'fail', actual: '67' },
  { title: '[P3.16] 67 in 2025-12-30 → pending', rule: 'p3-16-village-plans', asOf: '2025-12-30', county: { villagePlansCompleted: 67 }, status: 'pending', actual: '67' },
  // 专栏6 item 3: 1.8‰
  { title: '[P6.3] 360 of 200,000 residents = 1.8‰ → pass (exactly)', rule: 'p6-3-social-work-talent', asOf: '2025-12-31', county: { residentPopulation: 200000, socialWorkProfessionals: 360 }, status: 'pass', actual: '1.8‰', expected: '≥1.8‰' },
  { title: '[P6.3] 359 of 200,000 = 1.795‰ on 2025-12-31 → fail', rule: 'p6-3-social-work-talent', asOf: '2025-12-31', county: { residentPopulation: 200000, socialWorkProfessionals: 359 }, status: 'fail', actual: '1.795‰' },
  { title: '[P6.3] 359 of 200,000 in 2024 → pending', rule: 'p6-3-social-work-talent', asOf: '2024-12-31', county: { residentPopulation: 200000, socialWorkProfessionals: 359 }, status: 'pending', actual: '1.795‰' },
  { title: '[P6.3] 324 = 1.8‰ of 180,000 registered (socialWorkPopulation registered) → pass', rule: 'p6-3-social-work-talent', asOf: '2025-12-31', county: { residentPopulation: 200000, registeredPopulation: 180000, socialWorkProfessionals: 324 }, options: { socialWorkPopulation: 'registered' }, status: 'pass', actual: '1.8‰' },
];

describe('county rules: conformance, worked out by hand from the plan', () => {
  it.each(rows.map((r) => [r.title, r] as const))('%s', (_title, row) => {
    const results = checkRule(row.rule, snap(row.asOf, { county: row.county }), row.options);
    expect(results).toHaveLength(1);
    const r = results[0]!;
    expect(r.subject).toBe('533124');
    expect(r.status).toBe(row.status);
    expect(r.actual).toBe(row.actual);
    if (row.expected !== undefined) expect(r.expected).toBe(row.expected);
    expect(r.missing).toEqual(row.missing ?? []);
    expect(r.message.en.startsWith(`[${r.clause}] `)).toBe(true);
  });

  it('[P3.14] and [P3.16] are Longchuan’s counts: not_applicable for a province snapshot', () => {
    const s = snap('2025-12-31', { regionCode: '53', county: { ethnicUnityDemonstrationUnits: 500, villagePlansCompleted: 9000 } });
    expect(checkRule('p3-14-demonstration-villages', s)[0]).toMatchObject({ subject: '53', status: 'not_applicable' });
    expect(checkRule('p3-16-village-plans', s)[0]?.status).toBe('not_applicable');
  });

  it('[P3.16] without the county count, counts the 68 村民委员会 from the units when all are listed', () => {
    const villages = VILLAGE_UNITS.filter((v) => v.kind === 'village_committee');
    expect(villages).toHaveLength(68);
    const all = villages.map((v, i) => unit(v.code, { villagePlanCompleted: i !== 0 }));
    expect(checkRule('p3-16-village-plans', snap('2025-12-31', { units: all }))[0]).toMatchObject({ status: 'fail', actual: '67' });
    const allDone = villages.map((v) => unit(v.code, { villagePlanCompleted: true }));
    expect(checkRule('p3-16-village-plans', snap('2025-12-31', { units: allDone }))[0]).toMatchObject({ status: 'pass', actual: '68' });
    expect(checkRule('p3-16-village-plans', snap('2025-12-31', { units: allDone.slice(1) }))[0]?.status).toBe('missing_data');
  });
});

describe('[P3.2] 90%的社区有日间照料中心设施覆盖', () => {
  /** n units of one township, the first `urban` of them 社区居民委员会, the first `covered` covered. */
  function units(n: number, covered: number, urban = 0): Record<string, unknown>[] {
    return Array.from({ length: n }, (_, i) =>
      unit(`533124102${String(300 + i)}`, { committeeType: i < urban ? 'resident_committee' : 'village_committee', hasDayCareCoverage: i < covered }),
    );
  }
  const rows: [string, number, number, number, RuleOptions, string, string, string][] = [
    ['[P3.2] 18 of 20 units = 90% → pass (exactly)', 20, 18, 0, {}, '2025-12-31', 'pass', '90%'],
    ['[P3.2] 17 of 20 = 85% on 2025-12-31 → fail', 20, 17, 0, {}, '2025-12-31', 'fail', '85%'],
    ['[P3.2] 17 of 20 in 2024 → pending (undated: plan end)', 20, 17, 0, {}, '2024-12-31', 'pending', '85%'],
    ['[P3.2] 17 of 20 in 2024, undatedTargets immediately → fail', 20, 17, 0, { undatedTargets: 'immediately' }, '2024-12-31', 'fail', '85%'],
    ['[P3.2] 89 of 99 = 89.90% → fail (just below)', 99, 89, 0, {}, '2025-12-31', 'fail', '89.9%'],
    ['[P3.2] dayCareCommunities urban: 9 of 10 urban covered = 90% → pass', 20, 9, 10, { dayCareCommunities: 'urban' }, '2025-12-31', 'pass', '90%'],
    ['[P3.2] same data, all units: 9 of 20 = 45% → fail', 20, 9, 10, {}, '2025-12-31', 'fail', '45%'],
  ];
  it.each(rows)('%s', (_t, n, covered, urban, options, asOf, status, actual) => {
    const [r] = checkRule('p3-2-day-care-coverage', snap(asOf, { units: units(n, covered, urban) }), options);
    expect([r?.status, r?.actual, r?.expected]).toEqual([status, actual, '≥90%']);
  });
  it('[P3.2] a unit without the flag → missing_data; no units → not_applicable', () => {
    const u = units(3, 3);
    delete (u[1] as Record<string, unknown>)['hasDayCareCoverage'];
    expect(checkRule('p3-2-day-care-coverage', snap('2025-12-31', { units: u }))[0]).toMatchObject({ status: 'missing_data', missing: ['units[].hasDayCareCoverage'] });
    expect(checkRule('p3-2-day-care-coverage', snap('2025-12-31'))[0]?.status).toBe('not_applicable');
  });
});

describe('[P4.2] 到2025年基本实现易地扶贫搬迁安置点综合服务设施全覆盖', () => {
  const sites = (n: number, withFacility: number) => Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}`, hasServiceFacility: i < withFacility }));
  it.each([
    ['[P4.2] 10 of 10 sites = 100% → pass', 10, 10, {}, '2025-12-31', 'pass', '100%'],
    ['[P4.2] 9 of 10 = 90% on 2025-12-31 → fail (default: 100%, 基本 does not lower the number)', 10, 9, {}, '2025-12-31', 'fail', '90%'],
    ['[P4.2] 9 of 10 in 2025-06 → pending', 10, 9, {}, '2025-06-30', 'pending', '90%'],
    ['[P4.2] 9 of 10 with relocationThreshold "90" → pass', 10, 9, { relocationThreshold: '90' }, '2025-12-31', 'pass', '90%'],
    ['[P4.2] 8 of 10 with relocationThreshold "90" → fail', 10, 8, { relocationThreshold: '90' }, '2025-12-31', 'fail', '80%'],
  ] as const)('%s', (_t, n, k, options, asOf, status, actual) => {
    const [r] = checkRule('p4-2-relocation-site-facilities', snap(asOf, { records: { relocationSites: sites(n, k) } }), options);
    expect([r?.status, r?.actual]).toEqual([status, actual]);
  });
  it('[P4.2] names the sites without a facility; missing flag → missing_data; no list → missing_data', () => {
    const [r] = checkRule('p4-2-relocation-site-facilities', snap('2025-12-31', { records: { relocationSites: sites(3, 2) } }));
    expect(r?.message.en).toContain('without a facility: S3');
    const [m] = checkRule('p4-2-relocation-site-facilities', snap('2025-12-31', { records: { relocationSites: [{ id: 'S1' }] } }));
    expect(m?.status).toBe('missing_data');
    expect(checkRule('p4-2-relocation-site-facilities', snap('2025-12-31'))[0]?.missing).toEqual(['records.relocationSites']);
  });
});

describe('[B1] 村（社区）党组织书记和主任“一肩挑”比例逐步提高', () => {
  const series = [
    { year: 2021, secretaries: 77, concurrent: 60 },
    { year: 2022, secretaries: 77, concurrent: 65 },
    { year: 2023, secretaries: 77, concurrent: 65 },
    { year: 2024, secretaries: 77, concurrent: 77 },
    { year: 2025, secretaries: 77, concurrent: 77 },
  ];
  const RISING = { oneShoulderTrend: 'rising' } as const;
  it('[B1] default since_2020: the same series without a 2020 figure → every year missing_data naming county.oneShoulder[year=2020]', () => {
    const rs = checkRule('b1-one-shoulder-trend', snap('2025-12-31', { county: { oneShoulder: series } }));
    expect(rs.map((r) => [r.subject, r.status, r.missing])).toEqual(
      [2021, 2022, 2023, 2024, 2025].map((y) => [`533124:${y}`, 'missing_data', ['county.oneShoulder[year=2020]']]),
    );
  });
  it('[B1] default since_2020: with 2020 at 60 of 77, 2021 (60) is not above it, 2022–2025 are', () => {
    const rs = checkRule('b1-one-shoulder-trend', snap('2025-12-31', { county: { oneShoulder: [{ year: 2020, secretaries: 77, concurrent: 60 }, ...series] } }));
    expect(rs.map((r) => [r.subject, r.status, r.actual, r.expected])).toEqual([
      ['533124:2021', 'fail', '77.92%', '>77.92%'],
      ['533124:2022', 'pass', '84.42%', '>77.92%'],
      ['533124:2023', 'pass', '84.42%', '>77.92%'],
      ['533124:2024', 'pass', '100%', '>77.92%'],
      ['533124:2025', 'pass', '100%', '>77.92%'],
    ]);
  });
  it("[B1] option 'rising': one result per year after the first: rising passes, flat fails, 100% kept passes", () => {
    const rs = checkRule('b1-one-shoulder-trend', snap('2025-12-31', { county: { oneShoulder: series } }), RISING);
    expect(rs.map((r) => [r.subject, r.status, r.actual, r.expected])).toEqual([
      ['533124:2022', 'pass', '84.42%', '>77.92%'],
      ['533124:2023', 'fail', '84.42%', '>84.42%'],
      ['533124:2024', 'pass', '100%', '>84.42%'],
      ['533124:2025', 'pass', '100%', '≥100%'],
    ]);
  });
  it('[B1] non_decreasing: a flat year passes', () => {
    const rs = checkRule('b1-one-shoulder-trend', snap('2025-12-31', { county: { oneShoulder: series } }), { oneShoulderTrend: 'non_decreasing' });
    expect(rs.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });
  it('[B1] a falling share fails; the order of the series does not matter; a gap year is missing_data', () => {
    const down = [
      { year: 2023, secretaries: 70, concurrent: 50 },
      { year: 2021, secretaries: 77, concurrent: 60 },
      { year: 2022, secretaries: 77, concurrent: 61 },
    ];
    expect(checkRule('b1-one-shoulder-trend', snap('2025-12-31', { county: { oneShoulder: down } }), RISING).map((r) => [r.subject, r.status])).toEqual([
      ['533124:2022', 'pass'],
      ['533124:2023', 'fail'],
    ]);
    const gap = [
      { year: 2021, secretaries: 77, concurrent: 60 },
      { year: 2023, secretaries: 77, concurrent: 70 },
    ];
    expect(checkRule('b1-one-shoulder-trend', snap('2025-12-31', { county: { oneShoulder: gap } }), RISING)[0]).toMatchObject({ subject: '533124:2023', status: 'missing_data', missing: ['county.oneShoulder[year=2022]'] });
  });
  it('[B1] no series or one year → missing_data', () => {
    expect(checkRule('b1-one-shoulder-trend', snap('2025-12-31'))[0]?.status).toBe('missing_data');
    expect(checkRule('b1-one-shoulder-trend', snap('2025-12-31', { county: { oneShoulder: [series[0]] } }), RISING)[0]?.status).toBe('missing_data');
  });
});

describe('[T11] 统筹推进基层干部、村（社区）干部、社区工作者培训……实现培训全覆盖', () => {
  const R = 't11-training-coverage';
  const NOTE_PENDING = '（期限 2025-12-31，尚未到期）';
  // Two units of 章凤镇 with their community workers (the P6.1 data), and the county's cadre counts.
  const units = (w1: number, t1: number, w2: number, t2: number) => [
    unit('533124101001', { communityWorkers: w1, communityWorkersTrained: t1 }),
    unit('533124101201', { communityWorkers: w2, communityWorkersTrained: t2 }),
  ];
  const cadres = (g: number, gt: number, v: number, vt: number) => ({ grassrootsCadres: g, grassrootsCadresTrained: gt, villageCadres: v, villageCadresTrained: vt });

  it('[T11] 120/120 grassroots cadres, 410/410 village cadres, 9 + 3 = 12/12 community workers → pass, 542/542 = 100%', () => {
    const [r] = checkRule(R, snap('2025-12-31', { county: cadres(120, 120, 410, 410), units: units(9, 9, 3, 3) }));
    expect(r).toMatchObject({
      subject: '533124',
      status: 'pass',
      actual: '100%',
      expected: '100%',
      gap: null,
      message: {
        zh: '[T11] 已培训：基层干部 120/120，村（社区）干部 410/410，社区工作者 12/12，实现培训全覆盖',
        en: '[T11] trained: grassroots cadres 120/120, village (community) cadres 410/410, community workers 12/12; every one of them',
      },
    });
  });

  it('[T11] 10 village cadres and 1 community worker untrained on 2025-06-30 → pending, gap 11 persons; 531/542 = 97.97…% → 97.97%', () => {
    // 120 + 400 + 11 = 531 trained of 120 + 410 + 12 = 542 in post: 531 / 542 = 0.979704… → 97.97%.
    const [r] = checkRule(R, snap('2025-06-30', { county: cadres(120, 120, 410, 400), units: units(9, 8, 3, 3) }));
    expect(r).toMatchObject({
      status: 'pending',
      actual: '97.97%',
      gap: { value: '11', unit: 'persons' },
      message: {
        zh: `[T11] 已培训：基层干部 120/120，村（社区）干部 400/410，社区工作者 11/12，未实现培训全覆盖，还差11人${NOTE_PENDING}`,
      },
    });
  });

  it('[T11] the same on 2025-12-31 → fail; under undatedTargets immediately it fails in 2023', () => {
    expect(checkRule(R, snap('2025-12-31', { county: cadres(120, 120, 410, 400), units: units(9, 8, 3, 3) }))[0]?.status).toBe('fail');
    expect(checkRule(R, snap('2023-06-30', { county: cadres(120, 120, 410, 400), units: units(9, 8, 3, 3) }), { undatedTargets: 'immediately' })[0]?.status).toBe('fail');
  });

  it('[T11] every group counts: community workers all trained do not make up for untrained grassroots cadres (119/120 → fail, gap 1)', () => {
    const [r] = checkRule(R, snap('2025-12-31', { county: cadres(120, 119, 410, 410), units: units(9, 9, 3, 3) }));
    expect([r?.status, r?.gap]).toEqual(['fail', { value: '1', unit: 'persons' }]);
  });

  it('[T11] missing figures are named: the cadre counts and the units lacking community-worker fields', () => {
    const [r] = checkRule(R, snap('2025-12-31', { county: { grassrootsCadres: 120 }, units: [unit('533124101001', { communityWorkers: 9 })] }));
    expect([r?.status, r?.missing, r?.message.zh]).toEqual([
      'missing_data',
      ['county.grassrootsCadresTrained', 'county.villageCadres', 'county.villageCadresTrained', 'units[].communityWorkersTrained'],
      '[T11] 陇川县（533124）：缺少数据 county.grassrootsCadresTrained、county.villageCadres、county.villageCadresTrained、units[].communityWorkersTrained，无法判断基层干部、村（社区）干部、社区工作者实现培训全覆盖',
    ]);
  });

  it('[T11] no one in post → not_applicable', () => {
    expect(checkRule(R, snap('2025-12-31', { county: cadres(0, 0, 0, 0) }))[0]?.status).toBe('not_applicable');
  });

  it('[T11] trained above in post is rejected by the schema (exceeds_total)', () => {
    expect(() => snap('2025-12-31', { county: cadres(120, 121, 410, 410) })).toThrow(/grassrootsCadresTrained/);
  });
});
