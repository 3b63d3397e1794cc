// Generators of small, valid snapshots as callers write them (JSON data: areas as numbers or strings, optional
// fields left out), and BigInt references for exact arithmetic. Used by invariants.test.ts.
import fc from 'fast-check';
import { VILLAGE_UNITS } from '../../src/units/units.generated';

/** Canonical decimal string of integer hundredths: 32050 → '320.5', 5 → '0.05', 300 → '3'. */
export function canonicalHundredths(h: number | bigint): string {
  const s = String(h).padStart(3, '0');
  const whole = s.slice(0, -2).replace(/^0+(?=\d)/, '');
  const frac = s.slice(-2).replace(/0+$/, '');
  return frac === '' ? whole : `${whole}.${frac}`;
}

/** An area as a caller may write it: a number, its canonical string, or a string with 2 decimals ('320.50'). */
export const areaOf = (h: number): fc.Arbitrary<number | string> =>
  fc.constantFrom<number | string>(h / 100, canonicalHundredths(h), `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`);

/** Area in hundredths of m², up to 20,000 m². */
const hundredths = fc.integer({ min: 0, max: 2_000_000 });
const share = fc.integer({ min: 0, max: 100 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });

const DAY = 86_400_000;
/** A calendar date between `from` and `to` (inclusive, YYYY-MM-DD). */
export const dateBetween = (from: string, to: string) =>
  fc.integer({ min: Date.parse(from) / DAY, max: Date.parse(to) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const interval = fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 600 })).map(([s, len]) => `${hhmm(s)}-${hhmm(Math.min(1440, s + len))}`);
const day = fc.array(interval, { maxLength: 3 });
const schedule = fc.record({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day });

/** Parts never above their wholes: a whole and a share of it (the schema rejects a part above its whole). */
const areaPair = (part: string, whole: string) =>
  fc.tuple(hundredths, share).chain(([w, p]) =>
    fc.tuple(areaOf(Math.floor((w * p) / 100)), areaOf(w)).map(([a, b]) => ({ [part]: a, [whole]: b })),
  );

const workers = fc.tuple(fc.nat(40), share, share, share).map(([w, t, p, m]) => ({
  communityWorkers: w,
  communityWorkersTrained: Math.floor((w * t) / 100),
  workersWithPensionInsurance: Math.floor((w * p) / 100),
  workersWithMedicalInsurance: Math.floor((w * m) / 100),
}));

/** The fields of one valid unit (every one optional), as JSON input. */
export const unitFields: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(
      {
        committeeType: fc.constantFrom('village_committee', 'resident_committee'),
        urbanRuralCode: fc.constantFrom('111', '121', '210', '220'),
        classification: fc.constantFrom('urban', 'rural'),
        households: fc.nat(3000),
        residentPopulation: fc.nat(12000),
        hasServiceFacility: fc.boolean(),
        newCommunity: fc.boolean(),
        hasSelfServiceTerminal: fc.boolean(),
        hasDayCareCoverage: fc.boolean(),
        inFitnessCircle: fc.boolean(),
        hasVolunteerStation: fc.boolean(),
        villagePlanCompleted: fc.boolean(),
        gridMembers: fc.nat(20),
        professionalSocialWorkers: fc.nat(5),
        openingSchedule: schedule,
        facilityCompletedOn: dateBetween('2019-01-01', '2026-12-31'),
        lastSatisfactionSurveyOn: dateBetween('2019-01-01', '2026-12-31'),
      },
      { requiredKeys: [] },
    ),
    opt(areaPair('facilityActivityArea', 'facilityBuildingArea')),
    opt(areaPair('commercialServiceArea', 'communityBuildingArea')),
    opt(workers),
  )
  .map(([a, b, c, d]) => ({ ...a, ...b, ...c, ...d }));

/** One unit with a given code, as JSON input. */
export const unitWithCode = (code: string) => unitFields.map((f) => ({ code, townshipCode: code.slice(0, 9), ...f }));

const ALL_CODES = VILLAGE_UNITS.map((u) => u.code);

/** Up to `max` distinct Longchuan unit codes. */
export const codes = (max: number) => fc.shuffledSubarray(ALL_CODES, { maxLength: max });

