/**
 * Private calendar arithmetic for `src/period/`: validation and day numbers, all zone-free.
 *
 * A calendar date here is a day in the county's calendar (China time), with no time of day, so
 * it never needs a time zone. All arithmetic uses integers derived with `Date.UTC` (which never
 * reads the machine's zone); no local-time getter or setter (`getDate`, `setHours`, ...) is used.
 * The real-day check is a calendar rule (month 1–12, day within the month, 29 February only in
 * leap years): date-fns' `isLeapYear`, given 1 July of the year at UTC midnight (the same year in
 * every zone), decides February. date-fns' `parse` is not used (it would bundle every date-fns
 * parser, ~30 kB), nor `isExists` / `getDaysInMonth`, which build local-time dates and fail on a
 * skipped local day (Pacific/Apia skipped 2011-12-30, Pacific/Kiritimati 1994-12-31). Nor
 * `differenceInCalendarDays` and `eachMonthOfInterval`: they work in local time and, given
 * UTC-midnight dates, can be off by one day in zones whose offset crosses midnight (e.g.
 * `Atlantic/Azores`, UTC−1 in winter and UTC±0 in summer).
 *
 * @internal
 * @module
 */
import { isLeapYear } from 'date-fns/isLeapYear';
import { PlanInputError } from '../_lib/PlanInputError';
import type { CalendarDate } from './CalendarDate';

/** Earliest and latest accepted years. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const MS_PER_DAY = 86_400_000;
/** `YYYY-MM-DD` in ASCII digits only (`[0-9]`, never `\d` with the `u` flag). */
const PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
/** Days in each month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Year, month (1–12) and day (1–31) of a calendar date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Outcome of checking a value: the parts, or why it is not a calendar date. */
export type DateCheck =
  | { readonly ok: true; readonly parts: DateParts }
  | { readonly ok: false; readonly code: string; readonly messageZh: string; readonly messageEn: string };

function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** Check a value without throwing. */
export function checkCalendarDate(value: unknown): DateCheck {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : value instanceof Date ? 'Date' : typeof value;
    return {
      ok: false,
      code: 'invalid_type',
      messageZh: `日期须为 YYYY-MM-DD 格式的字符串，实际为 ${got}`,
      messageEn: `a date must be a string in YYYY-MM-DD form, got ${got}`,
    };
  }
  const match = PATTERN.exec(value);
  if (match === null) {
    return {
      ok: false,
      code: 'invalid_date',
      messageZh: `日期须为 YYYY-MM-DD 格式（半角数字，无时间、无空格）：${show(value)}`,
      messageEn: `a date must be YYYY-MM-DD (ASCII digits, no time, no spaces): ${show(value)}`,
    };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      ok: false,
      code: 'invalid_date',
      messageZh: `年份须在 ${MIN_YEAR}—${MAX_YEAR} 之间：${show(value)}`,
      messageEn: `the year must be between ${MIN_YEAR} and ${MAX_YEAR}: ${show(value)}`,
    };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      code: 'invalid_date',
      messageZh: `日历中没有这一天：${show(value)}`,
      messageEn: `no such calendar day: ${show(value)}`,
    };
  }
  return { ok: true, parts: { year, month, day } };
}

/** Days in a month (1–12) of a year, zone-free: 1 July at UTC midnight is in `year` in every zone. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(new Date(Date.UTC(year, 6, 1))) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Normalise a `path` argument to an array. */
export function toPath(path: string | readonly (string | number)[] | undefined): readonly (string | number)[] {
  if (path === undefined) return [];
  return typeof path === 'string' ? [path] : path;
}

/** Parse or throw `PlanInputError`; returns the date and its parts. */
export function requireCalendarDate(
  value: unknown,
  path: string | readonly (string | number)[] | undefined,
): { readonly date: CalendarDate; readonly parts: DateParts } {
  const check = checkCalendarDate(value);
  if (!check.ok) {
    throw new PlanInputError({
      code: check.code,
      path: toPath(path),
      messageZh: check.messageZh,
      messageEn: check.messageEn,
    });
  }
  return { date: value as CalendarDate, parts: check.parts };
}

/** Days since 1970-01-01 (negative before), from integers only. */
export function epochDay(parts: DateParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY;
}

/** Parts of an already-validated `YYYY-MM-DD` string. */
export function partsOf(date: string): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}
