import { PlanInputError } from '../_lib/PlanInputError';
import { requireCalendarDate } from './_calendar';
import type { CalendarDate } from './CalendarDate';

/**
 * The calendar months `YYYY-MM` covered from one date to another, both included (for monthly rates).
 *
 * Every month with at least one day in `[from, to]` is listed, in order: `from` and `to` in the same
 * month give one month. Computed with integer year/month arithmetic, so independent of the time zone.
 *
 * @param from - First day, `YYYY-MM-DD`.
 * @param to - Last day, `YYYY-MM-DD`, not before `from`.
 * @throws `PlanInputError` (path `['from']` or `['to']`) when either is not a valid calendar date,
 *   and with code `'invalid_range'` (path `['to']`) when `to` is before `from`.
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * monthsBetween('2025-11-15', '2026-02-01');
 * //=> ['2025-11', '2025-12', '2026-01', '2026-02']
 * ```
 */
export function monthsBetween(from: CalendarDate | string, to: CalendarDate | string): string[] {
  const a = requireCalendarDate(from, 'from');
  const b = requireCalendarDate(to, 'to');
  if (b.date < a.date) {
    throw new PlanInputError({
      code: 'invalid_range',
      path: ['to'],
      messageZh: `结束日期 ${b.date} 早于开始日期 ${a.date}`,
      messageEn: `the end date ${b.date} is before the start date ${a.date}`,
    });
  }
  const months: string[] = [];
  const last = b.parts.year * 12 + (b.parts.month - 1);
  for (let m = a.parts.year * 12 + (a.parts.month - 1); m <= last; m++) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    months.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return months;
}
