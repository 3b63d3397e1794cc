// The fast path of safeParseSnapshot (src/snapshot/_fastUnit.ts) against the schema it mirrors: for any unit, valid,
// near-valid or hostile, it either declines (the schema then runs) or returns what unitSchema returns, key for key and
// in the same key order. And it does not decline valid units, or it would be no fast path at all.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fastPathEnabled, fastUnit } from '../../src/snapshot/_fastUnit';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';
import { unitSchema } from '../../src/snapshot/unitSchema';
import { isCalendarDate } from '../../src/period/isCalendarDate';
import { checkTimeInterval } from '../../src/snapshot/ruleData/weeklySchedule';
import { unitFields } from '../hardening/_arbitraries';

const CODE = '533124101201';
const TOWNSHIP = '533124101';
const unit = (fields: Record<string, unknown> = {}) => ({ code: CODE, townshipCode: TOWNSHIP, ...fields });
const CLOSED = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** Keys of every object and array in `v`, in order, with their values' types: what JSON output would show. */
function layout(v: unknown): unknown {
  if (Array.isArray(v)) return ['array', v.length, ...v.map(layout)];
  if (typeof v === 'object' && v !== null) return [Object.getPrototypeOf(v) === Object.prototype ? 'object' : 'other', ...Object.keys(v).map((k) => [k, layout((v as Record<string, unknown>)[k])])];
  return Object.is(v, -0) ? '-0' : typeof v === 'number' && Number.isNaN(v) ? 'NaN' : typeof v;
}

/**
 * The fast path's answer for `make()` agrees with the schema's for another `make()` (a fresh copy, so that a getter
 * or Proxy with state answers both the same way): declined, or the same value, in the same layout. Returns whether
 * the fast path accepted.
 */
function agrees(make: () => unknown): boolean {
  const fast = fastUnit(make());
  const slow = unitSchema.safeParse(make());
  if (fast === undefined) return false;
  expect(slow.success, 'the fast path accepted what the schema rejects').toBe(true);
  expect(fast).toStrictEqual(slow.data);
  expect(layout(fast)).toEqual(layout(slow.data));
  return true;
}

/** Agreement for a plain value (a deep copy each time, so nothing is shared between the two reads). */
const agreesOn = (u: unknown) => agrees(() => structuredClone(u));

