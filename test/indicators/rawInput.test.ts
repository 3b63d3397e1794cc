// Issue 14: the formulas-only functions take raw units (numbers where the snapshot allows them) exactly as `evaluate`
// reads them, and refuse anything the snapshot would refuse, naming its path; never a verdict from a misread value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRule,
  checkRules,
  computeIndicator,
  computeIndicators,
  evaluate,
  getRule,
  INDICATOR_IDS,
  parseSnapshot,
  PlanInputError,
  unitPartial,
  type IndicatorResult,
  type UnitInput,
} from '../../src/index';
import { planErrorOf } from '../_thrown';

const ASOF = '2024-12-31';
/** A synthetic village-level code in 章凤镇 (533124101), numbered from 300: no registered unit has it. */
const A = '533124101300';
const T = '533124101';

describe('[P1.4] [P1.5] numbers are read as the snapshot reads them (their shortest decimal strings)', () => {
  it('[P1.4] 90 m² for 300 households → 90 ÷ 300 × 100 = 30 m² per 100 households → meets ≥30, gap 0 (as evaluate says)', () => {
    const unit = { code: A, townshipCode: T, households: 300, facilityBuildingArea: 90 };
    const r = computeIndicator('facility_area_per_100_households', [unit], { asOf: ASOF });
    expect([r.status, r.value, r.meetsTarget, r.gap, r.numerator, r.denominator]).toEqual(['ok', '30', true, '0', '90', '300']);
    const e = evaluate({ asOf: ASOF, units: [unit] }, { scope: 'units', allowUnregisteredUnits: true, levels: ['county'] });
    const county = e.indicators.find((x) => x.id === 'facility_area_per_100_households');
    expect([county?.value, county?.meetsTarget]).toEqual(['30', true]);
  });

  it('[P1.5] 64.32 m² of activity area in a 107.2 m² facility → 64.32 ÷ 107.2 = 0.6 → 60% → meets ≥60% (never not applicable)', () => {
    const unit = { code: A, townshipCode: T, hasServiceFacility: true, facilityBuildingArea: 107.2, facilityActivityArea: 64.32 };
    const r = computeIndicator('activity_area_share', [unit], { asOf: ASOF });
    expect([r.status, r.value, r.meetsTarget, r.numerator, r.denominator]).toEqual(['ok', '60', true, '64.32', '107.2']);
    // unitPartial sums hundredths of m²: 6432 of 10720.
    expect(unitPartial(unit).indicators.activity_area_share).toEqual({ numerator: 6432, denominator: 10720, missingCount: 0, missing: [] });
  });

  it('[P1.4] 1.15 m² (not exactly 1.15 in binary) for 100 households is read as 1.15 → 1.15 m² per 100 households', () => {
    const r = computeIndicator('facility_area_per_100_households', [{ code: A, townshipCode: T, households: 100, facilityBuildingArea: 1.15 }], { asOf: ASOF });
    expect([r.value, r.meetsTarget, r.gap]).toEqual(['1.15', false, '28.85']); // 30 − 1.15 = 28.85 m² more
  });

  it('a number area and its decimal string give the same partial: 320.5 and "320.50"', () => {
    const n = unitPartial({ code: A, townshipCode: T, households: 400, hasServiceFacility: true, facilityBuildingArea: 320.5 });
    const s = unitPartial({ code: A, townshipCode: T, households: 400, hasServiceFacility: true, facilityBuildingArea: '320.50' });
    expect(n).toEqual(s);
    expect(n.indicators.facility_area_per_100_households).toEqual({ numerator: 32050, denominator: 400, missingCount: 0, missing: [] });
  });

  it('the units given are not changed (a number area stays a number)', () => {
    const unit = { code: A, townshipCode: T, households: 300, facilityBuildingArea: 90 };
    computeIndicator('facility_area_per_100_households', [unit], { asOf: ASOF });
    unitPartial(unit);
    expect(unit).toEqual({ code: A, townshipCode: T, households: 300, facilityBuildingArea: 90 });
  });
});

