// Invariants across the library, each checked on 1,000 generated cases (fast-check). Snapshots are small (≤ 6 units)
// so that each property stays within a few seconds. Invariants already covered elsewhere are not repeated here
// (docs/hardening.md lists them): merge associativity/commutativity/identity, the county as the merge of any split of
// its units, monotone formulas, rates within 0–100% for the unparsed formulas (test/indicators/properties.test.ts);
// rule purity and unit-order independence of the rules (test/rules/properties.test.ts); elapsedShare monotone and
// bounded (test/period/elapsedShare.test.ts); calendar-date round trips (test/period/parseCalendarDate.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFractions, decimalToFraction, toHundredths } from '../../src/_lib/fraction';
import { deepFreeze } from '../../src/_lib/deepFreeze';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import * as lib from '../../src/index';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateSnapshot } from '../../src/evaluate/evaluateSnapshot';
import { add } from '../../src/indicators/_exact';
import { computeIndicators } from '../../src/indicators/computeIndicators';
import { expectedValue } from '../../src/indicators/expectedValue';
import { formatIndicatorValue } from '../../src/indicators/formatIndicatorValue';
import { INDICATORS } from '../../src/indicators/INDICATORS';
import { INDICATOR_IDS } from '../../src/indicators/INDICATOR_IDS';
import type { IndicatorResult } from '../../src/indicators/IndicatorResult';
import { elapsedShareDecimal } from '../../src/period/elapsedShareDecimal';
import { checkTimeInterval } from '../../src/snapshot/ruleData/weeklySchedule';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import {
  areaOf,
  canonicalHundredths,
  dateBetween,
  divide40,
  fraction,
  roundFixed,
  snapshotArb,
  unitWithCode,
} from './_arbitraries';

// 1,000 runs each; mutation testing (vitest.mutation.config.ts) sets HARDENING_RUNS lower, as it reruns them per mutant.
const RUNS = { numRuns: Number(process.env['HARDENING_RUNS'] ?? 1000) } as const;
const SLOW = 60_000;
const CJK = /[\u4e00-\u9fff]/;
const polluted = () => ({} as Record<string, unknown>)['polluted'] !== undefined || Object.hasOwn(Object.prototype, 'polluted');

/** The unit fields of the schema and values of every kind for them, valid or not. */
const UNIT_FIELDS = Object.keys(lib.unitSchema.shape);
const anyValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }),
  fc.constantFrom(-1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1,200', '１２', '12.345', '2025-02-30', '25:00', '', '\u0000'),
);

/** Sum of decimal strings, exactly (BigInt over a common scale). */
function sumDecimals(values: readonly string[]): string {
  let n = 0n;
  for (const v of values) {
    const [a, b] = fraction(v);
    n += (a * 100n) / b; // every sum in a partial has at most 2 decimals (hundredths of m²) or none (counts)
  }
  return canonicalHundredths(n);
}

const figures = (r: IndicatorResult) => (r.numerator === null ? r.partial : { numerator: r.numerator, denominator: r.denominator as string });

