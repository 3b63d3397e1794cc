import { DECIMAL_STRING, dec } from '../_lib/decimal';
import { formatAgainstPlainTarget, roundAgainst } from './_roundAgainst';
import type { FormatIndicatorValueOptions } from './formatIndicatorValue';

/**
 * Round an indicator value for display without letting a value that misses its target look as if it met it: when
 * the unrounded value is below the target but rounds to it or above, one more decimal is shown at a time (up to 6
 * more), so 17.967 persons against a target of 18 shows as `'17.97'`, not `'18.0'`. Meeting the target is always
 * judged on the unrounded value; this only keeps the display honest.
 *
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * formatAgainstTarget('17.967', '18')
 * //=> '17.97'
 * formatAgainstTarget('18', '18')
 * //=> '18.0'
 * ```
 */
export function formatAgainstTarget(value: string, target: string, options?: FormatIndicatorValueOptions): string {
  // Plain decimal strings (every evaluation's) are compared exactly without decimal.js; anything else decimal.js
  // reads (a number, '1e3') is read by it as before.
  if (typeof value === 'string' && typeof target === 'string' && DECIMAL_STRING.test(target)) {
    return formatAgainstPlainTarget(value, target, options);
  }
  return roundAgainst(value, options, (shown) => dec(shown).gte(dec(target)));
}
