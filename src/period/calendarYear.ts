import { requireCalendarDate } from './_calendar';
import type { CalendarDate } from './CalendarDate';

/**
 * The calendar year of a date.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @throws `PlanInputError` (path `['date']`) when `date` is not a valid calendar date.
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * calendarYear('2023-07-02');
 * //=> 2023
 * ```
 */
export function calendarYear(date: CalendarDate | string): number {
  return requireCalendarDate(date, 'date').parts.year;
}
