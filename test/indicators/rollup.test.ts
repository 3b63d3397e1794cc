import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import {
  computeIndicator,
  computeIndicators,
  emptyPartial,
  finalizePartial,
  MISSING_LIST_LIMIT,
  mergePartials,
  unitPartial,
  type IndicatorPartial,
} from '../../src/indicators';
import { parseSnapshot, type Unit } from '../../src/snapshot';
import { code, many, parseUnits } from './_helpers';

const byId = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((r) => r.id === id) as T;

describe('[P1.1] [P1.4] roll-up sums numerators and denominators; it never averages ratios', () => {
  it('[P1.4] 30 m²/100 households and 0 m²/900 households → 30/1000 × 100 = 3, not (30 + 0) / 2 = 15', () => {
    const snapshot = parseSnapshot({
      asOf: '2025-12-31',
      units: [
        { code: '533124101201', townshipCode: '533124101', households: 100, hasServiceFacility: true, facilityBuildingArea: 30 },
        { code: '533124102201', townshipCode: '533124102', households: 900, hasServiceFacility: false },
      ],
    });
    const r = computeIndicators(snapshot);
    expect(byId(r.units['533124101201'] ?? [], 'facility_area_per_100_households').value).toBe('30');
    expect(byId(r.units['533124102201'] ?? [], 'facility_area_per_100_households').value).toBe('0');
    const county = byId(r.county, 'facility_area_per_100_households');
    expect(county).toMatchObject({ value: '3', numerator: '30', denominator: '1000', meetsTarget: false, gap: '270' });
  });

  it('[P1.1] township A 1 of 1 (100%), township B 1 of 3 (33.3…%) → county 2 of 4 = 50%, not 66.6…%', () => {
    const snapshot = parseSnapshot({
      asOf: '2025-12-31',
      units: [
        { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
        { code: '533124102201', townshipCode: '533124102', hasServiceFacility: true },
        { code: '533124102202', townshipCode: '533124102', hasServiceFacility: false },
        { code: '533124102203', townshipCode: '533124102', hasServiceFacility: false },
      ],
    });
    const r = computeIndicators(snapshot);
    expect(byId(r.townships['533124101'] ?? [], 'rural_facility_coverage').value).toBe('100');
    expect(byId(r.townships['533124102'] ?? [], 'rural_facility_coverage').value).toBe('33.33333333333333333333333333333333333333');
    expect(byId(r.county, 'rural_facility_coverage')).toMatchObject({ value: '50', numerator: '2', denominator: '4', gap: '2' });
  });
});

describe('[P1.1] computeIndicators: every level, subjects, order', () => {
  const snapshot = parseSnapshot({
    asOf: '2023-07-02',
    units: [
      // Deliberately out of code order.
      { code: '533124102201', townshipCode: '533124102', hasServiceFacility: true },
      { code: '533124101202', townshipCode: '533124101', hasServiceFacility: false },
      { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
    ],
  });
  const r = computeIndicators(snapshot);

  it('reports units, townships and the county, keyed in code order, seven results each in plan order', () => {
    expect(r.asOf).toBe('2023-07-02');
    expect(r.subject).toBe('533124');
    expect(Object.keys(r.units)).toEqual(['533124101201', '533124101202', '533124102201']);
    expect(Object.keys(r.townships)).toEqual(['533124101', '533124102']);
    for (const list of [r.county, ...Object.values(r.townships), ...Object.values(r.units)]) {
      expect(list.map((x) => x.clause)).toEqual(['P1.1', 'P1.2', 'P1.3', 'P1.4', 'P1.5', 'P1.6', 'P1.7']);
    }
    expect(r.county.every((x) => x.level === 'county' && x.subject === '533124')).toBe(true);
    expect(r.townships['533124101']?.every((x) => x.level === 'township' && x.subject === '533124101')).toBe(true);
    expect(r.units['533124101201']?.every((x) => x.level === 'unit' && x.subject === '533124101201')).toBe(true);
  });

  it('the county equals the merge of the township partials, and computeIndicator over all units', () => {
    const p = snapshot.units.map((u) => unitPartial(u)).reduce(mergePartials, emptyPartial());
    expect(finalizePartial(p, { level: 'county', subject: '533124', asOf: '2023-07-02' })).toEqual(r.county);
    expect(computeIndicator('rural_facility_coverage', snapshot.units, { asOf: '2023-07-02' })).toEqual(r.county[0]);
  });

  it("levels: leaving out 'unit' gives the same townships and county", () => {
    const fast = computeIndicators(snapshot, { levels: ['township', 'county'] });
    expect(fast.units).toEqual({});
    expect(fast.townships).toEqual(r.townships);
    expect(fast.county).toEqual(r.county);
    expect(computeIndicators(snapshot, { levels: ['unit'] }).county).toEqual([]);
  });

  it('asOf can be overridden; the region code is the county subject', () => {
    expect(computeIndicators(snapshot, { asOf: '2025-12-31' }).county[0]?.progress.expected).toBe('80');
    const province = parseSnapshot({ asOf: '2024-12-31', regionCode: '53', units: [] });
    expect(computeIndicators(province).county[0]?.subject).toBe('53');
  });

  it('rejects unknown option values', () => {
    expect(() => computeIndicators(snapshot, { classifyBy: 'nope' as never })).toThrow(PlanInputError);
    expect(() => computeIndicators(snapshot, { commercialShareScope: 'all' as never })).toThrow(PlanInputError);
    expect(() => computeIndicators(snapshot, { urbanPopulationSource: 'nbs' as never })).toThrow(PlanInputError);
    expect(() => computeIndicators(snapshot, { asOf: '2023-13-01' })).toThrow(PlanInputError);
    expect(() => computeIndicator('nope' as never, [], { asOf: '2024-12-31' })).toThrow(RangeError);
  });
});

describe("[P1.7] urbanPopulationSource 'county': only the county-level value changes", () => {
  const input = {
    asOf: '2025-12-31',
    county: { urbanResidentPopulation: 6000 },
    units: [
      { code: '533124101001', townshipCode: '533124101', communityWorkers: 5, residentPopulation: 2500 },
      { code: '533124102001', townshipCode: '533124102', communityWorkers: 4, residentPopulation: 2500 },
    ],
  };

  it("'units': 9 workers / 5000 residents of urban communities → 18", () => {
    const r = computeIndicators(parseSnapshot(input), { urbanPopulationSource: 'units' });
    expect(byId(r.county, 'workers_per_10000_urban_residents')).toMatchObject({ value: '18', denominator: '5000', meetsTarget: true });
  });

  it("'county' (default): 9 workers / 6000 (county 城镇常住人口) → 15 at county level; townships and units keep their own", () => {
    const r = computeIndicators(parseSnapshot(input));
    expect(byId(r.county, 'workers_per_10000_urban_residents')).toMatchObject({
      value: '15',
      numerator: '9',
      denominator: '6000',
      meetsTarget: false,
      gap: '2', // 18 × 6000 / 10000 = 10.8 → 11 needed
    });
    expect(byId(r.townships['533124101'] ?? [], 'workers_per_10000_urban_residents').value).toBe('20');
    expect(byId(r.units['533124102001'] ?? [], 'workers_per_10000_urban_residents').value).toBe('16');
  });

  it("'county': a unit's residentPopulation is not needed at county level, its workers are", () => {
    const units = [
      { code: '533124101001', townshipCode: '533124101', communityWorkers: 9 },
      { code: '533124102001', townshipCode: '533124102', residentPopulation: 100 },
    ];
    const r = computeIndicators(parseSnapshot({ ...input, units }), { urbanPopulationSource: 'county' });
    expect(byId(r.county, 'workers_per_10000_urban_residents')).toMatchObject({
      status: 'missing_data',
      missing: [{ unit: '533124102001', field: 'communityWorkers' }],
      partial: { numerator: '9', denominator: '6000' },
    });
  });

  it("'county' without the county figure → missing_data naming county.urbanResidentPopulation", () => {
    const r = computeIndicators(parseSnapshot({ ...input, county: {} }), { urbanPopulationSource: 'county' });
    expect(byId(r.county, 'workers_per_10000_urban_residents')).toMatchObject({
      status: 'missing_data',
      missing: [{ unit: '533124', field: 'county.urbanResidentPopulation' }],
      missingCount: 1,
      partial: null,
    });
  });

  it("finalizePartial and computeIndicator take the same reading", () => {
    const units = parseSnapshot(input).units;
    const p = units.map((u) => unitPartial(u)).reduce(mergePartials);
    const ctx = { level: 'county', subject: '533124', asOf: '2025-12-31', county: input.county, urbanPopulationSource: 'county' } as const;
    expect(finalizePartial(p, ctx)[6]?.value).toBe('15');
    expect(computeIndicator('workers_per_10000_urban_residents', units, ctx).value).toBe('15');
  });
});

describe('[P1.4] readings of the facility fields', () => {
  it('an area reported beside hasServiceFacility false is ignored (no facility is a known 0 m²)', () => {
    const units = parseUnits([{ code: code(0), townshipCode: '533124101', households: 100, hasServiceFacility: false, facilityBuildingArea: '50' }]);
    expect(computeIndicator('facility_area_per_100_households', units, { asOf: '2025-12-31' }).value).toBe('0');
  });

  it('an area reported without the flag is used for P1.4; P1.5 still needs the flag', () => {
    const units = parseUnits([{ code: code(0), townshipCode: '533124101', households: 100, facilityBuildingArea: '50', facilityActivityArea: '30' }]);
    expect(computeIndicator('facility_area_per_100_households', units, { asOf: '2025-12-31' }).value).toBe('50');
    expect(computeIndicator('activity_area_share', units, { asOf: '2025-12-31' }).missing).toEqual([
      { unit: '533124101300', field: 'hasServiceFacility' },
    ]);
  });

  it('a unit of unknown classification is missing for the scoped indicators but counts for P1.4 and P1.5', () => {
    const units = parseUnits([{ code: code(0), townshipCode: '533124101', households: 100, hasServiceFacility: true, facilityBuildingArea: '30', facilityActivityArea: '18' }]);
    const r = computeIndicators(parseSnapshot({ asOf: '2025-12-31', units }), { classifyBy: 'caller' });
    expect(r.county.map((x) => x.status)).toEqual(['missing_data', 'missing_data', 'missing_data', 'ok', 'ok', 'missing_data', 'missing_data']);
    expect(r.county[0]?.missing).toEqual([{ unit: '533124101300', field: 'classification' }]);
  });
});

describe('[P1.1] [P1.4] [P1.7] exact integers beyond 2^53', () => {
  const doubled = (p: IndicatorPartial, times: number): IndicatorPartial => {
    let q = p;
    for (let i = 0; i < times; i++) q = mergePartials(q, q);
    return q;
  };

  it('the schema caps keep one snapshot below 2^53: 1e6 units × 2e9 = 2e15 and × 1e9 hundredths = 1e15', () => {
    expect(1_000_000 * 2_000_000_000).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(1_000_000 * 10_000_000 * 100).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('[P1.7] 2e9 workers and residents merged 2^23 times: the sums become exact strings, the value stays 10000', () => {
    const [unit] = parseUnits([{ code: '533124101001', townshipCode: '533124101', communityWorkers: 2_000_000_000, residentPopulation: 2_000_000_000 }]);
    const p = doubled(unitPartial(unit as Unit), 23);
    // 2e9 × 2^23 = 2e9 × 8388608 = 16,777,216,000,000,000 > 2^53 − 1 = 9,007,199,254,740,991.
    expect(p.indicators.workers_per_10000_urban_residents.numerator).toBe('16777216000000000');
    expect(p.indicators.workers_per_10000_urban_residents.denominator).toBe('16777216000000000');
    const [r] = [finalizePartial(p, { level: 'county', subject: '53', asOf: '2025-12-31', urbanPopulationSource: 'units' })[6]];
    expect(r).toMatchObject({ value: '10000', numerator: '16777216000000000', meetsTarget: true, gap: '0' });
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('[P1.4] 1e7 m² per unit merged 2^24 times → 167,772,160,000,000 m², still exact', () => {
    const [unit] = parseUnits([{ code: code(0), townshipCode: '533124101', households: 1, hasServiceFacility: true, facilityBuildingArea: 10_000_000 }]);
    const p = doubled(unitPartial(unit as Unit), 24);
    // 1e9 hundredths × 2^24 = 16,777,216,000,000,000 hundredths.
    expect(p.indicators.facility_area_per_100_households.numerator).toBe('16777216000000000');
    const r = finalizePartial(p, { level: 'county', subject: '', asOf: '2025-12-31' })[3];
    expect(r).toMatchObject({ value: '1000000000', numerator: '167772160000000', denominator: '16777216' });
  });

  it('[P1.1] 2^53 − 1 + 1 + 1 = 9007199254740993, where doubles would stop at 9007199254740992', () => {
    const at = (numerator: number | string, denominator: number | string): IndicatorPartial => {
      const e = emptyPartial();
      return { ...e, indicators: { ...e.indicators, rural_facility_coverage: { numerator, denominator, missingCount: 0, missing: [] } } };
    };
    const one = at(1, 1);
    const sum = mergePartials(mergePartials(at(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), one), one);
    expect(sum.indicators.rural_facility_coverage.numerator).toBe('9007199254740993');
    expect(Number.MAX_SAFE_INTEGER + 1 + 1).toBe(9007199254740992);
    // And back down: a string sum is read exactly.
    expect(finalizePartial(sum, { level: 'county', subject: '', asOf: '2025-12-31' })[0]?.value).toBe('100');
  });
});

describe('[P1.4] missing lists are capped, the count is not', () => {
  const units = parseUnits([
    ...many(700, { hasServiceFacility: false }, 0, '533124101'),
    ...many(700, { hasServiceFacility: false }, 0, '533124102'),
    ...many(100, { hasServiceFacility: false }, 0, '533124103'),
  ]);

  it(`1500 units without households → missingCount 1500, the first ${MISSING_LIST_LIMIT} listed in code order`, () => {
    const r = computeIndicator('facility_area_per_100_households', units, { asOf: '2025-12-31' });
    expect(r.status).toBe('missing_data');
    expect(r.missingCount).toBe(1500);
    expect(r.missing).toHaveLength(1000);
    expect(r.missing[0]).toEqual({ unit: '533124101300', field: 'households' });
    expect(r.missing[999]).toEqual({ unit: '533124102599', field: 'households' });
  });

  it('the same list whichever order the partials are merged in', () => {
    const parts = units.map((u) => unitPartial(u));
    const forward = parts.reduce(mergePartials, emptyPartial());
    const backward = [...parts].reverse().reduce(mergePartials, emptyPartial());
    expect(backward).toEqual(forward);
    expect(forward.indicators.facility_area_per_100_households.missing).toHaveLength(1000);
    expect(computeIndicators(parseSnapshot({ asOf: '2025-12-31', units })).county).toEqual(
      finalizePartial(forward, { level: 'county', subject: '533124', asOf: '2025-12-31' }),
    );
  });
});
