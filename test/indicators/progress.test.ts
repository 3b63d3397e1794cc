/**
 * Progress on the straight line from the 2020 baseline (2020-12-31) to the 2025 target (2025-12-31), and the gap.
 * Worked by hand: 2020-12-31 → 2025-12-31 is 1826 days; 2023-07-02 is day 913, exactly half.
 */
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { computeIndicator, expectedValue, type IndicatorId } from '../../src/indicators';
import { code, many, parseUnits, villages } from './_helpers';

describe('[P1.1] [P1.2] [P1.7] expectedValue: the straight line from baseline to target', () => {
  it.each([
    // id, date, expected (hand-worked)
    ['rural_facility_coverage', '2023-07-02', '70'], // 60 + (80 − 60) × 913/1826 = 60 + 10
    ['rural_facility_coverage', '2020-12-31', '60'], // share 0: the baseline
    ['rural_facility_coverage', '2019-01-01', '60'], // before the baseline date: clamped to the baseline
    ['rural_facility_coverage', '2025-12-31', '80'], // share 1: the target
    ['rural_facility_coverage', '2030-01-01', '80'], // after: clamped to the target
    // 60 + 20 × 365/1826 = 116860/1826 = 63.99780941949616648411829134720700985761|2… (bc), 40 significant digits
    ['rural_facility_coverage', '2021-12-31', '63.99780941949616648411829134720700985761'],
    ['urban_facility_coverage', '2023-07-02', '100'], // 100 → 100: flat
    ['workers_per_10000_urban_residents', '2023-07-02', '17.55'], // 17.1 + (18 − 17.1) / 2
    ['workers_per_10000_urban_residents', '2020-12-31', '17.1'],
    ['commercial_service_area_share', '2023-07-02', null], // — : no baseline, no line
    ['facility_area_per_100_households', '2023-07-02', null],
    ['activity_area_share', '2023-07-02', null],
    ['urban_self_service_coverage', '2023-07-02', null],
  ] as const)('%s on %s → %s', (id, date, expected) => {
    expect(expectedValue(id, date)).toBe(expected);
  });

  it('rejects an invalid date with PlanInputError at asOf', () => {
    expect(() => expectedValue('rural_facility_coverage', '2023-02-30')).toThrow(PlanInputError);
    try {
      expectedValue('rural_facility_coverage', '2023-02-30');
    } catch (e) {
      expect((e as PlanInputError).path).toEqual(['asOf']);
    }
  });
});

