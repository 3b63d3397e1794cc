/**
 * The roll-up's internals (src/indicators/_exact, _accumulate, _finalize, _formula, _hundredths) at their edges:
 * exact sums across 2^53, hundredths of m², the missing-data lists and their cap, the county reading of indicator 7.
 * Every expected value is worked out by hand in the comment next to it. Written against Stryker's survivors.
 */
import { describe, expect, it } from 'vitest';
import { add, compareScaled, countString, fromBig, hundredthsString, isZero, shiftString } from '../../src/indicators/_exact';
import { compareMissing, mergeInto, mergeMissing, newPartial, seal } from '../../src/indicators/_accumulate';
import { formulaOf } from '../../src/indicators/_formula';
import { hundredthsOf } from '../../src/indicators/_hundredths';
import {
  computeIndicator,
  emptyPartial,
  finalizePartial,
  MISSING_LIST_LIMIT,
  mergePartials,
  unitPartial,
  type IndicatorId,
  type IndicatorPartial,
  type PartialSums,
} from '../../src/indicators';
import type { Unit } from '../../src/snapshot';
import { code, parseUnits } from './_helpers';

const MAX = 9007199254740991; // 2^53 − 1
const byId = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((r) => r.id === id) as T;

/** An empty partial with one indicator's (or the urban workers') sums replaced. */
function partialWith(sums: Partial<Record<IndicatorId | 'urbanCommunityWorkers', PartialSums>>): IndicatorPartial {
  const e = emptyPartial();
  const { urbanCommunityWorkers, ...indicators } = sums;
  return {
    indicators: { ...e.indicators, ...indicators },
    urbanCommunityWorkers: urbanCommunityWorkers ?? e.urbanCommunityWorkers,
  };
}
const sums = (numerator: number | string, denominator: number | string, missing: PartialSums['missing'] = []): PartialSums => ({
  numerator,
  denominator,
  missingCount: missing.length,
  missing,
});