describe('the fast path is on, and mirrors unitSchema', () => {
  it('its field table matches the schema (otherwise every unit would go to zod)', () => {
    expect(fastPathEnabled()).toBe(true);
  });

  it('accepts a unit with every field, and gives the schema’s output: areas canonical, keys in the schema’s order', () => {
    const full = {
      villagePlanCompleted: true, // out of the schema's order: the output puts it last
      code: CODE,
      townshipCode: TOWNSHIP,
      name: '老街子社区',
      committeeType: 'resident_committee',
      urbanRuralCode: '111',
      classification: 'urban',
      households: 1200,
      residentPopulation: 4100,
      hasServiceFacility: true,
      facilityBuildingArea: '320.50',
      facilityActivityArea: 200.5,
      communityBuildingArea: 90000,
      commercialServiceArea: '9000.0',
      newCommunity: false,
      hasSelfServiceTerminal: true,
      communityWorkers: 12,
      openingSchedule: { sun: [], mon: ['08:30-12:00', '14:30-18:00'], tue: ['00:00-24:00'], wed: [], thu: [], fri: [], sat: ['23:59-24:00'] },
      facilityCompletedOn: '2024-02-29',
      hasVolunteerStation: true,
      hasOnlineService24h: false,
      hasProxyGovernmentService: true,
      lastSatisfactionSurveyOn: '2000-02-29',
      hasPublicLegalServices: true,
      hasDisabledPersonsAssociation: false,
      inFitnessCircle: true,
      hasDayCareCoverage: true,
      communityPoliceOfficers: 1,
      auxiliaryPoliceOfficers: 2,
      legalAdvisers: 0,
      professionalSocialWorkers: 3,
      gridMembers: 7,
      heavyEthnicReligiousWork: true,
      ethnicReligiousOfficers: 1,
      cadrePay: { collectiveIncomeReward: false, basicPay: true },
      workersWithPensionInsurance: 12,
      workersWithMedicalInsurance: 12,
      workersWithHousingFund: 0,
      communityWorkersTrained: 12,
    };
    const out = fastUnit(full) as Record<string, unknown>;
    expect(agreesOn(full)).toBe(true);
    // The same fields already in the schema's order: the same output.
    const inOrder = Object.fromEntries(Object.keys(unitSchema.shape).map((k) => [k, (full as Record<string, unknown>)[k]]));
    expect(agreesOn(inOrder)).toBe(true);
    expect(fastUnit(inOrder)).toStrictEqual(out);
    expect(Object.keys(out)).toEqual(Object.keys(unitSchema.shape));
    expect([out['facilityBuildingArea'], out['facilityActivityArea'], out['communityBuildingArea'], out['commercialServiceArea']]).toEqual(['320.5', '200.5', '90000', '9000']);
    expect(Object.keys(out['openingSchedule'] as object)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(Object.keys(out['cadrePay'] as object)).toEqual(['basicPay', 'collectiveIncomeReward']);
    // A copy, never the caller's objects: changing the input later cannot change a parsed (branded) snapshot.
    expect(out['openingSchedule']).not.toBe(full.openingSchedule);
    expect((out['openingSchedule'] as Record<string, unknown>)['mon']).not.toBe(full.openingSchedule.mon);
    expect(out['cadrePay']).not.toBe(full.cadrePay);
  });

  it('accepts the smallest unit, the two codes alone', () => {
    expect(fastUnit(unit())).toEqual(unit());
    expect(agreesOn(unit())).toBe(true);
  });

  it('accepts every valid unit the hardening generator writes (numbers and strings for areas, fields left out)', () => {
    fc.assert(
      fc.property(unitFields, (f) => {
        expect(agreesOn(unit(f))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('each kind of field, at and around its bounds', () => {
  // [field, value, the schema accepts it]: the expected answers worked out from the schema's documentation.
  const cases: [string, unknown, boolean][] = [
    ['households', 0, true],
    ['households', 2_000_000_000, true],
    ['households', 2_000_000_001, false],
    ['households', -0, false],
    ['households', -1, false],
    ['households', 1.5, false],
    ['households', Number.NaN, false],
    ['households', Infinity, false],
    ['households', '5', false],
    ['households', new Number(5), false],
    ['households', 5n, false],
    ['households', null, false],
    ['hasServiceFacility', true, true],
    ['hasServiceFacility', 0, false],
    ['hasServiceFacility', 'true', false],
    ['hasServiceFacility', new Boolean(true), false],
    ['facilityBuildingArea', 10_000_000, true],
    ['facilityBuildingArea', '10000000.00', true],
    ['facilityBuildingArea', 10_000_000.01, false],
    ['facilityBuildingArea', '10000000.01', false],
    ['facilityBuildingArea', 0, true],
    ['facilityBuildingArea', '0.00', true],
    ['facilityBuildingArea', -0, false],
    ['facilityBuildingArea', 0.125, false],
    ['facilityBuildingArea', '0.125', false],
    ['facilityBuildingArea', 1e-7, false],
    ['facilityBuildingArea', 1e21, false],
    ['facilityBuildingArea', '01', false],
    ['facilityBuildingArea', '1.', false],
    ['facilityBuildingArea', '.5', false],
    ['facilityBuildingArea', ' 1', false],
    ['facilityBuildingArea', '1e3', false],
    ['facilityBuildingArea', '１２', false],
    ['facilityBuildingArea', '٣', false],
    ['facilityBuildingArea', new Number(3), false],
    ['code', '５３３１２４１０１２０１', false],
    ['code', '53312410120', false],
    ['code', '5331241012011', false],
    ['townshipCode', '53312410', false],
    ['townshipCode', 533124101, false],
    ['name', 'x'.repeat(200), true],
    ['name', 'x'.repeat(201), false],
    ['name', 'a\tb\nc\rd', true],
    ['name', 'a\u0000b', false],
    ['name', 'a\u007fb', false],
    ['name', 'a\u0085b', true],
    ['name', 'x'.repeat(1_000_000), false],
    ['committeeType', 'village_committee', true],
    ['committeeType', 'Village_committee', false],
    ['urbanRuralCode', '111', true],
    ['urbanRuralCode', '229', true],
    ['urbanRuralCode', '311', false],
    ['urbanRuralCode', '131', false],
    ['urbanRuralCode', '11a', false],
    ['urbanRuralCode', '1111', false],
    ['urbanRuralCode', '11٣', false],
    ['classification', 'rural', true],
    ['classification', 'RURAL', false],
    ['facilityCompletedOn', '2100-12-31', true],
    ['facilityCompletedOn', '2101-01-01', false],
    ['facilityCompletedOn', '1900-01-01', true],
    ['facilityCompletedOn', '1899-12-31', false],
    ['facilityCompletedOn', '1900-02-29', false],
    ['facilityCompletedOn', '2000-02-29', true],
    ['facilityCompletedOn', '2024-02-30', false],
    ['facilityCompletedOn', '2024-4-01', false],
    ['facilityCompletedOn', '2024-04-01T00:00', false],
    ['facilityCompletedOn', new Date(Date.UTC(2024, 3, 1)), false],
    ['openingSchedule', CLOSED, true],
    ['openingSchedule', { ...CLOSED, mon: Array.from({ length: 48 }, () => '08:00-09:00') }, true],
    ['openingSchedule', { ...CLOSED, mon: Array.from({ length: 49 }, () => '08:00-09:00') }, false],
    ['openingSchedule', { ...CLOSED, sun: undefined }, false],
    ['openingSchedule', { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] }, false],
    ['openingSchedule', { ...CLOSED, holiday: [] }, false],
    ['openingSchedule', { ...CLOSED, mon: ['24:00-24:00'] }, false],
    ['openingSchedule', { ...CLOSED, mon: ['08:00-08:00'] }, false],
    ['openingSchedule', { ...CLOSED, mon: ['8:00-12:00'] }, false],
    ['openingSchedule', { ...CLOSED, mon: ['08:00 -12:00'] }, false],
    ['openingSchedule', { ...CLOSED, mon: [new String('08:00-12:00')] }, false],
    ['openingSchedule', { ...CLOSED, mon: '08:00-12:00' }, false],
    ['openingSchedule', [], false],
    ['cadrePay', {}, true],
    ['cadrePay', { basicPay: 1 }, false],
    ['cadrePay', { salary: true }, false],
    ['cadrePay', [], false],
  ];
  it.each(cases)('%s = %s: the schema accepts it: %s; the fast path agrees', (key, value, accepted) => {
    const u = unit({ [key]: value });
    expect(unitSchema.safeParse(u).success).toBe(accepted);
    const fast = fastUnit(u);
    expect(fast !== undefined).toBe(accepted);
    if (fast !== undefined) expect(layout(fast)).toEqual(layout(unitSchema.parse(u)));
  });

  it('a part at its whole is accepted, a hundredth above it is not (the schema’s exceeds_total)', () => {
    expect(fastUnit(unit({ facilityBuildingArea: '100.5', facilityActivityArea: 100.5 }))).toBeDefined();
    expect(fastUnit(unit({ facilityBuildingArea: '100.5', facilityActivityArea: '100.51' }))).toBeUndefined();
    expect(fastUnit(unit({ communityWorkers: 10, communityWorkersTrained: 10, workersWithHousingFund: 10 }))).toBeDefined();
    expect(fastUnit(unit({ communityWorkers: 10, workersWithHousingFund: 11 }))).toBeUndefined();
    expect(unitSchema.safeParse(unit({ communityWorkers: 10, workersWithHousingFund: 11 })).success).toBe(false);
  });

  it('every date from 1899 to 2101, months 00–13, days 00–32: accepted exactly when isCalendarDate accepts it', () => {
    const p2 = (n: number) => String(n).padStart(2, '0');
    let accepted = 0;
    for (let y = 1899; y <= 2101; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${p2(m)}-${p2(d)}`;
          const fast = fastUnit(unit({ lastSatisfactionSurveyOn: s })) !== undefined;
          if (fast !== isCalendarDate(s)) expect.fail(`${s}: fast path ${fast}, isCalendarDate ${isCalendarDate(s)}`);
          if (fast) accepted++;
        }
      }
    }
    // 201 years from 1900 to 2100, of which 49 leap years (1904 … 2096; 2000 is one, 1900 and 2100 are not).
    expect(accepted).toBe(201 * 365 + 49);
  });

  it('every interval with hours 00–25 and minutes 00, 01, 29, 30, 58, 59, 60, 99: accepted exactly when checkTimeInterval accepts it', () => {
    const hours = Array.from({ length: 26 }, (_, h) => String(h).padStart(2, '0'));
    const minutes = ['00', '01', '29', '30', '58', '59', '60', '99'];
    const times = hours.flatMap((h) => minutes.map((m) => `${h}:${m}`));
    let accepted = 0;
    for (const a of times) {
      for (const b of times) {
        const s = `${a}-${b}`;
        const fast = fastUnit(unit({ openingSchedule: { ...CLOSED, wed: ['09:00-10:00', s] } })) !== undefined;
        if (fast !== checkTimeInterval(s).ok) expect.fail(`${s}: fast path ${fast}, checkTimeInterval ${checkTimeInterval(s).ok}`);
        if (fast) accepted++;
      }
    }
    // Starts 00:00–23:59 (24 × 6 valid minutes = 144 times), ends after them up to 24:00 (144 + 24:00 = 145 times):
    // pairs of distinct times among 145 ordered by time, minus those starting at 24:00 (none), = C(145, 2).
    expect(accepted).toBe((145 * 144) / 2);
  });

  it('any string as a time interval, a date, an area or a code: the fast path never accepts what the schema rejects', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 14 }),
      fc.stringMatching(/^[0-9]{2}[:：][0-9]{2}[-~][0-9]{2}:[0-9]{2}$/),
      fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
      fc.stringMatching(/^[0-9]{1,9}(\.[0-9]{0,3})?$/),
    );
    fc.assert(
      fc.property(text, (s) => {
        agreesOn(unit({ openingSchedule: { ...CLOSED, fri: [s] } }));
        agreesOn(unit({ facilityCompletedOn: s }));
        agreesOn(unit({ communityBuildingArea: s }));
        agreesOn(unit({ name: s, urbanRuralCode: s.slice(0, 3) }));
        agreesOn({ code: s, townshipCode: s.slice(0, 9) });
      }),
      { numRuns: 1000 },
    );
  });

  it('any number as a count or an area', () => {
    const num = fc.oneof(fc.double(), fc.integer({ min: -5, max: 2_000_000_005 }), fc.double({ min: 0, max: 20_000_000 }), fc.constantFrom(-0, 0.1 + 0.2, 5e-324, 2 ** 53, 1e21));
    fc.assert(
      fc.property(num, num, (a, b) => {
        agreesOn(unit({ communityWorkers: a, gridMembers: b }));
        agreesOn(unit({ communityWorkers: a, communityWorkersTrained: b }));
        agreesOn(unit({ facilityBuildingArea: a, facilityActivityArea: b }));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hostile units: the fast path declines or agrees with the schema', () => {
  const valid = unit({ households: 300, facilityBuildingArea: 120, openingSchedule: { ...CLOSED, mon: ['08:00-12:00'] }, cadrePay: { basicPay: true } });

  it('anything at all in place of a field, or as the unit', () => {
    const keys = [...Object.keys(unitSchema.shape), 'other', '__proto__', 'constructor', 'toString'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, withDate: true, withMap: true, withSet: true, withBigInt: true }), (key, value) => {
        agrees(() => ({ ...valid, [key]: value }));
        agrees(() => value);
      }),
      { numRuns: 1000 },
    );
  });

  it('keys that are not fields: unknown, "__proto__" (own, from JSON), symbols, inherited enumerable ones', () => {
    expect(agrees(() => ({ ...valid, other: 1 }))).toBe(false);
    expect(agrees(() => JSON.parse(`{"code":"${CODE}","townshipCode":"${TOWNSHIP}","__proto__":{"households":5}}`))).toBe(false);
    expect(agrees(() => JSON.parse(`{"code":"${CODE}","townshipCode":"${TOWNSHIP}","cadrePay":{"__proto__":{}}}`))).toBe(false);
    expect(agrees(() => JSON.parse(`{"code":"${CODE}","townshipCode":"${TOWNSHIP}","openingSchedule":{"mon":[],"tue":[],"wed":[],"thu":[],"fri":[],"sat":[],"sun":[],"__proto__":[]}}`))).toBe(false);
    // A symbol key: zod walks string keys only, and so accepts the unit; the fast path agrees.
    expect(agrees(() => ({ ...valid, [Symbol('x')]: 1 }))).toBe(true);
    // Inherited fields: zod reads them (input[key], key in input) and keeps them; so does the fast path, or it declines.
    agrees(() => Object.create(valid));
    agrees(() => Object.assign(Object.create({ households: -1 }), valid));
    agrees(() => Object.assign(Object.create({ other: 1 }), valid));
    agrees(() => Object.assign(Object.create(null), valid));
    agrees(() => Object.assign(new (class Unit {})(), valid));
  });

  it('a field that is own but not enumerable is read, as zod reads it: a bad one is never missed', () => {
    const hidden = (value: unknown) => () => Object.defineProperty({ ...valid }, 'communityWorkers', { value, enumerable: false });
    expect(agrees(hidden(-1))).toBe(false);
    expect(unitSchema.safeParse(hidden(-1)()).success).toBe(false);
    agrees(hidden(3));
  });

  it('a getter is read once: the value checked is the value kept, and a second read cannot change it', () => {
    // First read valid, every later read invalid: whatever reads twice checks one value and keeps another.
    const tricky = () => {
      let reads = 0;
      const u = { ...valid };
      Object.defineProperty(u, 'households', { enumerable: true, get: () => (reads++ === 0 ? 300 : -1) });
      Object.defineProperty(u, 'facilityBuildingArea', { enumerable: true, get: () => (reads === 1 ? '120.50' : 'bad') });
      return { u, reads: () => reads };
    };
    const t = tricky();
    const out = fastUnit(t.u);
    expect(t.reads()).toBe(1);
    if (out !== undefined) {
      expect(out.households).toBe(300);
      expect(out.facilityBuildingArea).toBe('120.5');
    }
    agrees(() => tricky().u);
    // A getter that throws: thrown from the fast path as from the schema, never swallowed into a wrong answer.
    const throwing = () => Object.defineProperty({ ...valid }, 'households', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => fastUnit(throwing())).toThrow('boom');
    expect(() => unitSchema.safeParse(throwing())).toThrow('boom');
  });

  it('Proxies: honest ones agree; one whose `has` denies a field it reads, or whose keys differ from its fields, is declined', () => {
    const honest = () => new Proxy({ ...valid }, {});
    expect(agrees(honest)).toBe(true);
    const denies = () => new Proxy({ ...valid }, { has: (t, k) => k !== 'households' && Reflect.has(t, k) });
    expect(agrees(denies)).toBe(false);
    // A field only `get` answers (zod reads -1, finds it absent, and ignores it): declined, or the same output.
    const ghost = () => new Proxy({ ...valid }, { get: (t, k, r) => (k === 'gridMembers' ? -1 : Reflect.get(t, k, r)) });
    agrees(ghost);
    const extraKey = () => new Proxy({ ...valid }, { ownKeys: (t) => [...Reflect.ownKeys(t), 'other'], getOwnPropertyDescriptor: (t, k) => (k === 'other' ? { value: 1, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k)) });
    expect(agrees(extraKey)).toBe(false);
    const arrayProxy = () => new Proxy([valid], {});
    expect(agrees(arrayProxy)).toBe(false);
    const dayProxy = () => ({ ...valid, openingSchedule: new Proxy({ ...CLOSED, tue: new Proxy(['08:00-09:00'], {}) }, {}) });
    expect(agrees(dayProxy)).toBe(true);
  });

  it('a present field whose value is undefined is left to the schema (which keeps the key)', () => {
    expect(agrees(() => ({ ...valid, households: undefined }))).toBe(false);
    expect(agrees(() => ({ ...valid, cadrePay: { basicPay: undefined } }))).toBe(false);
    expect(unitSchema.safeParse({ ...valid, households: undefined }).success).toBe(true);
  });

  it('a valid unit with one field made near-valid or hostile, anywhere', () => {
    const hostile = fc.constantFrom<unknown>(-0, Number.NaN, -1, 0.5, 1e21, '1', '1.005', '', 'x'.repeat(100_000), null, [], {}, new Number(1), new String('08:00-09:00'), Object.create(null), new Date(0), [['08:00-09:00']], { mon: [] }, true, '2024-13-01', '24:00-24:00');
    fc.assert(
      fc.property(unitFields, fc.constantFrom(...Object.keys(unitSchema.shape)), hostile, (f, key, value) => {
        agrees(() => ({ ...unit(f), [key]: value }));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('safeParseSnapshot with the fast path gives what the schema alone gives', () => {
  it('the same result (issues, counts, rejected units, data) as with the fast path turned off, over mixed snapshots', async () => {
    vi.resetModules();
    let declined = 0; // the stand-in declines every unit: so the schema judges them all
    vi.doMock('../../src/snapshot/_fastUnit', () => ({ fastUnit: () => void declined++, fastPathEnabled: () => false }));
    const slow = (await import('../../src/snapshot/safeParseSnapshot')).safeParseSnapshot;
    expect(slow({ asOf: '2024-12-31', units: [unit()] }).success).toBe(true);
    expect(declined).toBe(1);
    vi.doUnmock('../../src/snapshot/_fastUnit');
    vi.resetModules();
    const codes = ['533124101201', '533124101202', '533124102201', '533124999001', '530102001002', '533124101201'];
    const anyUnit = fc.oneof(
      fc.tuple(fc.constantFrom(...codes), unitFields).map(([code, f]) => ({ code, townshipCode: code.slice(0, 9), ...f })),
      fc.tuple(fc.constantFrom(...codes), fc.constantFrom('533124102', '533124101'), unitFields).map(([code, townshipCode, f]) => ({ code, townshipCode, ...f })),
      fc.tuple(fc.constantFrom(...codes), fc.constantFrom('households', 'name', 'cadrePay', 'other'), fc.anything()).map(([code, k, v]) => ({ code, townshipCode: code.slice(0, 9), [k]: v })),
    );
    fc.assert(
      fc.property(fc.array(anyUnit, { maxLength: 8 }), fc.constantFrom(undefined, '533124', '53', ''), (units, regionCode) => {
        const input = () => structuredClone({ asOf: '2024-12-31', ...(regionCode === undefined ? {} : { regionCode }), units });
        const a = safeParseSnapshot(input());
        const b = slow(input());
        const view = (r: typeof a) => ({ success: r.success, issues: r.issues, issueCount: r.issueCount, rejected: r.rejected, data: r.data });
        expect(view(a)).toStrictEqual(view(b));
        expect(layout(a.data)).toEqual(layout(b.data));
      }),
      { numRuns: 300 },
    );
  });
});
