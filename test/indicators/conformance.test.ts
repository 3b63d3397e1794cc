/**
 * Conformance tables: one row per case, titled with the clause. Every expected figure is worked out by hand from
 * the plan's 专栏1 (targets 80%, 100%, ≥10%, ≥30平方米, ≥60%, 100%, 18人) and written here as a literal; long
 * divisions were checked with `bc` (scale=45) and cut to 40 significant digits, half up.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, type IndicatorId, type IndicatorOptions, type IndicatorResult } from '../../src/indicators';
import type { UnitInput } from '../../src/snapshot';
import { code, communities, many, parseUnits, villages } from './_helpers';

type Row = readonly [title: string, units: UnitInput[], expected: Partial<IndicatorResult>, options?: IndicatorOptions];

function run(id: IndicatorId, rows: readonly Row[]): void {
  it.each(rows.map((r) => [r[0], r] as const))('%s', (_, [, units, expected, options]) => {
    const r = computeIndicator(id, parseUnits(units), { asOf: '2025-12-31', ...options });
    expect(r).toMatchObject(expected);
    // Never NaN, Infinity or exponent notation.
    for (const v of [r.value, r.numerator, r.denominator, r.gap]) if (v !== null) expect(v).toMatch(/^\d+(\.\d+)?$/);
  });
}

const V = 'village_committee' as const;
const R = 'resident_committee' as const;

describe('[P1.1] 农村社区综合服务设施覆盖率 ≥ 80%', () => {
  run('rural_facility_coverage', [
    [
      '[P1.1] 55 of 68 villages → 80.88…% → meets 80%',
      villages(55, 68),
      { status: 'ok', numerator: '55', denominator: '68', value: '80.88235294117647058823529411764705882353', meetsTarget: true, gap: '0' },
    ],
    [
      '[P1.1] 54 of 68 → 79.41…% → below 80%, 1 more village needed',
      villages(54, 68),
      { status: 'ok', value: '79.41176470588235294117647058823529411765', meetsTarget: false, gap: '1' },
    ],
    [
      '[P1.1] 40 of 68 → 58.82…% → 80% of 68 is 54.4, so 55 are needed: gap 15 (not 14)',
      villages(40, 68),
      { status: 'ok', value: '58.82352941176470588235294117647058823529', meetsTarget: false, gap: '15' },
    ],
    ['[P1.1] 4 of 5 → exactly 80% → met at the boundary', villages(4, 5), { value: '80', meetsTarget: true, gap: '0' }],
    ['[P1.1] 79 of 100 → 79% → one below the boundary', villages(79, 100), { value: '79', meetsTarget: false, gap: '1' }],
    ['[P1.1] 68 of 68 → 100%', villages(68, 68), { value: '100', meetsTarget: true }],
    ['[P1.1] 0 of 68 → 0%, 55 needed', villages(0, 68), { value: '0', meetsTarget: false, gap: '55' }],
    [
      '[P1.1] urban communities do not count: 4 of 5 villages + 3 communities without a facility → 80%',
      [...villages(4, 5), ...many(3, { committeeType: R, hasServiceFacility: false }, 50)],
      { value: '80', numerator: '4', denominator: '5', meetsTarget: true },
    ],
    [
      '[P1.1] no rural unit → 0/0 → not_applicable (never NaN)',
      many(3, { committeeType: R, hasServiceFacility: true }),
      { status: 'not_applicable', value: null, numerator: '0', denominator: '0', meetsTarget: null, gap: null },
    ],
    [
      '[P1.1] a village without hasServiceFacility → missing_data naming the unit and field (never read as 0)',
      [...villages(4, 5), { code: code(9), townshipCode: '533124101', committeeType: V }],
      {
        status: 'missing_data',
        value: null,
        numerator: null,
        meetsTarget: null,
        gap: null,
        missing: [{ unit: '533124101309', field: 'hasServiceFacility' }],
        missingCount: 1,
        partial: { numerator: '4', denominator: '5' },
        progress: { status: 'no_data', expected: '80' },
      },
    ],
    [
      "[P1.1] classifyBy 'nbs_code' without urbanRuralCode → missing_data on urbanRuralCode",
      [{ code: code(0), townshipCode: '533124101', hasServiceFacility: true }],
      { status: 'missing_data', missing: [{ unit: '533124101300', field: 'urbanRuralCode' }] },
      { classifyBy: 'nbs_code' },
    ],
    [
      "[P1.1] classifyBy 'nbs_code': 220 rural, 111 urban → 1 of 1 rural → 100%",
      [
        { code: code(0), townshipCode: '533124101', committeeType: R, urbanRuralCode: '220', hasServiceFacility: true },
        { code: code(1), townshipCode: '533124101', committeeType: V, urbanRuralCode: '111', hasServiceFacility: false },
      ],
      { value: '100', numerator: '1', denominator: '1' },
      { classifyBy: 'nbs_code' },
    ],
    [
      "[P1.1] classifyBy 'caller': the unit's own classification",
      [{ code: code(0), townshipCode: '533124101', committeeType: R, classification: 'rural', hasServiceFacility: true }],
      { value: '100', denominator: '1' },
      { classifyBy: 'caller' },
    ],
  ]);
});

describe('[P1.2] 城市社区综合服务设施覆盖率 100%', () => {
  run('urban_facility_coverage', [
    ['[P1.2] 9 of 9 communities → 100% → met', communities(9, 9, 'hasServiceFacility'), { value: '100', meetsTarget: true, gap: '0' }],
    [
      '[P1.2] 8 of 9 → 88.88…% → below 100%, 1 more needed',
      communities(8, 9, 'hasServiceFacility'),
      { value: '88.88888888888888888888888888888888888889', meetsTarget: false, gap: '1' },
    ],
    ['[P1.2] no urban community → not_applicable', villages(3, 3), { status: 'not_applicable', value: null }],
    [
      '[P1.2] a community without hasServiceFacility → missing_data',
      [{ code: code(0), townshipCode: '533124101', committeeType: R }],
      { status: 'missing_data', missing: [{ unit: '533124101300', field: 'hasServiceFacility' }] },
    ],
  ]);
});

describe('[P1.3] 社区商业和综合服务设施面积占社区总建筑面积的比例 ≥ 10%', () => {
  const c = (i: number, commercialServiceArea: string | number, communityBuildingArea: string | number, more = {}): UnitInput => ({
    code: code(i),
    townshipCode: '533124101',
    committeeType: R,
    commercialServiceArea,
    communityBuildingArea,
    ...more,
  });
  run('commercial_service_area_share', [
    ['[P1.3] 100 m² of 1000 m² → exactly 10% → met', [c(0, '100', '1000')], { value: '10', meetsTarget: true, gap: '0' }],
    [
      '[P1.3] 99.99 m² of 1000 m² → 9.999% → not met, 0.01 m² short',
      [c(0, '99.99', '1000')],
      { value: '9.999', numerator: '99.99', denominator: '1000', meetsTarget: false, gap: '0.01' },
    ],
    [
      '[P1.3] 0.7 + 1.4 m² of 10 + 11 m² → exactly 10% → met (binary floats give 9.999999999999998: not met)',
      [c(0, '0.7', '10'), c(1, '1.4', '11')],
      { value: '10', numerator: '2.1', denominator: '21', meetsTarget: true },
    ],
    [
      '[P1.3] ratio of sums, not average of ratios: 50/100 (50%) and 0/900 (0%) → 5%, not 25%',
      [c(0, '50', '100'), c(1, '0', '900')],
      { value: '5', meetsTarget: false, gap: '50' },
    ],
    [
      '[P1.3] villages are outside the scope',
      [c(0, '100', '1000'), { code: code(1), townshipCode: '533124101', committeeType: V, commercialServiceArea: '0', communityBuildingArea: '9000' }],
      { value: '10', denominator: '1000' },
    ],
    ['[P1.3] total building area 0 → not_applicable', [c(0, '0', '0')], { status: 'not_applicable', value: null }],
    [
      '[P1.3] a community without communityBuildingArea → missing_data',
      [c(0, '100', '1000'), { code: code(1), townshipCode: '533124101', committeeType: R, commercialServiceArea: '5' }],
      { status: 'missing_data', missing: [{ unit: '533124101301', field: 'communityBuildingArea' }], partial: { numerator: '100', denominator: '1000' } },
    ],
    [
      "[P1.3] 'new_urban': only new communities count: new 100/1000 and old 0/9000 → 10%",
      [c(0, '100', '1000', { newCommunity: true }), c(1, '0', '9000', { newCommunity: false })],
      { value: '10', denominator: '1000', meetsTarget: true },
      { commercialShareScope: 'new_urban' },
    ],
    [
      "[P1.3] 'urban' (default): the same two communities → 100 of 10000 → 1%",
      [c(0, '100', '1000', { newCommunity: true }), c(1, '0', '9000', { newCommunity: false })],
      { value: '1', denominator: '10000', meetsTarget: false, gap: '900' },
    ],
    [
      "[P1.3] 'new_urban': newCommunity unknown → missing_data on newCommunity",
      [c(0, '100', '1000', { newCommunity: true }), c(1, '0', '9000')],
      { status: 'missing_data', missing: [{ unit: '533124101301', field: 'newCommunity' }] },
      { commercialShareScope: 'new_urban' },
    ],
    [
      "[P1.3] 'new_urban' with no new community → not_applicable",
      [c(0, '100', '1000', { newCommunity: false })],
      { status: 'not_applicable' },
      { commercialShareScope: 'new_urban' },
    ],
  ]);
});

describe('[P1.4] 每百户居民拥有社区综合服务设施面积 ≥ 30 m²', () => {
  const u = (i: number, households: number, facilityBuildingArea?: string): UnitInput => ({
    code: code(i),
    townshipCode: '533124101',
    committeeType: V,
    households,
    ...(facilityBuildingArea === undefined
      ? { hasServiceFacility: false }
      : { hasServiceFacility: true, facilityBuildingArea }),
  });
  run('facility_area_per_100_households', [
    ['[P1.4] 30 m² for 100 households → exactly 30 → met', [u(0, 100, '30')], { value: '30', meetsTarget: true, gap: '0' }],
    ['[P1.4] 45 m² for 150 households → 30 → met', [u(0, 150, '45')], { value: '30', meetsTarget: true }],
    [
      '[P1.4] 2999.99 m² for 10000 households → 29.9999 → not met, 0.01 m² short',
      [u(0, 10000, '2999.99')],
      { value: '29.9999', numerator: '2999.99', denominator: '10000', meetsTarget: false, gap: '0.01' },
    ],
    [
      '[P1.4] 20 m² for 100 households → 20, 10 m² short',
      [u(0, 100, '20')],
      { value: '20', meetsTarget: false, gap: '10' },
    ],
    [
      '[P1.4] areas 0.1 + 0.2 m² for 1 household → exactly 30 (binary floats give 30.000000000000004)',
      [u(0, 1, '0.1'), u(1, 0, '0.2')],
      { value: '30', numerator: '0.3', denominator: '1', meetsTarget: true },
    ],
    [
      '[P1.4] 0.7 + 1.4 m² for 3 + 4 households → exactly 30 → met (binary floats give 29.999999999999993: not met)',
      [u(0, 3, '0.7'), u(1, 4, '1.4')],
      { value: '30', numerator: '2.1', denominator: '7', meetsTarget: true, gap: '0' },
    ],
    [
      '[P1.4] no facility is a known 0 m²: 60 m² / 100 + none / 100 → 30 → met',
      [u(0, 100, '60'), u(1, 100)],
      { value: '30', numerator: '60', denominator: '200', meetsTarget: true },
    ],
    [
      '[P1.4] urban communities count too',
      [u(0, 100, '20'), { code: code(1), townshipCode: '533124101', committeeType: R, households: 100, hasServiceFacility: true, facilityBuildingArea: 40 }],
      { value: '30', denominator: '200' },
    ],
    ['[P1.4] 0 households → not_applicable', [u(0, 0, '50')], { status: 'not_applicable', numerator: '50', denominator: '0' }],
    [
      '[P1.4] a facility without its area → missing_data on facilityBuildingArea',
      [{ code: code(0), townshipCode: '533124101', committeeType: V, households: 100, hasServiceFacility: true }],
      { status: 'missing_data', missing: [{ unit: '533124101300', field: 'facilityBuildingArea' }] },
    ],
    [
      '[P1.4] households unknown → missing_data on households',
      [{ code: code(0), townshipCode: '533124101', committeeType: V, hasServiceFacility: false }],
      { status: 'missing_data', missing: [{ unit: '533124101300', field: 'households' }] },
    ],
  ]);
});

describe('[P1.5] 居民活动区域面积占社区综合服务设施总建筑面积比例 ≥ 60%', () => {
  const f = (i: number, facilityActivityArea: string, facilityBuildingArea: string): UnitInput => ({
    code: code(i),
    townshipCode: '533124101',
    committeeType: V,
    hasServiceFacility: true,
    facilityActivityArea,
    facilityBuildingArea,
  });
  run('activity_area_share', [
    ['[P1.5] 60 of 100 m² → exactly 60% → met', [f(0, '60', '100')], { value: '60', meetsTarget: true, gap: '0' }],
    [
      '[P1.5] 59.99 of 100 m² → 59.99% → not met, 0.01 m² more activity area needed',
      [f(0, '59.99', '100')],
      { value: '59.99', meetsTarget: false, gap: '0.01' },
    ],
    [
      '[P1.5] 59.5 of 100 m² → 0.5 m² more activity area at the same building area',
      [f(0, '59.5', '100')],
      { value: '59.5', gap: '0.5' },
    ],
    [
      '[P1.5] 0.1 + 0.2 of 0.5 m² → exactly 60% (binary floats give 60.00000000000001)',
      [f(0, '0.1', '0.25'), f(1, '0.2', '0.25')],
      { value: '60', numerator: '0.3', denominator: '0.5', meetsTarget: true },
    ],
    [
      '[P1.5] 0.7 + 1.4 of 1.5 + 2 m² → exactly 60% → met (binary floats give 59.999999999999986: not met)',
      [f(0, '0.7', '1.5'), f(1, '1.4', '2')],
      { value: '60', numerator: '2.1', denominator: '3.5', meetsTarget: true },
    ],
    [
      '[P1.5] a unit without a facility is outside the scope',
      [f(0, '60', '100'), { code: code(1), townshipCode: '533124101', committeeType: V, hasServiceFacility: false }],
      { value: '60', denominator: '100' },
    ],
    ['[P1.5] building area 0 → not_applicable', [f(0, '0', '0')], { status: 'not_applicable' }],
    [
      '[P1.5] hasServiceFacility unknown → missing_data on hasServiceFacility',
      [{ code: code(0), townshipCode: '533124101', committeeType: V, facilityActivityArea: '60', facilityBuildingArea: '100' }],
      { status: 'missing_data', missing: [{ unit: '533124101300', field: 'hasServiceFacility' }] },
    ],
    [
      '[P1.5] both areas unknown → both listed',
      [{ code: code(0), townshipCode: '533124101', committeeType: V, hasServiceFacility: true }],
      {
        status: 'missing_data',
        missing: [
          { unit: '533124101300', field: 'facilityActivityArea' },
          { unit: '533124101300', field: 'facilityBuildingArea' },
        ],
        missingCount: 2,
      },
    ],
  ]);
});

describe('[P1.6] 城市社区政务通用自助服务覆盖率 100%', () => {
  run('urban_self_service_coverage', [
    ['[P1.6] 9 of 9 communities → 100% → met', communities(9, 9, 'hasSelfServiceTerminal'), { value: '100', meetsTarget: true, gap: '0' }],
    [
      '[P1.6] 8 of 9 → 88.88…% → 1 more needed',
      communities(8, 9, 'hasSelfServiceTerminal'),
      { value: '88.88888888888888888888888888888888888889', meetsTarget: false, gap: '1' },
    ],
    [
      '[P1.6] 0 of 9 → 0% → 9 needed',
      communities(0, 9, 'hasSelfServiceTerminal'),
      { value: '0', meetsTarget: false, gap: '9', progress: { status: 'not_achieved', expected: null } },
    ],
    ['[P1.6] no urban community → not_applicable', villages(1, 1), { status: 'not_applicable' }],
    [
      '[P1.6] terminal unknown → missing_data',
      [{ code: code(0), townshipCode: '533124101', committeeType: R }],
      { status: 'missing_data', missing: [{ unit: '533124101300', field: 'hasSelfServiceTerminal' }] },
    ],
  ]);
});

describe('[P1.7] 每万名城镇常住人口拥有社区工作者 18人', () => {
  const w = (i: number, communityWorkers: number, residentPopulation: number, committeeType: typeof R | typeof V = R): UnitInput => ({
    code: code(i),
    townshipCode: '533124101',
    committeeType,
    communityWorkers,
    residentPopulation,
  });
  // Default urbanPopulationSource 'county': the county-level value is over the county's 城镇常住人口
  // (county.urbanResidentPopulation), a statistics-bureau figure, not the communities' summed residents.
  const U = (n: number): IndicatorOptions & { county: { urbanResidentPopulation: number } } => ({ county: { urbanResidentPopulation: n } });
  const farm = (i: number, communityWorkers: number): UnitInput => ({ code: code(i, '533124400'), townshipCode: '533124400', committeeType: R, communityWorkers, residentPopulation: 1000 });
  run('workers_per_10000_urban_residents', [
    ['[P1.7] 9 workers; 城镇常住人口 5000 → 9 × 10000 / 5000 = exactly 18 → met', [w(0, 9, 300)], { value: '18', numerator: '9', denominator: '5000', meetsTarget: true, gap: '0' }, U(5000)],
    [
      '[P1.7] 9 workers; 城镇常住人口 5001 → 17.996… → not met; 18 × 5001 / 10000 = 9.0018, so 10 needed: gap 1',
      [w(0, 9, 300)],
      { value: '17.99640071985602879424115176964607078584', meetsTarget: false, gap: '1' },
      U(5001),
    ],
    [
      '[P1.7] 171 workers; 城镇常住人口 100000 → 17.1, the 2020 baseline → not achieved on 2025-12-31, 9 short',
      [w(0, 100, 2000), w(1, 71, 3000)],
      { value: '17.1', numerator: '171', denominator: '100000', meetsTarget: false, gap: '9', progress: { status: 'not_achieved', expected: '18' } },
      U(100000),
    ],
    [
      "[P1.7] 城镇常住人口 not given → missing_data naming county.urbanResidentPopulation (the communities' 5000 residents are not used)",
      [w(0, 9, 5000)],
      { status: 'missing_data', value: null, missing: [{ unit: '533124', field: 'county.urbanResidentPopulation' }] },
    ],
    [
      "[P1.7] the communities' residentPopulation is not needed at county level: 9 workers, residents unknown, 城镇常住人口 5000 → 18",
      [{ code: code(0), townshipCode: '533124101', committeeType: R, communityWorkers: 9 }],
      { status: 'ok', value: '18' },
      U(5000),
    ],
    ['[P1.7] village committees do not count: 9 + (100 in a 村) workers, 城镇常住人口 5000 → 18', [w(0, 9, 300), w(1, 100, 100, V)], { value: '18', numerator: '9', denominator: '5000' }, U(5000)],
    [
      "[P1.7] 陇川农场's communities count by default: 5 in 章凤镇 + 4 in the farm = 9, 城镇常住人口 5000 → 18",
      [w(0, 5, 300), farm(0, 4)],
      { value: '18', numerator: '9', denominator: '5000' },
      U(5000),
    ],
    [
      "[P1.7] farmCommunities 'exclude': the farm's 4 workers are left out: 5 × 10000 / 5000 = 10, 18 × 5000 / 10000 = 9 needed: gap 4",
      [w(0, 5, 300), farm(0, 4)],
      { value: '10', numerator: '5', denominator: '5000', meetsTarget: false, gap: '4' },
      { ...U(5000), farmCommunities: 'exclude' },
    ],
    // Option urbanPopulationSource 'units': the urban communities' summed residentPopulation.
    ["[P1.7] units: 9 workers for 5000 residents → exactly 18 → met", [w(0, 9, 5000)], { value: '18', meetsTarget: true, gap: '0' }, { urbanPopulationSource: 'units' }],
    [
      '[P1.7] units: 9 workers for 5001 residents → 17.996… → not met; gap 1',
      [w(0, 9, 5001)],
      { value: '17.99640071985602879424115176964607078584', meetsTarget: false, gap: '1' },
      { urbanPopulationSource: 'units' },
    ],
    [
      '[P1.7] units: village committees do not count',
      [w(0, 9, 5000), w(1, 100, 100, V)],
      { value: '18', numerator: '9', denominator: '5000' },
      { urbanPopulationSource: 'units' },
    ],
    ['[P1.7] units: 0 residents → not_applicable', [w(0, 3, 0)], { status: 'not_applicable', numerator: '3', denominator: '0' }, { urbanPopulationSource: 'units' }],
    [
      '[P1.7] units: workers unknown → missing_data',
      [w(0, 9, 5000), { code: code(1), townshipCode: '533124101', committeeType: R, residentPopulation: 300 }],
      { status: 'missing_data', missing: [{ unit: '533124101301', field: 'communityWorkers' }], partial: { numerator: '9', denominator: '5000' } },
      { urbanPopulationSource: 'units' },
    ],
    [
      "[P1.7] units, farmCommunities 'exclude': the farm's 4 workers and 1000 residents are left out: 5 × 10000 / 300 = 166.67 → met",
      [w(0, 5, 300), farm(0, 4)],
      { numerator: '5', denominator: '300', meetsTarget: true },
      { urbanPopulationSource: 'units', farmCommunities: 'exclude' },
    ],
  ]);
});

describe('the binary floating-point answers the rows above avoid', () => {
  it('are really wrong in IEEE 754 doubles', () => {
    expect(((0.7 + 1.4) / 21) * 100).toBe(9.999999999999998); // [P1.3] exact: 10
    expect(((0.7 + 1.4) / 7) * 100).toBe(29.999999999999993); // [P1.4] exact: 30
    expect(((0.7 + 1.4) / 3.5) * 100).toBe(59.999999999999986); // [P1.5] exact: 60
    expect(((0.1 + 0.2) / 1) * 100).toBe(30.000000000000004); // [P1.4] exact: 30
    expect(((0.1 + 0.2) / 0.5) * 100).toBe(60.00000000000001); // [P1.5] exact: 60
  });
});