describe('[P1.1] [P1.7] progress status on 2023-07-02 (half-way)', () => {
  const at = (id: IndicatorId, units: Parameters<typeof parseUnits>[0], asOf = '2023-07-02') =>
    computeIndicator(id, parseUnits(units), { asOf, urbanPopulationSource: 'units' }).progress;

  it.each([
    ['[P1.1] 7 of 10 → 70%, exactly the expected 70% → on_track', 7, 10, { status: 'on_track', expected: '70' }],
    ['[P1.1] 69 of 100 → 69% < 70% → behind', 69, 100, { status: 'behind', expected: '70' }],
    ['[P1.1] 8 of 10 → 80% → achieved already', 8, 10, { status: 'achieved', expected: '70' }],
    ['[P1.1] 3 of 4 → 75% → on_track', 3, 4, { status: 'on_track', expected: '70' }],
  ] as const)('%s', (_, yes, n, expected) => {
    expect(at('rural_facility_coverage', villages(yes, n))).toEqual(expected);
  });

  const workers = (w: number, population: number) => [
    { code: code(0), townshipCode: '533124101', committeeType: 'resident_committee' as const, communityWorkers: w, residentPopulation: population },
  ];
  it.each([
    ['[P1.7] 351 per 200000 → 17.55, exactly the expected → on_track', 351, 200000, 'on_track'],
    ['[P1.7] 351 per 200001 → 17.549… → behind', 351, 200001, 'behind'],
    ['[P1.7] 171 per 100000 → 17.1, the baseline → behind half-way', 171, 100000, 'behind'],
    ['[P1.7] 9 per 5000 → 18 → achieved', 9, 5000, 'achieved'],
  ] as const)('%s', (_, w, population, status) => {
    expect(at('workers_per_10000_urban_residents', workers(w, population))).toEqual({ status, expected: '17.55' });
  });

  it('[P1.1] on 2021-12-31 the expected 63.9978…% does not terminate: 64% is on track, 60% behind', () => {
    expect(at('rural_facility_coverage', villages(16, 25), '2021-12-31').status).toBe('on_track'); // 64%
    expect(at('rural_facility_coverage', villages(15, 25), '2021-12-31').status).toBe('behind'); // 60%
  });

  it('[P1.7] a value exactly on a non-terminating line is on track (judged on exact fractions, not strings)', () => {
    // On 2021-12-31: 17.1 + (18 − 17.1) × 365/1826 = (17.1 × 1826 + 0.9 × 365) / 1826 = 31553.1/1826 = 315531/18260
    // per 10,000 = 17.27990142387732749178532311062431544359… So 315531 workers for 182,600,000 residents is exactly
    // on the line, and one worker fewer is behind.
    const expected = '17.27990142387732749178532311062431544359';
    expect(at('workers_per_10000_urban_residents', workers(315531, 182_600_000), '2021-12-31')).toEqual({ status: 'on_track', expected });
    expect(at('workers_per_10000_urban_residents', workers(315530, 182_600_000), '2021-12-31')).toEqual({ status: 'behind', expected });
  });

  it('[P1.1] on the baseline day, the baseline value is on track', () => {
    expect(at('rural_facility_coverage', villages(3, 5), '2020-12-31')).toEqual({ status: 'on_track', expected: '60' });
  });

  it('[P1.3] [P1.4] without a baseline: achieved or not_achieved', () => {
    const f = (households: number, facilityBuildingArea: string) => [
      { code: code(0), townshipCode: '533124101', committeeType: 'village_committee' as const, households, hasServiceFacility: true, facilityBuildingArea },
    ];
    expect(at('facility_area_per_100_households', f(100, '30'))).toEqual({ status: 'achieved', expected: null });
    expect(at('facility_area_per_100_households', f(100, '29.99'))).toEqual({ status: 'not_achieved', expected: null });
  });

  it('no data when the value is missing or not applicable', () => {
    expect(at('rural_facility_coverage', many(2, { committeeType: 'village_committee' }))).toEqual({ status: 'no_data', expected: '70' });
    expect(at('rural_facility_coverage', [])).toEqual({ status: 'no_data', expected: '70' });
    expect(at('activity_area_share', [])).toEqual({ status: 'no_data', expected: null });
  });
});

describe('[P1.1] [P1.2] [P1.4] [P1.7] gap to target, in the indicator’s own terms', () => {
  const gap = (id: IndicatorId, units: Parameters<typeof parseUnits>[0]) =>
    computeIndicator(id, parseUnits(units), { asOf: '2025-12-31', urbanPopulationSource: 'units' }).gap;

  it('[P1.1] 68 villages at 80% need 55 (54.4 rounded up, not 54): with 40, the gap is 15', () => {
    expect(gap('rural_facility_coverage', villages(40, 68))).toBe('15');
    expect(gap('rural_facility_coverage', villages(54, 68))).toBe('1');
    expect(gap('rural_facility_coverage', villages(55, 68))).toBe('0');
  });

  it('[P1.2] 100% of 9 communities: with 7, 2 more', () => {
    const units = [
      ...many(7, { committeeType: 'resident_committee', hasServiceFacility: true }),
      ...many(2, { committeeType: 'resident_committee', hasServiceFacility: false }, 7),
    ];
    expect(gap('urban_facility_coverage', units)).toBe('2');
  });

  it('[P1.4] 1234 households need 370.2 m² (1234 × 30 / 100); with 300.5 m², 69.7 m² more (exact, not rounded)', () => {
    const units = [{ code: code(0), townshipCode: '533124101', committeeType: 'village_committee' as const, households: 1234, hasServiceFacility: true, facilityBuildingArea: '300.5' }];
    expect(gap('facility_area_per_100_households', units)).toBe('69.7');
  });

  it('[P1.3] 10% of 1234.56 m² is 123.456 m²; with 100 m², 23.456 m² more at the same total building area', () => {
    const units = [{ code: code(0), townshipCode: '533124101', committeeType: 'resident_committee' as const, commercialServiceArea: '100', communityBuildingArea: '1234.56' }];
    expect(gap('commercial_service_area_share', units)).toBe('23.456');
  });

  it('[P1.7] 18 per 10,000 of 123456 residents is 222.2208 workers → 223 needed; with 200, 23 more', () => {
    const units = [{ code: code(0), townshipCode: '533124101', committeeType: 'resident_committee' as const, communityWorkers: 200, residentPopulation: 123456 }];
    expect(gap('workers_per_10000_urban_residents', units)).toBe('23');
  });

  it('no gap without a value', () => {
    expect(gap('rural_facility_coverage', [])).toBeNull();
  });
});
