import { epochDay, partsOf, requireCalendarDate } from './_calendar';
import type { CalendarDate } from './CalendarDate';
import { PLAN } from '../plan/meta';

/**
 * An exact share as a fraction of two integers, `numerator / denominator`.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const half: ElapsedShare = { numerator: 913, denominator: 1826 };
 * half.numerator / half.denominator;
 * //=> 0.5
 * ```
 */
export interface ElapsedShare {
  /** Days elapsed since the baseline date 2020-12-31, clamped to `[0, denominator]`. */
  readonly numerator: number;
  /** Days from 2020-12-31 to 2025-12-31: 1826 (365 × 4 + 366; 2024 is a leap year). */
  readonly denominator: number;
}

const BASELINE = epochDay(partsOf(PLAN.baselineDate));
const TARGET = epochDay(partsOf(PLAN.period.end));
const SPAN = TARGET - BASELINE;

/**
 * How much of the plan period has elapsed on a date, as an exact fraction of days (for straight-line trajectories).
 *
 * The share is 0 at the baseline date 2020-12-31 (专栏1 “2020年基期值”, taken as at the end of 2020)
 * and 1 at 2025-12-31 (“到2025年末”): `days(2020-12-31 → date) / 1826`, clamped to `[0, 1]` before
 * and after. The fraction is not reduced: the numerator is a count of days and the denominator is
 * always 1826. Days are counted with integer arithmetic from `Date.UTC`, so the result does not
 * depend on the machine's time zone.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @throws `PlanInputError` (path `['date']`) when `date` is not a valid calendar date.
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * elapsedShare('2023-07-02');
 * //=> { numerator: 913, denominator: 1826 }
 * elapsedShare('2019-06-30');
 * //=> { numerator: 0, denominator: 1826 }
 * ```
 */
export function elapsedShare(date: CalendarDate | string): ElapsedShare {
  const days = epochDay(requireCalendarDate(date, 'date').parts) - BASELINE;
  return { numerator: Math.min(Math.max(days, 0), SPAN), denominator: SPAN };
}