describe('_exact: integers that stay exact across 2^53', () => {
  it('fromBig: a number up to and including 2^53 − 1, a decimal string from 2^53 on', () => {
    expect(fromBig(0n)).toBe(0);
    expect(fromBig(9007199254740991n)).toBe(MAX);
    expect(fromBig(9007199254740992n)).toBe('9007199254740992');
  });

  it('add: a sum of exactly 2^53 − 1 stays a number; one more becomes the string', () => {
    expect(add(9007199254740990, 1)).toBe(MAX);
    expect(add(MAX, 0)).toBe(MAX);
    expect(add(0, 0)).toBe(0);
    // 9007199254740991 + 1 = 9007199254740992 (= 2^53, which a float would also hold, but it is no longer safe).
    expect(add(MAX, 1)).toBe('9007199254740992');
    // 2 × 9007199254740991 = 18014398509481982 (a float would give …984).
    expect(add(MAX, MAX)).toBe('18014398509481982');
  });

  it('add: string operands on either side are added digit-exactly', () => {
    // 9007199254740993 + 7 = 9007199254741000.
    expect(add('9007199254740993', 7)).toBe('9007199254741000');
    expect(add(7, '9007199254740993')).toBe('9007199254741000');
    expect(add(0, '9007199254740992')).toBe('9007199254740992');
    // 9007199254740993 + 9007199254740993 = 18014398509481986.
    expect(add('9007199254740993', '9007199254740993')).toBe('18014398509481986');
  });

  it('add: a small sum written as a string (a hand-made JSON partial) is read by value, never concatenated', () => {
    expect(add('5', 3)).toBe(8);
    expect(add(3, '5')).toBe(8);
    expect(add('0', '0')).toBe(0);
  });

  it('isZero: 0 written either way, nothing else', () => {
    expect(isZero(0)).toBe(true);
    expect(isZero('0')).toBe(true);
    expect(isZero(1)).toBe(false);
    expect(isZero('9007199254740992')).toBe(false);
  });

  it('compareScaled on native integers: 4 × 100 / 5 = 80 against 80; 75 < 80; 90 > 80', () => {
    expect(compareScaled(4, 100, 5, 80, 1)).toBe(0);
    expect(compareScaled(3, 100, 4, 80, 1)).toBe(-1);
    expect(compareScaled(9, 100, 10, 80, 1)).toBe(1);
  });

  it('compareScaled: a scaled numerator past 2^53 is not rounded (3 × (2^53 − 1) ÷ (2^53 − 1) = 3 exactly)', () => {
    // 3 × 9007199254740991 = 27021597764222973, which lies in [2^54, 2^55) where floats are 4 apart: a float holds
    // …972, so comparing the float with 3/1 would say "less". Exactly it is equal.
    expect(compareScaled(MAX, 3, MAX, 3, 1)).toBe(0);
    expect(compareScaled(MAX, 3, MAX, 2, 1)).toBe(1);
    expect(compareScaled(MAX, 3, MAX, 4, 1)).toBe(-1);
  });

  it('compareScaled on strings: 2^53 × 100 ÷ 11258999068426240 = 80 exactly; one more or less in the denominator tips it', () => {
    // 2^53 × 100 / 80 = 2^53 × 5 / 4 = 2^51 × 5 = 2251799813685248 × 5 = 11258999068426240.
    expect(compareScaled('9007199254740992', 100, '11258999068426240', 80, 1)).toBe(0);
    expect(compareScaled('9007199254740992', 100, '11258999068426241', 80, 1)).toBe(-1);
    expect(compareScaled('9007199254740992', 100, '11258999068426239', 80, 1)).toBe(1);
  });

  it('compareScaled on strings with a fractional target: n × 100 / n = 100 > 171/2 = 85.5; 0 / n = 0 < 80', () => {
    expect(compareScaled('9007199254740993', 100, '9007199254740993', 171, 2)).toBe(1);
    expect(compareScaled('9007199254740993', 100, '9007199254740993', 201, 2)).toBe(-1);
    expect(compareScaled(0, 100, '9007199254740993', 80, 1)).toBe(-1);
    expect(compareScaled(0, 100, '9007199254740993', 0, 1)).toBe(0);
  });

  it('countString, shiftString, hundredthsString', () => {
    expect(countString(0)).toBe('0');
    expect(countString(MAX)).toBe('9007199254740991');
    expect(countString('9007199254740992')).toBe('9007199254740992');
    expect(shiftString('697', 0)).toBe('697');
    expect(shiftString('0', 0)).toBe('0');
    expect(shiftString('697', 1)).toBe('69.7');
    expect(shiftString('5', 2)).toBe('0.05');
    expect(shiftString('300', 2)).toBe('3');
    expect(shiftString('12345678901234567890', 3)).toBe('12345678901234567.89');
    // 9007199254740993 hundredths of m² = 90071992547409.93 m².
    expect(hundredthsString('9007199254740993')).toBe('90071992547409.93');
    expect(hundredthsString(32050)).toBe('320.5');
    expect(hundredthsString(0)).toBe('0');
  });
});

describe('_hundredths: hundredths of m² read digit by digit', () => {
  it.each([
    ['0', 0],
    ['12', 1200],
    ['320.5', 32050],
    ['0.05', 5],
    ['0.5', 50],
    ['7.25', 725],
    ['10000000', 1_000_000_000],
    ['9999999.99', 999_999_999],
  ])('%s m² → %i hundredths', (s, n) => {
    expect(hundredthsOf(s)).toBe(n);
  });
});

describe('_formula', () => {
  it('an unknown ID is a RangeError that names it', () => {
    expect(() => formulaOf('no_such_indicator' as IndicatorId)).toThrow(new RangeError('Unknown indicator ID: no_such_indicator'));
  });

  it('k folds the factor and the area scales: 100 for ratios of like sums, 1 for m² (hundredths) per 100 households', () => {
    expect(formulaOf('rural_facility_coverage').k).toBe(100);
    expect(formulaOf('commercial_service_area_share').k).toBe(100); // 100 × 100 / 100
    expect(formulaOf('facility_area_per_100_households').k).toBe(1); // 100 × 1 / 100
    expect(formulaOf('workers_per_10000_urban_residents').k).toBe(10000);
  });
});