describe('invariants: input', () => {
  it('1. safeParseSnapshot never throws, on anything: every issue is coded, located and bilingual; no prototype is touched', () => {
    const inputs = fc.oneof(
      fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
      fc.record({ asOf: fc.oneof(fc.constant('2025-06-30'), fc.anything()), units: fc.array(fc.dictionary(fc.constantFrom(...UNIT_FIELDS, '__proto__', 'constructor'), anyValue), { maxLength: 3 }) }, { requiredKeys: [] }),
      fc.jsonValue().map((v) => JSON.parse(JSON.stringify({ asOf: '2025-06-30', units: [], records: { ['__proto__']: v, constructor: v }, county: v }))),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const r = safeParseSnapshot(input);
        for (const i of r.issues) {
          expect(i.code).toMatch(/^[a-z_]+$/);
          expect(Array.isArray(i.path) && i.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
          expect(i.messageZh).toMatch(CJK);
          expect(i.messageEn).toMatch(/[a-z]/);
        }
        expect(r.success).toBe(r.issues.length === 0);
        expect(polluted()).toBe(false);
      }),
      RUNS,
    );
  });

  it('2. one spoilt field in one unit: evaluate never throws; the unit is kept or rejected with issues under its own path; the others are evaluated', () => {
    fc.assert(
      fc.property(snapshotArb(3), fc.constantFrom(...UNIT_FIELDS), anyValue, fc.nat(), (s, field, value, at) => {
        const used = new Set(s.units.map((u) => u['code']));
        const spare = VILLAGE_UNITS.find((u) => !used.has(u.code))!;
        const i = at % (s.units.length + 1);
        const spoilt = { code: spare.code, townshipCode: spare.townshipCode, [field]: value };
        const units = [...s.units.slice(0, i), spoilt, ...s.units.slice(i)];
        const e = evaluate({ ...s, units });
        expect(e.input.units).toBe(units.length);
        const rejected = e.input.rejected.map((r) => r.index);
        expect(rejected.every((x) => x === i)).toBe(true);
        expect(e.input.evaluated).toBe(units.length - rejected.length);
        for (const iss of e.input.issues) expect(iss.path.slice(0, 2)).toEqual(['units', i]);
        expect(rejected.length > 0).toBe(e.input.issues.length > 0);
        expect(polluted()).toBe(false);
      }),
      RUNS,
    );
  }, SLOW);

  it('3. a rejected unit changes nothing else: the evaluation equals that of the snapshot without it', () => {
    fc.assert(
      fc.property(snapshotArb(3), fc.constantFrom(...UNIT_FIELDS), anyValue, fc.nat(), (s, field, value, at) => {
        const used = new Set(s.units.map((u) => u['code']));
        const spare = VILLAGE_UNITS.find((u) => !used.has(u.code))!;
        const i = at % (s.units.length + 1);
        const spoilt = { code: spare.code, townshipCode: spare.townshipCode, [field]: value };
        const with_ = { ...s, units: [...s.units.slice(0, i), spoilt, ...s.units.slice(i)] };
        fc.pre(!used.has(value) && !safeParseSnapshot({ asOf: s.asOf, units: [spoilt] }).success);
        const { input: a, ...bad } = evaluate(with_, { levels: ['county', 'unit'] });
        const { input: b, ...clean } = evaluate(s, { levels: ['county', 'unit'] });
        expect(a.rejected).toEqual([typeof spoilt.code === 'string' ? { index: i, code: spoilt.code } : { index: i }]);
        expect(b.rejected).toEqual([]);
        expect(bad).toEqual(clean);
      }),
      RUNS,
    );
  }, SLOW);

  it('4. a part never exceeds its whole: the parser accepts a unit exactly when every part is within its whole', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }));
    fc.assert(
      fc.property(pair, pair, pair, (act, com, trained) => {
        const [ab, bb] = act;
        const unit = {
          code: '533124101001',
          townshipCode: '533124101',
          facilityActivityArea: canonicalHundredths(ab),
          facilityBuildingArea: ab % 2 === 0 ? bb / 100 : canonicalHundredths(bb),
          commercialServiceArea: com[0] / 100,
          communityBuildingArea: canonicalHundredths(com[1]),
          communityWorkersTrained: trained[0] % 100,
          communityWorkers: trained[1] % 100,
        };
        const r = safeParseSnapshot({ asOf: '2025-06-30', units: [unit] });
        const expected = [
          ...(ab > bb ? ['facilityActivityArea'] : []),
          ...(com[0] > com[1] ? ['commercialServiceArea'] : []),
          ...(trained[0] % 100 > trained[1] % 100 ? ['communityWorkersTrained'] : []),
        ];
        expect(r.issues.map((i) => [i.code, i.path[2]])).toEqual(expected.map((f) => ['exceeds_total', f]));
        for (const i of r.issues) expect(i.messageEn).toContain(String(unit[i.path[2] as keyof typeof unit]));
      }),
      RUNS,
    );
  });

  it('5. parse → JSON → parse is the identity on valid snapshots (areas canonical, byte-identical JSON)', () => {
    fc.assert(
      fc.property(snapshotArb(5), (s) => {
        const once = parseSnapshot(s);
        const json = JSON.stringify(once);
        const twice = parseSnapshot(JSON.parse(json));
        expect(twice).toEqual(once);
        expect(JSON.stringify(twice)).toBe(json);
      }),
      RUNS,
    );
  });

  it('6. every way of writing an area parses to the same canonical string and the same exact hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }).chain((h) => fc.tuple(fc.constant(h), areaOf(h))), ([h, written]) => {
        const u = parseSnapshot({ asOf: '2025-06-30', units: [{ code: '533124101001', townshipCode: '533124101', facilityBuildingArea: written }] }).units[0]!;
        expect(u.facilityBuildingArea).toBe(canonicalHundredths(h));
        expect(toHundredths(u.facilityBuildingArea!)).toBe(h);
      }),
      RUNS,
    );
  });
});

