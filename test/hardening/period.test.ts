// The period helpers' errors, exactly: what a caller (or a CLI that prints the message) sees for each bad date, year
// and range. Found by mutation testing: the rest of the suite checked the codes, not the English wording or the edges.
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { dueDate } from '../../src/period/dueDate';
import { monthsBetween } from '../../src/period/monthsBetween';
import { parseCalendarDate } from '../../src/period/parseCalendarDate';

function error(f: () => unknown): Pick<PlanInputError, 'code' | 'path' | 'messageZh' | 'messageEn'> {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    const { code, path, messageZh, messageEn } = e as PlanInputError;
    return { code, path, messageZh, messageEn };
  }
  throw new Error('did not throw');
}

describe('parseCalendarDate: the exact error for each kind of bad value', () => {
  it.each<[string, unknown, string, string, string]>([
    ['null', null, 'invalid_type', '日期须为 YYYY-MM-DD 格式的字符串，实际为 null', 'a date must be a string in YYYY-MM-DD form, got null'],
    ['a Date', new Date(Date.UTC(2025, 0, 1)), 'invalid_type', '日期须为 YYYY-MM-DD 格式的字符串，实际为 Date', 'a date must be a string in YYYY-MM-DD form, got Date'],
    ['the number 20250101', 20250101, 'invalid_type', '日期须为 YYYY-MM-DD 格式的字符串，实际为 number', 'a date must be a string in YYYY-MM-DD form, got number'],
    ['an object', { y: 2025 }, 'invalid_type', '日期须为 YYYY-MM-DD 格式的字符串，实际为 object', 'a date must be a string in YYYY-MM-DD form, got object'],
    [
      '20250101',
      '20250101',
      'invalid_date',
      '日期须为 YYYY-MM-DD 格式（半角数字，无时间、无空格）："20250101"',
      'a date must be YYYY-MM-DD (ASCII digits, no time, no spaces): "20250101"',
    ],
    ['1899-12-31', '1899-12-31', 'invalid_date', '年份须在 1900—2100 之间："1899-12-31"', 'the year must be between 1900 and 2100: "1899-12-31"'],
    ['2101-01-01', '2101-01-01', 'invalid_date', '年份须在 1900—2100 之间："2101-01-01"', 'the year must be between 1900 and 2100: "2101-01-01"'],
    ['2025-02-30', '2025-02-30', 'invalid_date', '日历中没有这一天："2025-02-30"', 'no such calendar day: "2025-02-30"'],
    ['2025-13-01', '2025-13-01', 'invalid_date', '日历中没有这一天："2025-13-01"', 'no such calendar day: "2025-13-01"'],
    ['2100-02-29 (2100 is not a leap year)', '2100-02-29', 'invalid_date', '日历中没有这一天："2100-02-29"', 'no such calendar day: "2100-02-29"'],
  ])('%s', (_name, value, code, zh, en) => {
    expect(error(() => parseCalendarDate(value, ['units', 3, 'asOf']))).toEqual({ code, path: ['units', 3, 'asOf'], messageZh: zh, messageEn: en });
  });

  it('shows a long value cut to its first 40 characters, and one of exactly 40 whole', () => {
    const long = `2025-01-01${'x'.repeat(40)}`;
    expect(error(() => parseCalendarDate(long)).messageEn).toBe(`a date must be YYYY-MM-DD (ASCII digits, no time, no spaces): "${long.slice(0, 40)}…"`);
    const forty = `2025-01-01${'x'.repeat(30)}`;
    expect(error(() => parseCalendarDate(forty)).messageEn).toBe(`a date must be YYYY-MM-DD (ASCII digits, no time, no spaces): "${forty}"`);
  });

  it('without a path points at the value itself', () => {
    expect(error(() => parseCalendarDate('2025-02-30')).path).toEqual([]);
    expect(error(() => parseCalendarDate('2025-02-30', 'asOf')).path).toEqual(['asOf']);
  });
});

describe('dueDate: years 1900 to 2100, whole', () => {
  it('accepts the first and last years', () => {
    expect(dueDate(1900)).toBe('1900-12-31');
    expect(dueDate(2100)).toBe('2100-12-31');
  });

  it.each([1899, 2101, 2025.5, Number.NaN])('rejects %s with the exact message', (year) => {
    expect(error(() => dueDate(year))).toEqual({
      code: 'invalid_year',
      path: ['year'],
      messageZh: `年份须为 1900—2100 之间的整数：${String(year)}`,
      messageEn: `the year must be an integer between 1900 and 2100: ${String(year)}`,
    });
  });
});

describe('monthsBetween: a range that ends before it starts', () => {
  it('is an invalid_range at `to`, naming both dates', () => {
    expect(error(() => monthsBetween('2025-03-01', '2025-02-28'))).toEqual({
      code: 'invalid_range',
      path: ['to'],
      messageZh: '结束日期 2025-02-28 早于开始日期 2025-03-01',
      messageEn: 'the end date 2025-02-28 is before the start date 2025-03-01',
    });
  });

  it('a one-day range is its month; the first and last days of a year span twelve', () => {
    expect(monthsBetween('2024-02-29', '2024-02-29')).toEqual(['2024-02']);
    expect(monthsBetween('2025-01-01', '2025-12-31')).toHaveLength(12);
  });
});
