import { checkCalendarDate } from './_calendar';
import type { CalendarDate } from './CalendarDate';

/**
 * Whether a value is a valid calendar date, by the same rules as {@link parseCalendarDate}; never throws.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * isCalendarDate('2024-02-29');
 * //=> true
 * isCalendarDate('2025-02-29');
 * //=> false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return checkCalendarDate(value).ok;
}
