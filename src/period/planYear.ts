import { requireCalendarDate } from './_calendar';
import type { CalendarDate } from './CalendarDate';
import { PLAN } from '../plan/meta';

/**
 * A year of the plan period counted from 1: 2021 is 1, …, 2025 is 5.
 *
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const y: PlanYear | undefined = planYear('2023-07-02');
 * y;
 * //=> 3
 * ```
 */
export type PlanYear = 1 | 2 | 3 | 4 | 5;

/**
 * Which year of the plan period a date falls in (2021 → 1 … 2025 → 5), or `undefined` outside the period.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @throws `PlanInputError` (path `['date']`) when `date` is not a valid calendar date.
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * planYear('2021-01-01');
 * //=> 1
 * planYear('2025-12-31');
 * //=> 5
 * planYear('2026-01-01');
 * //=> undefined
 * ```
 */
export function planYear(date: CalendarDate | string): PlanYear | undefined {
  const { year } = requireCalendarDate(date, 'date').parts;
  const n = year - PLAN.baselineYear;
  return n >= 1 && n <= 5 ? (n as PlanYear) : undefined;
}
