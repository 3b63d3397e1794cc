import { DECIMAL_STRING } from '../_lib/DECIMAL_STRING';
import type { RoundingMode } from '../_lib/decimal';
import { PlanInputError } from '../_lib/PlanInputError';
import { roundDecimal } from '../_lib/roundDecimal';
import { describeValue } from '../_lib/describeValue';
import { showValue } from '../_lib/showValue';

/**
 * How {@link formatIndicatorValue} rounds: the number of decimals (default 1) and the mode, `'half_up'` (四舍五入,
 * default) or `'half_even'` (GB/T 8170 四舍六入五成双).
 *
 * @clause P1.1
 * @category Indicators · 指标
 * @example
 * ```ts
 * const options: FormatIndicatorValueOptions = { places: 2, mode: 'half_even' };
 * formatIndicatorValue('80.125', options)
 * //=> '80.12'
 * ```
 */
export interface FormatIndicatorValueOptions {
  /** Decimal places, an integer 0–20; default 1. */
  readonly places?: number | undefined;
  /** Rounding mode; default `'half_up'`. */
  readonly mode?: 'half_up' | 'half_even' | undefined;
}

/**
 * Round an indicator value for display only, as a fixed-point string. Judging never uses the rounded value.
 *
 * @param input - An exact decimal string, such as a result's `value`, or a finite number, read exactly as its shortest
 *   decimal representation (`1.15` is `'1.15'`, never the binary double just below it).
 * @param options - Decimal places (default 1) and rounding mode (default `'half_up'`).
 * @throws `PlanInputError` with code `'invalid_option'` for bad places or mode, `'invalid_decimal'` for a value that is
 *   not a plain decimal string (or a number whose shortest form has an exponent, such as `1e21`, NaN or Infinity).
 * @clause P1.1
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * formatIndicatorValue('80.88235294117647058823529411764705882353')
 * //=> '80.9'
 * formatIndicatorValue('17.55')
 * //=> '17.6'
 * formatIndicatorValue('17.55', { mode: 'half_even' })
 * //=> '17.6'
 * formatIndicatorValue('17.45', { mode: 'half_even' })
 * //=> '17.4'
 * formatIndicatorValue('80', { places: 2 })
 * //=> '80.00'
 * formatIndicatorValue(1.15)
 * //=> '1.2'
 * ```
 */
export function formatIndicatorValue(input: string | number, options?: FormatIndicatorValueOptions): string {
  // A finite number is read as its shortest decimal string, as everywhere in the library: 1.15 → '1.15' → '1.2'.
  const value: unknown = typeof input === 'number' && Number.isFinite(input) ? String(input) : input;
  const places = options?.places ?? 1;
  const mode: RoundingMode = options?.mode ?? 'half_up';
  if (!Number.isInteger(places) || places < 0 || places > 20) {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['places'],
      messageZh: `小数位数应为0—20的整数，实际为${describeValue(places)}`,
      messageEn: `places must be an integer 0–20, got ${describeValue(places)}`,
    });
  }
  if (mode !== 'half_up' && mode !== 'half_even') {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['mode'],
      messageZh: `舍入方式应为 half_up 或 half_even，实际为${showValue(mode)}`,
      messageEn: `mode must be half_up or half_even, got ${showValue(mode)}`,
    });
  }
  if (typeof value !== 'string' || !DECIMAL_STRING.test(value)) {
    throw new PlanInputError({
      code: 'invalid_decimal',
      path: ['value'],
      messageZh: `应为十进制数字符串，实际为${describeValue(value)}`,
      messageEn: `expected a decimal string, got ${describeValue(value)}`,
    });
  }
  return roundDecimal(value, places, mode);
}
