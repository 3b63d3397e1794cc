import { requireCalendarDate } from './_calendar';
import type { CalendarDate } from './CalendarDate';

/**
 * Whether a target with due date `due` is due as of `asOf`: true when `asOf` is on or after `due`.
 *
 * A target due 2025-12-31 (“到2025年末”) is due on 2025-12-31 itself.
 *
 * @param asOf - The date of the assessment, `YYYY-MM-DD`.
 * @param due - The target's due date, `YYYY-MM-DD` (see {@link dueDate}).
 * @throws `PlanInputError` (path `['asOf']` or `['due']`) when either is not a valid calendar date.
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * isDue('2025-12-31', dueDate());
 * //=> true
 * isDue('2025-12-30', '2025-12-31');
 * //=> false
 * ```
 */
export function isDue(asOf: CalendarDate | string, due: CalendarDate | string): boolean {
  const a = requireCalendarDate(asOf, 'asOf').date;
  const d = requireCalendarDate(due, 'due').date;
  return a >= d;
}
