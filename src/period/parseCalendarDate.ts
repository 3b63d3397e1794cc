import { requireCalendarDate } from './_calendar';
import type { CalendarDate } from './CalendarDate';

/**
 * Parse a calendar date: exactly `YYYY-MM-DD` in ASCII digits, a year 1900–2100 and a day that exists.
 *
 * Rejected, among others: `'2025-02-30'`, `'2025-13-01'`, `'20250101'`, `'2025-1-01'`,
 * `'2025-01-01T00:00'`, `' 2025-01-01'`, full-width digits, and any non-string (including a `Date`).
 * The result does not depend on the machine's time zone.
 *
 * @param value - The value to parse.
 * @param path - Where the value sits in the caller's input, for the error (`'asOf'` or `['units', 3, 'asOf']`).
 * @returns The same string, branded as a {@link CalendarDate}.
 * @throws `PlanInputError` with code `'invalid_type'` for a non-string, `'invalid_date'` for any other rejection.
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * parseCalendarDate('2024-02-29');
 * //=> '2024-02-29'
 * parseCalendarDate('2025-02-29', 'asOf');
 * //=> throws PlanInputError { code: 'invalid_date', path: ['asOf'] }
 * ```
 */
export function parseCalendarDate(value: unknown, path?: string | readonly (string | number)[]): CalendarDate {
  return requireCalendarDate(value, path).date;
}
