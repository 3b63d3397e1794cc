import { requireCalendarDate } from './_calendar';
import type { CalendarDate } from './CalendarDate';
import { PLAN_PERIOD } from './PLAN_PERIOD';

/**
 * Whether a date falls in the plan period 2021-01-01 … 2025-12-31, both days included.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @throws `PlanInputError` (path `['date']`) when `date` is not a valid calendar date.
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * isInPlanPeriod('2025-12-31');
 * //=> true
 * isInPlanPeriod('2020-12-31');
 * //=> false
 * ```
 */
export function isInPlanPeriod(date: CalendarDate | string): boolean {
  const d = requireCalendarDate(date, 'date').date;
  return d >= PLAN_PERIOD.start && d <= PLAN_PERIOD.end;
}
