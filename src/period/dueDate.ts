import { PlanInputError } from '../_lib/PlanInputError';
import { MAX_YEAR, MIN_YEAR } from './_calendar';
import type { CalendarDate } from './CalendarDate';
import { PLAN } from '../plan/meta';

/**
 * The due date of a target set “到<year>年”: the last day of that year, `'<year>-12-31'` (default 2025).
 *
 * The plan's targets are set “到2025年末” (R3) or “到2025年”; both are read as due on 2025-12-31,
 * so a target is due on that day itself (see {@link isDue}).
 *
 * @param year - An integer year 1900–2100; defaults to the plan's target year 2025.
 * @throws `PlanInputError` with code `'invalid_year'` (path `['year']`) for any other year.
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * dueDate();
 * //=> '2025-12-31'
 * dueDate(2023);
 * //=> '2023-12-31'
 * ```
 */
export function dueDate(year: number = PLAN.targetYear): CalendarDate {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new PlanInputError({
      code: 'invalid_year',
      path: ['year'],
      messageZh: `年份须为 ${MIN_YEAR}—${MAX_YEAR} 之间的整数：${String(year)}`,
      messageEn: `the year must be an integer between ${MIN_YEAR} and ${MAX_YEAR}: ${String(year)}`,
    });
  }
  return `${year}-12-31` as CalendarDate;
}
