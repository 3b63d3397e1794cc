import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { isCalendarDate, parseCalendarDate } from '../../src/period';

/** Catch the error thrown by `fn`, failing the test if nothing is thrown. */
function caught(fn: () => unknown): PlanInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    return e as PlanInputError;
  }
  throw new Error('expected a PlanInputError');
}

/** Days in a month by the Gregorian rule, written out independently of the code under test. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseCalendarDate: accepted', () => {
  it.each([
    '2021-01-01',
    '2025-12-31',
    '2020-12-31',
    '2024-02-29', // 2024 is a leap year
    '2000-02-29', // divisible by 400: leap
    '1900-01-01', // lowest year
    '2100-12-31', // highest year
    '2011-12-30', // a day that does not exist locally in Pacific/Apia
  ])('%s', (s) => {
    expect(parseCalendarDate(s)).toBe(s);
    expect(isCalendarDate(s)).toBe(true);
  });
});

describe('parseCalendarDate: rejected', () => {
  it.each([
    ['2025-02-30', 'February has no 30th'],
    ['2025-02-29', '2025 is not a leap year'],
    ['2023-02-29', '2023 is not a leap year'],
    ['1900-02-29', '1900 is not a leap year (century)'],
    ['2100-02-29', '2100 is not a leap year (century)'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13-01', 'no month 13'],
    ['2025-00-10', 'no month 0'],
    ['2025-01-00', 'no day 0'],
    ['2025-01-32', 'no day 32'],
    ['20250101', 'basic ISO format'],
    ['2025-1-01', 'one-digit month'],
    ['2025-01-1', 'one-digit day'],
    ['25-01-01', 'two-digit year'],
    ['+002025-01-01', 'expanded year'],
    ['2025/01/01', 'slashes'],
    ['2025-01-01T00:00', 'time part'],
    ['2025-01-01T00:00:00Z', 'instant'],
    [' 2025-01-01', 'leading space'],
    ['2025-01-01 ', 'trailing space'],
    ['2025-01-01\n', 'trailing newline'],
    ['２０２５-０１-０１', 'full-width digits'],
    ['2025－01－01', 'full-width hyphens'],
    ['٢٠٢٥-٠١-٠١', 'Arabic-Indic digits'],
    ['2025年1月1日', 'Chinese date'],
    ['1899-12-31', 'year before 1900'],
    ['2101-01-01', 'year after 2100'],
    ['', 'empty string'],
  ])('%j (%s) → invalid_date', (s) => {
    const err = caught(() => parseCalendarDate(s, 'asOf'));
    expect(err.code).toBe('invalid_date');
    expect(err.path).toEqual(['asOf']);
    expect(isCalendarDate(s)).toBe(false);
  });

  it.each([
    [20250101, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [new Date(Date.UTC(2025, 0, 1)), 'Date'],
    [{}, 'object'],
    [['2025-01-01'], 'array'],
  ])('%j (%s) → invalid_type', (v, _kind) => {
    const err = caught(() => parseCalendarDate(v));
    expect(err.code).toBe('invalid_type');
    expect(err.path).toEqual([]);
    expect(isCalendarDate(v)).toBe(false);
  });

  it('puts the path and both languages in the message', () => {
    const err = caught(() => parseCalendarDate('2025-02-30', ['units', 3, 'asOf']));
    expect(err.path).toEqual(['units', 3, 'asOf']);
    expect(err.name).toBe('PlanInputError');
    expect(err).toBeInstanceOf(Error);
    expect(err.messageZh).toContain('2025-02-30');
    expect(err.messageEn).toContain('2025-02-30');
    expect(err.message).toBe(`units[3].asOf: ${err.messageZh} / ${err.messageEn}`);
  });

  it('writes an empty path as (root)', () => {
    const err = caught(() => parseCalendarDate('nope'));
    expect(err.path).toEqual([]);
    expect(err.message.startsWith('(root): ')).toBe(true);
  });
});

describe('parseCalendarDate: properties', () => {
  const first = Date.UTC(1900, 0, 1) / 86_400_000;
  const last = Date.UTC(2100, 11, 31) / 86_400_000;

  it('round-trips every day 1900-01-01 … 2100-12-31 (format → parse → same string)', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const s = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(parseCalendarDate(s)).toBe(s);
      }),
    );
  });

  it('every day of every year is accepted, exhaustively', () => {
    let count = 0;
    for (let day = first; day <= last; day++) {
      const s = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (!isCalendarDate(s)) throw new Error(`rejected ${s}`);
      count++;
    }
    // 201 years, of which 49 leap (1904…2096 every 4 years; 1900 and 2100 are not leap).
    expect(count).toBe(201 * 365 + 49);
  });

  it('accepts (y, m, d) exactly when d is within the month, by the Gregorian rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isCalendarDate(s)).toBe(d <= daysInMonth(y, m));
        },
      ),
    );
  });

  it('never accepts anything but YYYY-MM-DD in ASCII digits; throws exactly when not accepted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (v) => {
        const ok = isCalendarDate(v);
        if (ok) expect(v).toMatch(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
        if (ok) expect(parseCalendarDate(v)).toBe(v);
        else expect(() => parseCalendarDate(v)).toThrow(PlanInputError);
      }),
    );
  });
});
