/**
 * Display rounding of a plain decimal string in exact integer arithmetic, without decimal.js.
 *
 * @internal
 * @module
 */
import type { RoundingMode } from './decimal';

/**
 * A plain decimal string (`DECIMAL_STRING` of src/_lib/decimal.ts: optional minus, no exponent) rounded to `places`
 * decimals as a fixed-point string: the string `roundToString` (decimal.js' `toDecimalPlaces(places, mode)` then
 * `toFixed(places)`) gives. Half up rounds a tie away from zero; half even to the even digit; a value that rounds to
 * zero prints without a minus (`'-0.04'` → `'0.0'`). Exact: the digits are cut and carried as a BigInt.
 *
 * @internal
 * @clause P1.1
 * @example
 * ```ts
 * [roundDecimal('17.55', 1, 'half_up'), roundDecimal('17.45', 1, 'half_even'), roundDecimal('80', 2, 'half_up')]
 * //=> ['17.6', '17.4', '80.00']
 * ```
 */
export function roundDecimal(value: string, places: number, mode: RoundingMode): string {
  const negative = value.startsWith('-');
  const abs = negative ? value.slice(1) : value;
  const dot = abs.indexOf('.');
  const int = dot < 0 ? abs : abs.slice(0, dot);
  const frac = dot < 0 ? '' : abs.slice(dot + 1);
  const kept = frac.slice(0, places).padEnd(places, '0');
  let digits = BigInt(int + kept);
  const rest = frac.slice(places);
  // Below a half: down. More than a half (6–9 first, or 5 and a non-zero digit after it): up. Exactly a half: by mode.
  const first = rest.charAt(0);
  if (first >= '5') {
    const half = first === '5' && !/[1-9]/.test(rest.slice(1));
    if (!half || mode === 'half_up' || digits % 2n === 1n) digits += 1n;
  }
  const s = digits.toString().padStart(places + 1, '0');
  const shown = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
  return negative && digits !== 0n ? `-${shown}` : shown;
}