/** Valid units with distinct codes, as JSON input. */
export const unitsArb = (max = 5) => codes(max).chain((cs) => fc.tuple(...cs.map(unitWithCode)));

/** Valid county figures, parts within wholes. */
export const countyArb = fc
  .tuple(
    fc.record({ residentPopulation: fc.nat(500_000), households: fc.nat(200_000), registeredVolunteers: fc.nat(50_000) }, { requiredKeys: [] }),
    share,
    fc.nat(5000),
    share,
  )
  .map(([a, p, patients, r]) => ({
    ...a,
    ...(a.residentPopulation === undefined ? {} : { urbanResidentPopulation: Math.floor((a.residentPopulation * p) / 100) }),
    homeMentalPatients: patients,
    homeMentalPatientsInRehab: Math.floor((patients * r) / 100),
  }));

/** A small valid snapshot as JSON input: up to 5 units, sometimes county figures, townships and estates. */
export const snapshotArb = (maxUnits = 5) =>
  fc
    .record(
      {
        asOf: dateBetween('2020-06-01', '2026-06-30'),
        units: unitsArb(maxUnits),
        county: countyArb,
        townships: fc.subarray(['533124101', '533124201', '533124400']).map((cs) => cs.map((code) => ({ code, hasMinorProtectionStation: code !== '533124400' }))),
        records: fc.record({ newEstates: fc.array(fc.tuple(fc.nat(900), hundredths), { maxLength: 2 }).map((es) => es.map(([h, a], i) => ({ id: `E${i}`, households: h, elderlyCareServiceArea: canonicalHundredths(a) }))) }),
      },
      { requiredKeys: ['asOf', 'units'] },
    )
    .map((s) => JSON.parse(JSON.stringify(s)) as { asOf: string; units: Record<string, unknown>[] } & Record<string, unknown>);

// ---------------------------------------------------------------- BigInt references

/** A non-negative decimal string as an exact fraction of BigInts: '12.345' → [12345n, 1000n]. */
export function fraction(s: string): [bigint, bigint] {
  const dot = s.indexOf('.');
  if (dot < 0) return [BigInt(s), 1n];
  return [BigInt(s.slice(0, dot) + s.slice(dot + 1)), 10n ** BigInt(s.length - dot - 1)];
}

/** Integer `q` times 10^-scale as a canonical decimal string (no trailing zeros, no exponent). */
export function scaled(q: bigint, scale: number): string {
  if (scale <= 0) return (q * 10n ** BigInt(-scale)).toString();
  const s = q.toString().padStart(scale + 1, '0');
  const whole = s.slice(0, -scale);
  const frac = s.slice(-scale).replace(/0+$/, '');
  return frac === '' ? whole : `${whole}.${frac}`;
}

/** P / Q (P ≥ 0, Q > 0) rounded half up to 40 significant digits, canonical: the library's documented precision. */
export function divide40(P: bigint, Q: bigint): string {
  if (P === 0n) return '0';
  // e: the exponent of the leading digit, 10^e ≤ P/Q < 10^(e+1).
  let e: number;
  if (P >= Q) e = (P / Q).toString().length - 1;
  else {
    e = -1;
    while (P * 10n ** BigInt(-e) < Q) e--;
  }
  const shift = 39 - e;
  const num = shift >= 0 ? P * 10n ** BigInt(shift) : P;
  const den = shift >= 0 ? Q : Q * 10n ** BigInt(-shift);
  let q = num / den;
  if (2n * (num % den) >= den) q += 1n;
  return scaled(q, shift);
}

/** Round a non-negative decimal string to `places` decimals, half up or half even, as a fixed-point string. */
export function roundFixed(value: string, places: number, mode: 'half_up' | 'half_even'): string {
  const negative = value.startsWith('-');
  const [n, d] = fraction(negative ? value.slice(1) : value);
  const scale = 10n ** BigInt(places);
  const num = n * scale;
  let q = num / d;
  const r2 = 2n * (num % d);
  if (r2 > d || (r2 === d && (mode === 'half_up' || q % 2n === 1n))) q += 1n;
  const s = q.toString().padStart(places + 1, '0');
  const body = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
  return negative && q !== 0n ? `-${body}` : body;
}