describe('_accumulate: missing pairs, their order and their cap', () => {
  const A = '533124101301';
  const B = '533124101302';

  it('compareMissing orders by unit code, then by field name', () => {
    expect(compareMissing({ unit: A, field: 'z' }, { unit: B, field: 'a' })).toBe(-1);
    expect(compareMissing({ unit: B, field: 'a' }, { unit: A, field: 'z' })).toBe(1);
    expect(compareMissing({ unit: A, field: 'households' }, { unit: A, field: 'newCommunity' })).toBe(-1);
    expect(compareMissing({ unit: A, field: 'newCommunity' }, { unit: A, field: 'households' })).toBe(1);
    expect(compareMissing({ unit: A, field: 'households' }, { unit: A, field: 'households' })).toBe(0);
  });

  it('mergeMissing interleaves two sorted lists, same unit ordered by field', () => {
    const a = [
      { unit: A, field: 'communityWorkers' },
      { unit: A, field: 'residentPopulation' },
    ];
    const b = [
      { unit: A, field: 'households' },
      { unit: B, field: 'communityWorkers' },
    ];
    expect(mergeMissing(a, b)).toEqual([
      { unit: A, field: 'communityWorkers' },
      { unit: A, field: 'households' },
      { unit: A, field: 'residentPopulation' },
      { unit: B, field: 'communityWorkers' },
    ]);
    expect(mergeMissing([], [])).toEqual([]);
    expect(mergeMissing(a, [])).toEqual(a);
  });

  it('an urban community lacking only commercialServiceArea is missing that field alone for P1.3', () => {
    const [u] = parseUnits([{ code: A, townshipCode: '533124101', committeeType: 'resident_committee', communityBuildingArea: 5000 }]);
    const p = unitPartial(u as Unit);
    expect(p.indicators.commercial_service_area_share).toEqual({
      numerator: 0,
      denominator: 0,
      missingCount: 1,
      missing: [{ unit: A, field: 'commercialServiceArea' }],
    });
  });

  it('an urban community lacking only communityBuildingArea is missing that field alone for P1.3', () => {
    const [u] = parseUnits([{ code: A, townshipCode: '533124101', committeeType: 'resident_committee', commercialServiceArea: 500 }]);
    expect(unitPartial(u as Unit).indicators.commercial_service_area_share.missing).toEqual([
      { unit: A, field: 'communityBuildingArea' },
    ]);
  });

  it('workers known, population unknown: P1.7 misses residentPopulation alone; the urban workers still count 12', () => {
    const [u] = parseUnits([{ code: A, townshipCode: '533124101', committeeType: 'resident_committee', communityWorkers: 12 }]);
    const p = unitPartial(u as Unit);
    expect(p.indicators.workers_per_10000_urban_residents).toEqual({
      numerator: 0,
      denominator: 0,
      missingCount: 1,
      missing: [{ unit: A, field: 'residentPopulation' }],
    });
    expect(p.urbanCommunityWorkers).toEqual({ numerator: 12, denominator: 1, missingCount: 0, missing: [] });
  });

  it('a facility with its activity area but no building area: P1.4 and P1.5 miss facilityBuildingArea alone', () => {
    const [u] = parseUnits([
      { code: A, townshipCode: '533124101', households: 300, hasServiceFacility: true, facilityActivityArea: 50 },
    ]);
    const p = unitPartial(u as Unit);
    const only = [{ unit: A, field: 'facilityBuildingArea' }];
    expect(p.indicators.activity_area_share).toEqual({ numerator: 0, denominator: 0, missingCount: 1, missing: only });
    expect(p.indicators.facility_area_per_100_households).toEqual({ numerator: 0, denominator: 0, missingCount: 1, missing: only });
  });

  it('a unit missing nothing an indicator needs leaves that list empty (not padded to the cap)', () => {
    const [u] = parseUnits([{ code: A, townshipCode: '533124101', committeeType: 'village_committee', hasServiceFacility: true }]);
    const p = unitPartial(u as Unit);
    expect(p.indicators.rural_facility_coverage).toEqual({ numerator: 1, denominator: 1, missingCount: 0, missing: [] });
    expect(p.indicators.facility_area_per_100_households.missing).toEqual([
      { unit: A, field: 'facilityBuildingArea' },
      { unit: A, field: 'households' },
    ]);
  });

  /** `n` unclassified units (no committeeType), codes 53312499 followed by i in four digits (no real unit), added in descending order. */
  function unclassified(n: number): Unit[] {
    const out: Unit[] = [];
    for (let i = n - 1; i >= 0; i--) out.push({ code: `53312499${String(i).padStart(4, '0')}`, townshipCode: '533124101' } as Unit);
    return out;
  }
  const expectedFirst = (n: number): { unit: string; field: string }[] =>
    Array.from({ length: Math.min(n, 1000) }, (_, i) => ({ unit: `53312499${String(i).padStart(4, '0')}`, field: 'committeeType' }));

  it.each([1, 999, 1000, 1001, 2000, 2001, 2002, 4500])(
    '%i unclassified units: all counted, the first min(n, 1000) codes listed in ascending order',
    (n) => {
      expect(MISSING_LIST_LIMIT).toBe(1000);
      const r = computeIndicator('rural_facility_coverage', unclassified(n), { asOf: '2025-06-30' });
      expect(r.status).toBe('missing_data');
      expect(r.missingCount).toBe(n);
      expect(r.missing).toEqual(expectedFirst(n));
    },
  );

  it('mergeInto then seal: pairs of both partials, sorted, capped at 1000, counts added', () => {
    const left = newPartial();
    const right = newPartial();
    for (const u of unclassified(1500)) {
      // Even codes to the left, odd to the right.
      const i = Number(u.code.slice(-5));
      const acc = i % 2 === 0 ? left : right;
      acc.indicators.rural_facility_coverage.missing.push({ unit: u.code, field: 'committeeType' });
      acc.indicators.rural_facility_coverage.missingCount++;
    }
    const total = newPartial();
    mergeInto(total, seal(left));
    mergeInto(total, seal(newPartial())); // an empty partial adds nothing
    mergeInto(total, seal(right));
    const s = seal(total).indicators.rural_facility_coverage;
    expect(s.missingCount).toBe(1500);
    expect(s.missing).toEqual(expectedFirst(1500));
    expect(seal(total).indicators.urban_facility_coverage).toEqual({ numerator: 0, denominator: 0, missingCount: 0, missing: [] });
  });
});

