import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/_lib/decimal';
import { deepFreeze } from '../../src/_lib/deepFreeze';
import {
  computeIndicator,
  computeIndicators,
  emptyPartial,
  finalizePartial,
  INDICATOR_IDS,
  mergePartials,
  unitPartial,
  type IndicatorOptions,
  type IndicatorPartial,
  type IndicatorResult,
} from '../../src/indicators';
import type { Snapshot, Unit } from '../../src/snapshot';

const TOWNSHIPS = ['533124101', '533124102', '533124103', '533124201', '533124400'];

/** Canonical area string from integer hundredths (as the snapshot parser would give). */
const area = fc.integer({ min: 0, max: 5_000_000 }).map((h) => {
  const s = String(h).padStart(3, '0');
  const frac = s.slice(-2).replace(/0+$/, '');
  const whole = s.slice(0, -2).replace(/^0+(?=\d)/, '');
  return frac === '' ? whole : `${whole}.${frac}`;
});

const fields = fc.record(
  {
    committeeType: fc.constantFrom('village_committee' as const, 'resident_committee' as const),
    urbanRuralCode: fc.constantFrom('111', '121', '210', '220'),
    classification: fc.constantFrom('urban' as const, 'rural' as const),
    households: fc.nat(3000),
    residentPopulation: fc.nat(12000),
    hasServiceFacility: fc.boolean(),
    facilityBuildingArea: area,
    facilityActivityArea: area,
    communityBuildingArea: area,
    commercialServiceArea: area,
    newCommunity: fc.boolean(),
    hasSelfServiceTerminal: fc.boolean(),
    communityWorkers: fc.nat(60),
  },
  { requiredKeys: ['committeeType'] },
);

/** The unit with each part area no larger than its whole (swapped when larger), as the snapshot requires. */
function withinWholes(u: Unit): Unit {
  const out = { ...u };
  for (const [part, whole] of [['facilityActivityArea', 'facilityBuildingArea'], ['commercialServiceArea', 'communityBuildingArea']] as const) {
    const a = out[part];
    const b = out[whole];
    if (a !== undefined && b !== undefined && dec(a).gt(b)) [out[part], out[whole]] = [b, a];
  }
  return out;
}

/** Units with distinct codes across a few townships (fields sometimes left out). */
const unitsArb = fc.array(fc.tuple(fc.constantFrom(...TOWNSHIPS), fields), { maxLength: 40 }).map((rows) => {
  const seq = new Map<string, number>();
  return rows.map(([t, f]): Unit => {
    const n = seq.get(t) ?? 0;
    seq.set(t, n + 1);
    return withinWholes({ code: `${t}${String(500 + n)}`, townshipCode: t, ...f });
  });
});

const optionsArb: fc.Arbitrary<IndicatorOptions> = fc.record({
  classifyBy: fc.constantFrom('committee' as const, 'nbs_code' as const, 'caller' as const),
  commercialShareScope: fc.constantFrom('urban' as const, 'new_urban' as const),
});

const dateArb = fc.constantFrom('2020-12-31', '2022-03-15', '2023-07-02', '2025-12-31');

const partialOf = (units: readonly Unit[], options?: IndicatorOptions): IndicatorPartial =>
  units.map((u) => unitPartial(u, options)).reduce(mergePartials, emptyPartial());

const countyOf = (p: IndicatorPartial, asOf: string): IndicatorResult[] =>
  finalizePartial(p, { level: 'county', subject: '533124', asOf });

describe('[P1.1] [P1.2] [P1.6] properties of the coverage rates', () => {
  it('coverage rates stay within 0–100% at every level', () => {
    fc.assert(
      fc.property(unitsArb, optionsArb, (units, options) => {
        const r = computeIndicators({ asOf: '2024-12-31', units } as Snapshot, options);
        for (const list of [r.county, ...Object.values(r.townships), ...Object.values(r.units)]) {
          for (const x of list) {
            if (!['rural_facility_coverage', 'urban_facility_coverage', 'urban_self_service_coverage'].includes(x.id)) continue;
            if (x.value === null) continue;
            expect(dec(x.value).gte(0) && dec(x.value).lte(100)).toBe(true);
          }
        }
      }),
    );
  });
});

