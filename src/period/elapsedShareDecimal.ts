import { divide, toPlainString, type Dec } from '../_lib/decimal';
import type { CalendarDate } from './CalendarDate';
import { elapsedShare } from './elapsedShare';

/**
 * The {@link elapsedShare} of a date as a plain decimal string (`'0.5'`), computed without binary floating point.
 *
 * Exact when the fraction terminates (only `'0'`, `'0.5'` and `'1'`, since 1826 = 2 × 11 × 83);
 * otherwise rounded half-up to 40 significant digits. Never in exponent notation.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @throws `PlanInputError` (path `['date']`) when `date` is not a valid calendar date.
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * elapsedShareDecimal('2023-07-02');
 * //=> '0.5'
 * elapsedShareDecimal('2026-03-01');
 * //=> '1'
 * ```
 */
export function elapsedShareDecimal(date: CalendarDate | string): string {
  const { numerator, denominator } = elapsedShare(date);
  // The denominator is the fixed, non-zero length of the plan period: the quotient always exists.
  return toPlainString(divide(numerator, denominator) as Dec);
}