describe('mergePartials / finalizePartial across 2^53', () => {
  it('numerators 2^53 − 1 and 2 merge to the string 9007199254740993; the value is exact', () => {
    const a = partialWith({ rural_facility_coverage: sums(MAX, MAX) });
    const b = partialWith({ rural_facility_coverage: sums(2, 2) });
    const m = mergePartials(a, b);
    // 9007199254740991 + 2 = 9007199254740993 (not representable as a float).
    expect(m.indicators.rural_facility_coverage).toEqual(sums('9007199254740993', '9007199254740993'));
    const r = byId(finalizePartial(m, { level: 'county', subject: '533124', asOf: '2025-12-31' }), 'rural_facility_coverage');
    expect(r).toMatchObject({ status: 'ok', value: '100', numerator: '9007199254740993', denominator: '9007199254740993' });
  });

  it('a denominator written as the string "0" is still zero: not applicable', () => {
    const p = partialWith({ rural_facility_coverage: sums('0', '0') });
    const r = byId(finalizePartial(p, { level: 'county', subject: '533124', asOf: '2025-12-31' }), 'rural_facility_coverage');
    expect(r).toMatchObject({ status: 'not_applicable', value: null, numerator: '0', denominator: '0' });
  });
});

describe('_finalize: indicator 7 read against the county population only at county level, only when asked', () => {
  const asOf = '2025-12-31';
  // Two urban communities: 10 + 11 = 21 workers over 6000 + 8000 = 14000 residents → 21 × 10000 / 14000 = 15.
  // Two villages, one with a facility → P1.1 = 1/2 = 50%.
  const units = parseUnits([
    { code: code(1), townshipCode: '533124101', committeeType: 'resident_committee', communityWorkers: 10, residentPopulation: 6000 },
    { code: code(2), townshipCode: '533124101', committeeType: 'resident_committee', communityWorkers: 11, residentPopulation: 8000 },
    { code: code(3), townshipCode: '533124101', committeeType: 'village_committee', hasServiceFacility: true },
    { code: code(4), townshipCode: '533124101', committeeType: 'village_committee', hasServiceFacility: false },
  ]);
  const partial = units.map((u) => unitPartial(u)).reduce(mergePartials, emptyPartial());

  it('county level, county source: 21 workers × 10000 / 11667 residents; the other six indicators keep their own sums', () => {
    const results = finalizePartial(partial, {
      level: 'county',
      subject: '533124',
      asOf,
      urbanPopulationSource: 'county',
      county: { urbanResidentPopulation: 11667 },
    });
    // 210000 / 11667 = 17.99948…: below 18.
    expect(byId(results, 'workers_per_10000_urban_residents')).toMatchObject({
      status: 'ok',
      numerator: '21',
      denominator: '11667',
      meetsTarget: false,
    });
    expect(byId(results, 'rural_facility_coverage')).toMatchObject({ status: 'ok', value: '50', numerator: '1', denominator: '2' });
    expect(byId(results, 'urban_facility_coverage')).toMatchObject({ status: 'missing_data', missingCount: 2 });
  });

  it('county level, county source, 7000 residents: 21 × 10000 / 7000 = 30 (meets 18)', () => {
    const r = byId(
      finalizePartial(partial, { level: 'county', subject: '533124', asOf, urbanPopulationSource: 'county', county: { urbanResidentPopulation: 7000 } }),
      'workers_per_10000_urban_residents',
    );
    expect(r).toMatchObject({ status: 'ok', value: '30', numerator: '21', denominator: '7000', meetsTarget: true, gap: '0' });
  });

  it('township level, county source: the units’ own residents (21 × 10000 / 14000 = 15)', () => {
    const r = byId(
      finalizePartial(partial, { level: 'township', subject: '533124101', asOf, urbanPopulationSource: 'county', county: { urbanResidentPopulation: 7000 } }),
      'workers_per_10000_urban_residents',
    );
    expect(r).toMatchObject({ status: 'ok', value: '15', numerator: '21', denominator: '14000' });
  });

  it('county level, units source: the units’ own residents (15)', () => {
    const r = computeIndicator('workers_per_10000_urban_residents', units, { asOf, county: { urbanResidentPopulation: 7000 }, urbanPopulationSource: 'units' });
    expect(r).toMatchObject({ status: 'ok', value: '15', numerator: '21', denominator: '14000' });
  });

  it('county source without county figures: missing county.urbanResidentPopulation, counted once', () => {
    const r = byId(
      finalizePartial(partial, { level: 'county', subject: '533124', asOf, urbanPopulationSource: 'county' }),
      'workers_per_10000_urban_residents',
    );
    expect(r).toMatchObject({
      status: 'missing_data',
      value: null,
      numerator: null,
      denominator: null,
      missingCount: 1,
      missing: [{ unit: '533124', field: 'county.urbanResidentPopulation' }],
      partial: null,
    });
    const empty = computeIndicator('workers_per_10000_urban_residents', units, { asOf, urbanPopulationSource: 'county', county: {} });
    expect(empty).toMatchObject({ status: 'missing_data', missingCount: 1, missing: [{ unit: '533124', field: 'county.urbanResidentPopulation' }] });
  });

  it('a missing_data result lists its pairs in a copy: changing it leaves the partial intact', () => {
    const list = partial.indicators.urban_facility_coverage.missing;
    const before = list.map((m) => ({ ...m }));
    const r = byId(finalizePartial(partial, { level: 'county', subject: '533124', asOf }), 'urban_facility_coverage');
    // Two communities without hasServiceFacility.
    expect(r.missing).toEqual([
      { unit: code(1), field: 'hasServiceFacility' },
      { unit: code(2), field: 'hasServiceFacility' },
    ]);
    expect(r.missing).not.toBe(list);
    (r.missing as { unit: string; field: string }[]).length = 0;
    expect(partial.indicators.urban_facility_coverage.missing).toEqual(before);
  });
});