describe('[P1.1]–[P1.7] properties of the roll-up', () => {
  it('merge is commutative and associative, with emptyPartial as identity', () => {
    fc.assert(
      fc.property(unitsArb, unitsArb, unitsArb, optionsArb, (a, b, c, o) => {
        const [pa, pb, pc] = [partialOf(a, o), partialOf(b, o), partialOf(c, o)];
        expect(mergePartials(pa, pb)).toEqual(mergePartials(pb, pa));
        expect(mergePartials(mergePartials(pa, pb), pc)).toEqual(mergePartials(pa, mergePartials(pb, pc)));
        expect(mergePartials(pa, emptyPartial())).toEqual(pa);
      }),
    );
  });

  it('the county equals the recomputation from its townships, from its units, and computeIndicator over all units', () => {
    fc.assert(
      fc.property(unitsArb, optionsArb, dateArb, (units, options, asOf) => {
        const r = computeIndicators({ asOf, units } as Snapshot, options);
        const fromTownships = TOWNSHIPS.map((t) => partialOf(units.filter((u) => u.townshipCode === t), options)).reduce(mergePartials);
        expect(r.county).toEqual(finalizePartial(fromTownships, { level: 'county', subject: '533124', asOf, ...options }));
        for (const t of Object.keys(r.townships)) {
          const p = partialOf(units.filter((u) => u.townshipCode === t), options);
          expect(r.townships[t]).toEqual(finalizePartial(p, { level: 'township', subject: t, asOf }));
        }
        for (const id of INDICATOR_IDS) {
          expect(computeIndicator(id, units, { asOf, ...options })).toEqual(r.county.find((x) => x.id === id));
        }
      }),
    );
  });

  it('any split of the units into groups, merged in any order, gives the same county result', () => {
    fc.assert(
      fc.property(
        unitsArb.chain((units) =>
          fc.tuple(fc.constant(units), fc.array(fc.nat(4), { minLength: units.length, maxLength: units.length }), fc.boolean()),
        ),
        optionsArb,
        ([units, groupOf, reverse], options) => {
          const groups: Unit[][] = [[], [], [], [], []];
          units.forEach((u, i) => groups[groupOf[i] ?? 0]?.push(u));
          const parts = groups.map((g) => partialOf(g, options));
          if (reverse) parts.reverse();
          const merged = parts.reduce(mergePartials, emptyPartial());
          expect(countyOf(merged, '2024-12-31')).toEqual(countyOf(partialOf(units, options), '2024-12-31'));
        },
      ),
    );
  });

  it('a formula is monotone in its numerator: more never lowers the value or un-meets the target', () => {
    fc.assert(
      fc.property(unitsArb, fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...INDICATOR_IDS), (units, delta, id) => {
        const p = partialOf(units);
        const s = p.indicators[id];
        const more: IndicatorPartial = {
          ...p,
          indicators: { ...p.indicators, [id]: { ...s, numerator: Number(s.numerator) + delta } },
        };
        const before = countyOf(p, '2024-12-31').find((x) => x.id === id) as IndicatorResult;
        const after = countyOf(more, '2024-12-31').find((x) => x.id === id) as IndicatorResult;
        if (before.value === null || after.value === null) return;
        expect(dec(after.value).gte(dec(before.value))).toBe(true);
        if (before.meetsTarget === true) expect(after.meetsTarget).toBe(true);
        if (before.gap !== null && after.gap !== null) expect(dec(after.gap).lte(dec(before.gap))).toBe(true);
      }),
    );
  });

  it('inputs are never mutated (a deep-frozen snapshot computes, and equals its copy afterwards)', () => {
    fc.assert(
      fc.property(unitsArb, optionsArb, (units, options) => {
        const snapshot = { asOf: '2024-12-31', county: { urbanResidentPopulation: 1000 }, units } as Snapshot;
        const copy = structuredClone(snapshot);
        deepFreeze(snapshot);
        const frozenOptions = deepFreeze({ ...options });
        computeIndicators(snapshot, frozenOptions);
        const parts = snapshot.units.map((u) => deepFreeze(unitPartial(u, frozenOptions)));
        const merged = parts.reduce(mergePartials, deepFreeze(emptyPartial()));
        finalizePartial(deepFreeze(merged), { level: 'county', subject: '533124', asOf: '2024-12-31' });
        expect(snapshot).toEqual(copy);
      }),
    );
  });

  it('results are plain JSON: they survive a JSON round trip unchanged, with no undefined and fixed key order', () => {
    fc.assert(
      fc.property(unitsArb, optionsArb, (units, options) => {
        const r = computeIndicators({ asOf: '2024-12-31', units } as Snapshot, options);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        for (const x of r.county) {
          expect(Object.keys(x)).toEqual([
            'id',
            'clause',
            'level',
            'subject',
            'status',
            'value',
            'numerator',
            'denominator',
            'target',
            'meetsTarget',
            'progress',
            'gap',
            'missing',
            'missingCount',
            'partial',
          ]);
          expect(Object.values(x).includes(undefined)).toBe(false);
          if (x.status === 'missing_data') expect(x.missing.length).toBeGreaterThan(0);
          else expect(x.missing).toEqual([]);
        }
      }),
    );
  });
});