describe('invariants: evaluation', () => {
  it('7. evaluate is deterministic and pure: byte-identical JSON twice and for a copy; a deep-frozen input is never changed', () => {
    fc.assert(
      fc.property(snapshotArb(3), (s) => {
        const before = JSON.stringify(s);
        const frozen = deepFreeze(structuredClone(s));
        const a = JSON.stringify(evaluate(frozen));
        expect(JSON.stringify(evaluate(frozen))).toBe(a);
        expect(JSON.stringify(evaluate(JSON.parse(before)))).toBe(a);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      RUNS,
    );
  }, SLOW);

  it('8. any order of the units gives the same evaluation (unit-scoped rule results reordered only)', () => {
    fc.assert(
      fc.property(
        snapshotArb(5).chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s.units, { minLength: s.units.length, maxLength: s.units.length }))),
        ([s, shuffled]) => {
          const a = evaluate(s);
          const b = evaluate({ ...s, units: shuffled });
          const key = (r: { ruleId: string; subject: string }) => `${r.ruleId}|${r.subject}`;
          const sorted = <T extends { ruleId: string; subject: string }>(xs: readonly T[]) => [...xs].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
          expect(JSON.stringify(b.indicators)).toBe(JSON.stringify(a.indicators));
          expect(b.headline).toEqual(a.headline);
          expect(b.summary).toEqual(a.summary);
          expect(sorted(b.rules)).toEqual(sorted(a.rules));
        },
      ),
      RUNS,
    );
  }, SLOW);

  it('9. every share of a whole is within 0–100% at every level, for any input the parser accepts (parts above wholes are rejected)', () => {
    const SHARES = ['rural_facility_coverage', 'urban_facility_coverage', 'commercial_service_area_share', 'activity_area_share', 'urban_self_service_coverage'];
    const loose = fc.tuple(snapshotArb(5), fc.array(fc.tuple(fc.nat(5), fc.constantFrom('facilityActivityArea', 'commercialServiceArea'), fc.integer({ min: 0, max: 3_000_000 })), { maxLength: 3 }));
    fc.assert(
      fc.property(loose, ([s, spoils]) => {
        for (const [i, field, h] of spoils) if (s.units[i]) s.units[i]![field] = h / 100;
        const r = safeParseSnapshot(s);
        const snapshot = (r.success ? r.data : r.data)!;
        const all = computeIndicators(snapshot);
        for (const x of [...all.county, ...Object.values(all.townships).flat(), ...Object.values(all.units).flat()]) {
          if (!SHARES.includes(x.id) || x.value === null) continue;
          const [n, d] = fraction(x.value);
          expect(n <= 100n * d).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('10. exactness: every value is numerator × factor ÷ denominator to 40 significant digits, exactly when it terminates (BigInt reference)', () => {
    const FACTOR = new Map(INDICATORS.map((d) => [d.id, d.factor]));
    fc.assert(
      fc.property(snapshotArb(6), (s) => {
        const all = computeIndicators(parseSnapshot(s));
        for (const x of [...all.county, ...Object.values(all.townships).flat(), ...Object.values(all.units).flat()]) {
          if (x.status !== 'ok') continue;
          const [nn, nd] = fraction(x.numerator!);
          const [dn, dd] = fraction(x.denominator!);
          const [fn, fd] = fraction(FACTOR.get(x.id)!);
          expect([x.id, x.value]).toEqual([x.id, divide40(nn * fn * dd, nd * fd * dn)]);
        }
      }),
      RUNS,
    );
  });

  it('11. roll-up: under urbanPopulationSource \'units\' the county numerator and denominator are the exact sums of the townships’, and each township’s of its units’; under the default \'county\' P1.7’s county denominator is the county’s 城镇常住人口', () => {
    const P17 = INDICATOR_IDS.indexOf('workers_per_10000_urban_residents');
    fc.assert(
      fc.property(snapshotArb(6), (s) => {
        const parsed = parseSnapshot(s);
        // 'units': every indicator, P1.7 included, is the ratio of the summed figures at every level.
        const all = computeIndicators(parsed, { urbanPopulationSource: 'units' });
        const townships = Object.entries(all.townships);
        INDICATOR_IDS.forEach((_id, k) => {
          const county = figures(all.county[k]!);
          const parts = townships.map(([, rs]) => figures(rs[k]!));
          if (county === null || parts.some((p) => p === null)) return;
          expect(county.numerator).toBe(sumDecimals(parts.map((p) => p!.numerator)));
          expect(county.denominator).toBe(sumDecimals(parts.map((p) => p!.denominator)));
          for (const [code, rs] of townships) {
            const t = figures(rs[k]!)!;
            const units = Object.entries(all.units).filter(([c]) => c.startsWith(code)).map(([, us]) => figures(us[k]!));
            if (units.some((u) => u === null)) continue;
            expect(t.numerator).toBe(sumDecimals(units.map((u) => u!.numerator)));
            expect(t.denominator).toBe(sumDecimals(units.map((u) => u!.denominator)));
          }
        });
        // 'county' (the default): only P1.7's county result changes. Its numerator is still the townships' summed
        // workers; its denominator is county.urbanResidentPopulation, and without that figure it is missing data
        // naming it (no partial figures, the denominator being unknown). Units and townships are the same as above.
        const byCounty = computeIndicators(parsed);
        expect(byCounty.units).toEqual(all.units);
        expect(byCounty.townships).toEqual(all.townships);
        INDICATOR_IDS.forEach((id, k) => {
          if (k !== P17) expect([id, byCounty.county[k]]).toEqual([id, all.county[k]]);
        });
        const r = byCounty.county[P17]!;
        const population = parsed.county?.urbanResidentPopulation;
        if (population === undefined) {
          expect([r.status, r.partial]).toEqual(['missing_data', null]);
          expect(r.missing).toContainEqual({ unit: '533124', field: 'county.urbanResidentPopulation' });
          return;
        }
        const county = figures(r);
        const parts = townships.map(([, rs]) => figures(rs[P17]!));
        if (county === null || parts.some((p) => p === null)) return;
        expect(county.denominator).toBe(String(population));
        // A township's P1.7 needs each community's workers and residents; the county reading needs the workers only.
        // With every township complete the numerators are the same sum; otherwise the county counts at least the
        // townships' complete communities (plus those that gave workers but no residents).
        const summed = sumDecimals(parts.map((p) => p!.numerator));
        if (townships.every(([, rs]) => rs[P17]!.status !== 'missing_data')) expect(county.numerator).toBe(summed);
        else expect(BigInt(county.numerator) >= BigInt(summed)).toBe(true);
      }),
      RUNS,
    );
  });

  it('12. adding a compliant unit never turns a met county target into an unmet one (the seven indicators; [P3.2] day-care coverage)', () => {
    const grown = snapshotArb(5).chain((s) => {
      const used = new Set(s.units.map((u) => u['code']));
      const free = VILLAGE_UNITS.filter((u) => !used.has(u.code));
      return fc.tuple(fc.constant(s), fc.constantFrom(...free).chain((u) => unitWithCode(u.code) as fc.Arbitrary<Record<string, unknown>>));
    });
    fc.assert(
      fc.property(grown, ([s, extra]) => {
        const before = computeIndicators(parseSnapshot(s));
        const after = computeIndicators(parseSnapshot({ ...s, units: [...s.units, extra] }));
        const own = after.units[extra['code'] as string]!;
        INDICATOR_IDS.forEach((id, k) => {
          const b = before.county[k]!;
          const a = after.county[k]!;
          const u = own[k]!;
          const compliant = u.status === 'not_applicable' || (u.status === 'ok' && u.meetsTarget === true);
          if (b.status === 'ok' && b.meetsTarget === true && a.status === 'ok' && compliant) expect([id, a.meetsTarget]).toEqual([id, true]);
        });
        const rule = (x: unknown) => evaluate(x, { rules: ['p3-2-day-care-coverage'], levels: ['county'] }).rules[0]!;
        if (extra['hasDayCareCoverage'] === true) {
          const r0 = rule(s);
          const r1 = rule({ ...s, units: [...s.units, extra] });
          if (r0.status === 'pass' && r1.status !== 'missing_data') expect(r1.status).toBe('pass');
        }
      }),
      RUNS,
    );
  }, SLOW);

  it('13. evaluate(x) equals evaluateSnapshot(parseSnapshot(x)) for valid x, and the headline is the county level rounded', () => {
    fc.assert(
      fc.property(snapshotArb(4), fc.constantFrom<'half_up' | 'half_even'>('half_up', 'half_even'), fc.integer({ min: 0, max: 3 }), (s, rounding, indicatorPlaces) => {
        const e = evaluate(s, { rounding, indicatorPlaces });
        expect(JSON.stringify(evaluateSnapshot(parseSnapshot(s), { rounding, indicatorPlaces }))).toBe(JSON.stringify(e));
        const county = e.indicators.filter((r) => r.level === 'county');
        e.headline.forEach((h, k) => {
          expect([h.id, h.value, h.meetsTarget, h.progress, h.gap]).toEqual([county[k]!.id, county[k]!.value, county[k]!.meetsTarget, county[k]!.progress.status, county[k]!.gap]);
          if (h.value === null) return expect(h.display).toBeNull();
          const plain = roundFixed(h.value, indicatorPlaces, rounding);
          // A value that misses its target never displays as reaching it: more places are shown instead.
          if (h.meetsTarget === true || decimalLess(plain, h.target)) expect(h.display).toBe(plain);
          else expect(decimalLess(h.display!, h.target) && places(h.display!) > places(plain)).toBe(true);
        });
        expect(Object.values(e.summary.rules).reduce((x, y) => x + y, 0)).toBe(e.rules.length);
        expect(Object.values(e.summary.indicators).reduce((x, y) => x + y, 0)).toBe(7);
      }),
      {
        ...RUNS,
        // Found by CI: 300.62 / 3006.22 = 9.99993…% shows "10.000" at 3 places, so the display takes a 4th: "9.9999".
        examples: [
          [
            {
              asOf: '2020-06-01',
              units: [{ code: '533124203205', townshipCode: '533124203', committeeType: 'resident_committee', commercialServiceArea: 300.62, communityBuildingArea: 3006.22 }],
            } as never,
            'half_up',
            3,
          ],
        ],
      },
    );
  }, SLOW);
});

/** The number of places after the point ("10.000" has 3, "9.9999" has 4): its length would mislead when the whole part shrinks. */
function places(a: string): number {
  return a.split('.')[1]?.length ?? 0;
}

/** a < b for non-negative plain decimal strings, exactly (BigInt at a common scale). */
function decimalLess(a: string, b: string): boolean {
  const scale = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const big = (x: string) => {
    const [i, f = ''] = x.split('.');
    return BigInt(i! + f.padEnd(scale, '0'));
  };
  return big(a) < big(b);
}

describe('invariants: arithmetic and rounding', () => {
  const decimalString = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }))
    .map(([n, scale]) => {
      const s = n.toString().padStart(scale + 1, '0');
      return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/^0+(?=\d)/, '');
    });

  it('14. formatIndicatorValue rounds exactly as the BigInt reference, half up and half even', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 20 }), fc.constantFrom<'half_up' | 'half_even'>('half_up', 'half_even'), (v, places, mode) => {
        expect(formatIndicatorValue(v, { places, mode })).toBe(roundFixed(v, places, mode));
      }),
      RUNS,
    );
  });

  it('15. rounding then parsing round-trips: the display re-parses to itself, within half a unit of the last place', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 6 }), fc.constantFrom<'half_up' | 'half_even'>('half_up', 'half_even'), (v, places, mode) => {
        const shown = formatIndicatorValue(v, { places, mode });
        expect(formatIndicatorValue(shown, { places, mode })).toBe(shown);
        const [a, b] = fraction(v);
        const [c, d] = fraction(shown);
        // |shown − v| ≤ ½ × 10^-places  ⇔  2 × |c·b − a·d| × 10^places ≤ b·d
        const diff = c * b > a * d ? c * b - a * d : a * d - c * b;
        expect(2n * diff * 10n ** BigInt(places) <= b * d).toBe(true);
      }),
      RUNS,
    );
  });

  it('16. compareFractions agrees with BigInt cross-multiplication, also past 2^53', () => {
    const n = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const p = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(n, p, n, p, (a, b, c, d) => {
        const l = BigInt(a) * BigInt(d);
        const r = BigInt(c) * BigInt(b);
        expect(compareFractions(a, b, c, d)).toBe(l < r ? -1 : l > r ? 1 : 0);
        expect(compareFractions(c, d, a, b)).toBe(l < r ? 1 : l > r ? -1 : 0);
      }),
      RUNS,
    );
  });

  it('17. decimals to fractions and hundredths are exact for every canonical amount up to 10 km² (and 10^9 yuan)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (h) => {
        const s = canonicalHundredths(h);
        expect(toHundredths(s)).toBe(h);
        const [num, den] = decimalToFraction(s);
        expect(BigInt(num) * 100n).toBe(BigInt(h) * BigInt(den));
        expect([1, 10, 100]).toContain(den);
      }),
      RUNS,
    );
  });

  it('18. exact sums: add() equals BigInt addition across 2^53, and is commutative and associative', () => {
    const big = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.bigInt({ min: 0n, max: 10n ** 25n }).map((b) => (b > BigInt(Number.MAX_SAFE_INTEGER) ? b.toString() : Number(b))));
    fc.assert(
      fc.property(big, big, big, (a, b, c) => {
        const sum = add(add(a, b), c);
        expect(String(sum)).toBe((BigInt(a) + BigInt(b) + BigInt(c)).toString());
        expect(typeof sum === 'number' ? Number.isSafeInteger(sum) : BigInt(sum) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
        expect(add(a, b)).toEqual(add(b, a));
        expect(add(a, add(b, c))).toEqual(sum);
      }),
      RUNS,
    );
  });

  it('19. the expected trajectory is exact, between baseline and target, and never falls as the date advances', () => {
    const WITH_BASELINE = INDICATORS.filter((d) => d.baseline !== undefined);
    fc.assert(
      fc.property(dateBetween('2019-01-01', '2027-12-31'), dateBetween('2019-01-01', '2027-12-31'), fc.constantFrom(...WITH_BASELINE), (x, y, def) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const ea = expectedValue(def.id, a)!;
        const eb = expectedValue(def.id, b)!;
        const lo = fraction(def.baseline!.value);
        const hi = fraction(def.target.value);
        const le = (p: [bigint, bigint], q: [bigint, bigint]) => p[0] * q[1] <= q[0] * p[1];
        expect(le(lo, fraction(ea)) && le(fraction(ea), hi)).toBe(true);
        expect(le(fraction(ea), fraction(eb))).toBe(true);
        // baseline + (target − baseline) × days / 1826, to 40 significant digits.
        const days = BigInt(Math.min(Math.max((Date.parse(a) - Date.parse('2020-12-31')) / 86_400_000, 0), 1826));
        const P = lo[0] * hi[1] * 1826n + (hi[0] * lo[1] - lo[0] * hi[1]) * days;
        expect(ea).toBe(divide40(P, lo[1] * hi[1] * 1826n));
      }),
      RUNS,
    );
  });

  it('20. opening intervals: HH:MM-HH:MM is accepted exactly when both times exist and it ends after it starts; nothing else is', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(two, two, two, two, fc.oneof(fc.string(), fc.anything()), (h1, m1, h2, m2, junk) => {
        const r = checkTimeInterval(`${h1}:${m1}-${h2}:${m2}`);
        const start = +h1 * 60 + +m1;
        const end = +h2 * 60 + +m2;
        const valid = +h1 <= 23 && +m1 <= 59 && (+h2 <= 23 || (+h2 === 24 && +m2 === 0)) && +m2 <= 59 && start < end;
        expect(r.ok).toBe(valid);
        if (r.ok) expect([r.start, r.end]).toEqual([start, end]);
        else expect(r.messageEn).toContain(`${h1}:${m1}-${h2}:${m2}`);
        const j = checkTimeInterval(junk);
        if (j.ok) expect(junk).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}$/);
      }),
      RUNS,
    );
  });
});