describe('values the snapshot refuses throw PlanInputError naming the path and what was expected', () => {
  const unit = (fields: Record<string, unknown>) => ({ code: A, townshipCode: T, ...fields }) as UnitInput;
  const p14 = (fields: Record<string, unknown>) => () =>
    computeIndicator('facility_area_per_100_households', [unit(fields)], { asOf: ASOF });

  it('[P1.4] negative households (-300) → units[0].households, expected a whole number 0 to 2000000000 (never "-30")', () => {
    const e = planErrorOf(p14({ households: -300, facilityBuildingArea: 90 }));
    expect(e).toEqual({
      code: 'invalid_value',
      path: ['units', 0, 'households'],
      messageZh: '应为0至2000000000的整数，实际为-300',
      messageEn: 'expected a whole number 0 to 2000000000, got -300',
    });
  });

  it.each([
    ['households', NaN, 'NaN'],
    ['households', Infinity, 'Infinity'],
    ['households', -0, '-0'],
    ['households', 1.5, '1.5'],
    ['households', 2_000_000_001, '2000000001'],
    ['households', '300', '"300"'],
    ['facilityBuildingArea', NaN, 'NaN'],
    ['facilityBuildingArea', -Infinity, '-Infinity'],
    ['facilityBuildingArea', 'abc', '"abc"'],
    ['facilityBuildingArea', -90, '-90'],
    ['facilityBuildingArea', -0, '-0'],
    ['facilityBuildingArea', 90.125, '90.125'],
    ['facilityBuildingArea', '90.125', '"90.125"'],
    ['facilityBuildingArea', 1e-7, '1e-7'],
    ['facilityBuildingArea', '1,000', '"1,000"'],
    ['facilityBuildingArea', 10_000_000.01, '10000000.01'],
    ['facilityBuildingArea', true, 'true'],
  ])('%s = %s → throws at its path, naming the value as %s', (field, value, shown) => {
    const e = planErrorOf(p14({ households: 300, facilityBuildingArea: 90, [field]: value }));
    expect(e.path).toEqual(['units', 0, field]);
    expect(e.code).toBe('invalid_value');
    expect(e.messageEn).toMatch(new RegExp(`^expected .+, got ${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it.each([
    ['hasServiceFacility', 'yes', 'expected true | false, got "yes"'],
    ['committeeType', 'village', 'expected village_committee | resident_committee, got "village"'],
    ['classification', 'town', 'expected urban | rural, got "town"'],
    ['urbanRuralCode', '311', 'expected 1xx | 2xx, got "311"'],
    ['code', '53312410130', 'expected a 12-digit code, got "53312410130"'],
  ])('%s = %s → throws at its path: %s', (field, value, en) => {
    expect(planErrorOf(p14({ households: 300, [field]: value }))).toMatchObject({ path: ['units', 0, field], messageEn: en });
  });

  it('[P1.5] an activity area above the facility area (100.01 of 100 m²): computeIndicators refuses it (exceeds_total); computeIndicator checks each value, not the relation, and reads 100.01%', () => {
    const u = unit({ hasServiceFacility: true, facilityBuildingArea: 100, facilityActivityArea: 100.01 });
    const e = planErrorOf(() => computeIndicators({ asOf: ASOF, units: [u] }));
    expect([e.code, e.path]).toEqual(['exceeds_total', ['units', 0, 'facilityActivityArea']]);
    // 100.01 ÷ 100 = 100.01%: both values understood; the relation is checked by parseSnapshot and computeIndicators.
    expect(computeIndicator('activity_area_share', [u], { asOf: ASOF }).value).toBe('100.01');
  });

  it('a unit that is not an object, and units that are not a list', () => {
    expect(planErrorOf(() => computeIndicator('rural_facility_coverage', [null as never], { asOf: ASOF })).path).toEqual(['units', 0, 'code']);
    expect(planErrorOf(() => computeIndicator('rural_facility_coverage', 'units' as never, { asOf: ASOF })).path).toEqual(['units']);
  });

  it('unitPartial names the unit: unit.households', () => {
    expect(planErrorOf(() => unitPartial(unit({ households: -1 }))).path).toEqual(['unit', 'households']);
  });

  it('[P1.7] a negative county urban population (option county) → county.urbanResidentPopulation', () => {
    const e = planErrorOf(() =>
      computeIndicator('workers_per_10000_urban_residents', [unit({ communityWorkers: 9 })], {
        asOf: ASOF,
        urbanPopulationSource: 'county',
        county: { urbanResidentPopulation: -5000 },
      }),
    );
    expect(e.path).toEqual(['county', 'urbanResidentPopulation']);
  });

  it('an impossible as-of date (2025-02-30) → asOf, not a result', () => {
    const e = planErrorOf(() => computeIndicator('rural_facility_coverage', [], { asOf: '2025-02-30' }));
    expect([e.code, e.path]).toEqual(['invalid_date', ['asOf']]);
  });
});

describe('computeIndicators: a raw snapshot is checked as parseSnapshot checks it', () => {
  it('a raw snapshot with number areas gives what its parse gives', () => {
    const raw = { asOf: ASOF, units: [{ code: A, townshipCode: T, households: 300, hasServiceFacility: true, facilityBuildingArea: 90 }] };
    expect(computeIndicators(raw)).toEqual(computeIndicators(parseSnapshot(raw)));
    expect(computeIndicators(raw).county[3]?.value).toBe('30');
  });

  it.each([
    ['negative households', { asOf: ASOF, units: [{ code: A, townshipCode: T, households: -1 }] }, 'invalid_value', ['units', 0, 'households']],
    ['an impossible asOf', { asOf: '2025-02-30', units: [] }, 'invalid_date', ['asOf']],
    ['a code listed twice', { asOf: ASOF, units: [{ code: A, townshipCode: T }, { code: A, townshipCode: T }] }, 'duplicate_unit', ['units', 1, 'code']],
    ['a township code that is not the code’s first 9 digits', { asOf: ASOF, units: [{ code: A, townshipCode: '533124102' }] }, 'invalid_value', ['units', 0, 'townshipCode']],
    ['a code outside the region', { asOf: ASOF, units: [{ code: '533123101300', townshipCode: '533123101' }] }, 'outside_region', ['units', 0, 'code']],
    ['a township Longchuan does not have', { asOf: ASOF, units: [{ code: '533124999300', townshipCode: '533124999' }] }, 'unknown_township', ['units', 0, 'townshipCode']],
    ['a county urban population above the population', { asOf: ASOF, units: [], county: { residentPopulation: 10, urbanResidentPopulation: 11 } }, 'exceeds_total', ['county', 'urbanResidentPopulation']],
    ['a bad region code', { asOf: ASOF, regionCode: '5', units: [] }, 'invalid_value', ['regionCode']],
  ])('%s → PlanInputError', (_t, snapshot, code, path) => {
    expect(planErrorOf(() => computeIndicators(snapshot as never))).toMatchObject({ code, path });
  });
});

describe('numbers, negatives and impossible dates through every public function', () => {
  const good = { code: '533124101201', townshipCode: T, households: 300, hasServiceFacility: true, facilityBuildingArea: 90, residentPopulation: 1000 };
  const negative = { ...good, residentPopulation: -1000 };
  const calls: [string, (units: UnitInput[], asOf: string) => unknown][] = [
    ['computeIndicator', (units, asOf) => computeIndicator('facility_area_per_100_households', units, { asOf })],
    ['computeIndicators', (units, asOf) => computeIndicators({ asOf, units })],
    ['unitPartial (its asOf unused)', (units) => unitPartial(units[0]!)],
    ['checkRules', (units, asOf) => checkRules({ asOf, units })],
    ['checkRule', (units, asOf) => checkRule('t10-grid-members', { asOf, units })],
    // `as never` until Rule['check'] (src/rules/types.ts) is declared to take a SnapshotInput, as checkRule does.
    ['Rule.check', (units, asOf) => getRule('p3-4-disabled-persons-association').check({ asOf, units } as never)],
  ];

  it.each(calls)('%s: number areas accepted', (_name, call) => {
    expect(() => call([good], ASOF)).not.toThrow();
  });

  it.each(calls)('%s: a negative population throws at units[0].residentPopulation (unitPartial: unit.residentPopulation)', (name, call) => {
    const e = planErrorOf(() => call([negative], ASOF));
    expect(e.path).toEqual(name.startsWith('unitPartial') ? ['unit', 'residentPopulation'] : ['units', 0, 'residentPopulation']);
  });

  it.each(calls.filter(([name]) => !name.startsWith('unitPartial')))('%s: 2025-02-30 throws at asOf', (_name, call) => {
    const e = planErrorOf(() => call([good], '2025-02-30'));
    expect([e.code, e.path]).toEqual(['invalid_date', ['asOf']]);
  });

  it('every error is a PlanInputError (an instance, not only by name)', () => {
    for (const [, call] of calls) {
      let caught: unknown;
      try {
        call([negative], ASOF);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(PlanInputError);
    }
  });
});

describe('property: raw units give what their parse gives, and what evaluate gives', () => {
  /** Integer hundredths of m², up to 10^6 m², as a JS number of m² (its shortest string has at most 2 decimals). */
  const hundredths = fc.integer({ min: 0, max: 100_000_000 });
  const rawUnit = fc
    .record(
      {
        committeeType: fc.constantFrom('village_committee' as const, 'resident_committee' as const),
        households: fc.nat(3000),
        residentPopulation: fc.nat(12000),
        communityWorkers: fc.nat(60),
        hasServiceFacility: fc.boolean(),
        hasSelfServiceTerminal: fc.boolean(),
        newCommunity: fc.boolean(),
        facility: fc.tuple(hundredths, hundredths),
        community: fc.tuple(hundredths, hundredths),
        asString: fc.boolean(),
      },
      { requiredKeys: ['committeeType', 'facility', 'community', 'asString'] },
    )
    .map(({ facility, community, asString, ...f }) => {
      // The part is the smaller of the two, so that it never exceeds its whole.
      const area = (h: number) => (asString ? String(h / 100) : h / 100);
      return {
        ...f,
        facilityActivityArea: area(Math.min(...facility)),
        facilityBuildingArea: area(Math.max(...facility)),
        commercialServiceArea: area(Math.min(...community)),
        communityBuildingArea: area(Math.max(...community)),
      };
    });
  const rawUnits = fc.array(rawUnit, { maxLength: 12 }).map((rows) => rows.map((f, i): UnitInput => ({ code: `${T}${300 + i}`, townshipCode: T, ...f })));
  const date = fc.constantFrom('2021-06-30', '2023-07-02', '2025-12-31');
  const judged = (r: IndicatorResult | undefined) =>
    r && { status: r.status, value: r.value, numerator: r.numerator, denominator: r.denominator, meetsTarget: r.meetsTarget, progress: r.progress, gap: r.gap, missingCount: r.missingCount };

  it('computeIndicator(raw) equals computeIndicator(parseSnapshot(raw).units) and evaluate’s county result', () => {
    fc.assert(
      fc.property(rawUnits, date, (units, asOf) => {
        const parsed = parseSnapshot({ asOf, units }).units;
        // computeIndicator's P1.7 reads the county's 城镇常住人口 by default; evaluate under scope 'units' reads the units'
        // own residents unless told: ask for the same reading.
        const e = evaluate({ asOf, units }, { scope: 'units', allowUnregisteredUnits: true, levels: ['county'], rules: [], urbanPopulationSource: 'county' });
        for (const id of INDICATOR_IDS) {
          const raw = computeIndicator(id, units, { asOf });
          expect(raw).toEqual(computeIndicator(id, parsed, { asOf }));
          expect(judged(raw)).toEqual(judged(e.indicators.find((x) => x.id === id)));
        }
      }),
      { numRuns: 60 },
    );
  });
});
