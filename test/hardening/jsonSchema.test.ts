// The published JSON Schema of a snapshot (snapshotJsonSchema) is what apps in other languages validate with: each
// field kind is described as the parser checks it, and its patterns agree with the parser on any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotJsonSchema } from '../../src/snapshot/snapshotJsonSchema';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';
import { checkTimeInterval } from '../../src/snapshot/ruleData/weeklySchedule';
import { isCalendarDate } from '../../src/period/isCalendarDate';

type Js = Record<string, any>;
// Built inside each test (not at import), so that mutation testing sees which tests read it.
const schema = () => snapshotJsonSchema() as Js;
const unit = () => schema()['properties'].units.items.properties as Js;
const county = () => schema()['properties'].county.properties as Js;
const records = () => schema()['properties'].records.properties as Js;
const RUNS = { numRuns: Number(process.env['HARDENING_RUNS'] ?? 1000) };

describe('snapshotJsonSchema describes every field kind as the parser checks it', () => {
  it.each<[string, () => unknown, unknown]>([
    ['a count: integer 0 … 2,000,000,000', () => unit()['households'], { type: 'integer', minimum: 0, maximum: 2_000_000_000 }],
    [
      'an area: a number up to 10 km² or a decimal string with at most 2 decimals',
      () => unit()['facilityBuildingArea'],
      { description: 'm², at most 2 decimals', anyOf: [{ type: 'number', minimum: 0, maximum: 10_000_000 }, { type: 'string', pattern: '^(?:0|[1-9]\\d*)(?:\\.\\d{1,2})?$' }] },
    ],
    [
      'money: a non-negative number or a decimal string with at most 2 decimals',
      () => county()['urbanUnitWages'].items.properties.averageMonthlyWage,
      { description: 'yuan, at most 2 decimals', anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: '^(?:0|[1-9]\\d*)(?:\\.\\d{1,2})?$' }] },
    ],
    ['a flag: boolean', () => unit()['hasServiceFacility'], { type: 'boolean' }],
    ['a date: YYYY-MM-DD', () => unit()['facilityCompletedOn'], { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }],
    ['the as-of date: YYYY-MM-DD', () => schema()['properties'].asOf, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }],
    ['a unit code: 12 digits', () => unit()['code'], { type: 'string', pattern: '^\\d{12}$' }],
    ['a township code: 9 digits', () => unit()['townshipCode'], { type: 'string', pattern: '^\\d{9}$' }],
    ['a region: 2, 4 or 6 digits, or empty', () => schema()['properties'].regionCode, { type: 'string', pattern: '^(?:\\d{2}|\\d{4}|\\d{6})?$' }],
    ['a text: at most 200 characters', () => unit()['name'], { type: 'string', maxLength: 200 }],
    ['a year: integer 1900 … 2100', () => county()['oneShoulder'].items.properties.year, { type: 'integer', minimum: 1900, maximum: 2100 }],
    ['a record ID: 1–64 letters, digits or ._:/-', () => records()['newEstates'].items.properties.id, { type: 'string', pattern: '^[\\p{L}\\p{N}][\\p{L}\\p{N}._:/-]{0,63}$' }],
    [
      'an opening interval: HH:MM-HH:MM',
      () => unit()['openingSchedule'].properties.mon.items,
      { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$', description: 'HH:MM-HH:MM, start before end' },
    ],
  ])('%s', (_name, at, expected) => {
    // The field's kind; its Chinese title is test/snapshot/snapshotJsonSchema.test.ts's subject.
    const { title: _title, ...kind } = at() as Js;
    expect(kind).toEqual(expected);
  });

  it('requires asOf and units, a code and a township code per unit, and allows no other keys', () => {
    const js = schema();
    expect(js['required']).toEqual(['asOf', 'units']);
    expect(js['additionalProperties']).toBe(false);
    expect(js['properties'].units.maxItems).toBe(1_000_000);
    expect(js['properties'].units.items.required).toEqual(['code', 'townshipCode']);
    expect(js['properties'].units.items.additionalProperties).toBe(false);
  });
});

describe('its patterns agree with the parser on any string', () => {
  const pattern = (p: string) => new RegExp(p, 'u');
  const chars = (alphabet: string, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength: max });
  const parseUnit = (fields: Record<string, unknown>) => safeParseSnapshot({ asOf: '2025-06-30', units: [{ code: '533124101001', townshipCode: '533124101', ...fields }] });

  it('23. an area string matches the pattern exactly when the parser takes it (below the maximum)', () => {
    const re = pattern((unit()['facilityBuildingArea'].anyOf[1] as { pattern: string }).pattern);
    fc.assert(
      fc.property(chars('0123456789.,-e １ ', 9), (s) => {
        const r = parseUnit({ facilityBuildingArea: s });
        // A string cannot carry a numeric maximum in JSON Schema: above 10 km² the pattern matches, the parser refuses.
        if (re.test(s) && Number(s) > 10_000_000) expect(r.issues.map((i) => i.code)).toEqual(['too_large']);
        else expect(re.test(s)).toBe(r.success);
      }),
      RUNS,
    );
  });

  it('24. a code, a date and an opening interval the pattern rejects, the parser rejects', () => {
    const u = unit();
    const code = pattern(u['code'].pattern);
    const date = pattern(u['facilityCompletedOn'].pattern);
    const interval = pattern(u['openingSchedule'].properties.mon.items.pattern);
    fc.assert(
      fc.property(chars('0123456789-: ', 13), (s) => {
        if (!code.test(s)) expect(parseUnit({ code: s, townshipCode: s.slice(0, 9) }).success).toBe(false);
        if (!date.test(s)) expect(isCalendarDate(s)).toBe(false);
        if (!interval.test(s)) expect(checkTimeInterval(s).ok).toBe(false);
        // And the other way where the pattern says all: a 12-digit code is well-formed, an interval in order is taken.
        if (code.test(s)) expect(parseUnit({ code: s, townshipCode: s.slice(0, 9) }).issues.every((i) => i.code !== 'invalid_code')).toBe(true);
        const c = checkTimeInterval(s);
        if (interval.test(s)) expect(c.ok || c.code === 'reversed_interval' || c.code === 'empty_interval').toBe(true);
      }),
      RUNS,
    );
  });
});