describe('invariants: exported constants', () => {
  const CONSTANTS = Object.entries(lib).filter(([, v]) => typeof v === 'object' && v !== null && !('_zod' in v));

  /** Every object reachable from a constant, with its path. */
  function reachable(v: unknown, path: string, out: [string, object][], seen: Set<unknown>): [string, object][] {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) return out;
    seen.add(v);
    out.push([path, v as object]);
    for (const k of Reflect.ownKeys(v as object)) {
      const d = Reflect.getOwnPropertyDescriptor(v as object, k)!;
      if ('value' in d) reachable(d.value, `${path}.${String(k)}`, out, seen);
    }
    return out;
  }
  const OBJECTS = CONSTANTS.flatMap(([name, v]) => reachable(v, name, [], new Set()));

  it('every object reachable from an exported constant is frozen (all of them, not a sample)', () => {
    expect(OBJECTS.filter(([, o]) => !Object.isFrozen(o)).map(([path]) => path)).toEqual([]);
    expect(OBJECTS.some(([, o]) => typeof o === 'function')).toBe(true);
  });

  it(`21. every exported constant is deep-frozen: writing, adding, deleting or redefining any of its ${OBJECTS.length} objects throws and changes nothing`, () => {
    expect(CONSTANTS.map(([n]) => n)).toEqual(expect.arrayContaining(['PLAN', 'CLAUSES', 'INDICATORS', 'RULES', 'ACTIONS', 'TOWNSHIPS', 'VILLAGE_UNITS', 'COUNTY', 'REPORT_LABELS']));
    fc.assert(
      fc.property(fc.constantFrom(...OBJECTS), fc.string({ minLength: 1, maxLength: 8 }), anyValue, ([path, o], newKey, value) => {
        expect([path, Object.isFrozen(o)]).toEqual([path, true]);
        const keys = Reflect.ownKeys(o);
        const key = keys.length > 0 ? keys[newKey.length % keys.length]! : newKey;
        const before = Reflect.getOwnPropertyDescriptor(o, key);
        expect(() => {
          (o as Record<PropertyKey, unknown>)[key] = value;
        }).toThrow(TypeError);
        expect(() => Object.defineProperty(o, `${newKey}\u0000`, { value })).toThrow(TypeError);
        expect(() => {
          delete (o as Record<PropertyKey, unknown>)[key];
        }).toThrow(TypeError);
        expect(Reflect.getOwnPropertyDescriptor(o, key)).toEqual(before);
        expect(Reflect.ownKeys(o)).toEqual(keys);
      }),
      RUNS,
    );
  });
});

describe('invariants: errors', () => {
  it('22. the date and rounding helpers throw only PlanInputError, with the path they were given, on any value', () => {
    const fns: [string, (v: unknown) => unknown][] = [
      ['formatIndicatorValue', (v) => formatIndicatorValue(v as string)],
      ['elapsedShareDecimal', (v) => elapsedShareDecimal(v as string)],
      ['expectedValue', (v) => expectedValue('rural_facility_coverage', v as string)],
    ];
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.constant({ toString: false }), fc.string(), fc.constantFrom('2025-02-30', '1899-12-31', '2101-01-01', '-1', '1e5', '')), fc.constantFrom(...fns), (v, [, f]) => {
        try {
          f(v);
        } catch (err) {
          expect(err).toBeInstanceOf(PlanInputError);
          expect((err as PlanInputError).messageZh).toMatch(CJK);
          expect((err as PlanInputError).path.length).toBe(1);
        }
      }),
      RUNS,
    );
  });
});
