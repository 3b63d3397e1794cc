/**
 * Display helpers for rule results, in integer arithmetic only (no Decimal per unit, no binary floats).
 *
 * @internal
 * @module
 */
import type { RoundingMode } from '../../_lib/decimal';
import { compareFractions, decimalToFraction } from '../../_lib/fraction';

/**
 * `num / den` rounded to `places` decimals as a fixed-point string, trailing fractional zeros removed (`'93.33'`, `'100'`, `'87.5'`); exact, in native integers while safe and BigInt beyond; `den` > 0.
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * [formatQuotient(2800, 3, 2, 'half_up'), formatQuotient(1, 8, 2, 'half_even')]
 * //=> ['933.33', '0.12']
 * ```
 */
export function formatQuotient(num: number, den: number, places: number, mode: RoundingMode): string {
  const scale = 10 ** places;
  const n = num * scale;
  let s: string;
  if (Number.isSafeInteger(n)) {
    // Below 2^53 the float quotient is correctly rounded and never reaches the next integer (that would need n ≥ 2^53),
    // so its floor is exact, and so are the remainder and its double.
    let whole = Math.floor(n / den);
    const rem = n - whole * den;
    if (rem * 2 > den || (rem * 2 === den && (mode === 'half_up' || whole % 2 === 1))) whole += 1;
    // Fast path for whole results (every result when places is 0; 100% and other round figures): about half the time
    // of the padding and trimming below, on the per-unit hot path.
    // Stryker disable next-line ConditionalExpression: without the shortcut the code below prints the same string
    if (whole % scale === 0) return String(whole / scale);
    s = String(whole);
  } else {
    const N = BigInt(num) * BigInt(scale);
    const D = BigInt(den);
    let q = N / D;
    const rem = N - q * D;
    if (rem * 2n > D || (rem * 2n === D && (mode === 'half_up' || q % 2n === 1n))) q += 1n;
    s = q.toString();
  }
  s = s.padStart(places + 1, '0');
  const int = s.slice(0, s.length - places);
  const frac = s.slice(s.length - places).replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/**
 * Minutes in Chinese words.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * [formatMinutesZh(420), formatMinutesZh(450)]
 * //=> ['7小时', '7小时30分钟']
 * ```
 */
export function formatMinutesZh(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes - h * 60;
  return m === 0 ? `${h}小时` : `${h}小时${m}分钟`;
}

/**
 * `num / den` for display against a threshold `tn / td` (same unit): rounded like `formatQuotient`, but a value below the threshold that would round to it (or above) gets more places (up to 12), so a failing value never displays as meeting the target.
 *
 * @internal
 * @clause T8
 * @example
 * ```ts
 * [formatAgainst(8999, 300, 30, 1, 2, 'half_up'), formatAgainst(9000, 300, 30, 1, 2, 'half_up')]
 * //=> ['29.997', '30']
 * ```
 */
export function formatAgainst(num: number, den: number, tn: number, td: number, places: number, mode: RoundingMode): string {
  let s = formatQuotient(num, den, places, mode);
  if (compareFractions(num, den, tn, td) >= 0) return s;
  for (let p = places + 1; p <= 12; p++) {
    const [sn, sd] = decimalToFraction(s);
    if (compareFractions(sn, sd, tn, td) < 0) return s;
    s = formatQuotient(num, den, p, mode);
  }
  return s;
}
