/**
 * Exact division of non-negative integers written as a plain decimal string, without decimal.js.
 *
 * @internal
 * @module
 */

/** Significant digits kept, as `src/_lib/decimal.ts`'s `Dec` (precision 40) keeps them. */
const SIGNIFICANT = 40;

/**
 * `n / d` for integers `n ≥ 0`, `d > 0` as the plain decimal string `Dec(n).div(d).toFixed()` gives: exact when
 * it terminates within 40 significant digits, else rounded half up to 40 significant digits; no exponent, no
 * trailing zeros. BigInt long division, so the formulas need not bundle decimal.js.
 *
 * @internal
 * @example
 * ```ts
 * quotientString(2n, 3n);
 * //=> '0.6666666666666666666666666666666666666667'
 * ```
 */
export function quotientString(n: bigint, d: bigint): string {
  if (n === 0n) return '0';
  const intDigits = n >= d ? (n / d).toString().length : 0;
  if (intDigits >= SIGNIFICANT) {
    // Rounding falls inside the integer part: round n / (d·10^drop) half up, then scale back.
    const scale = 10n ** BigInt(intDigits - SIGNIFICANT);
    return (roundedQuotient(n, d * scale) * scale).toString();
  }
  // Fraction places that hold the 40th significant digit: after the leading zeros of a value below 1.
  let places = SIGNIFICANT - intDigits;
  if (intDigits === 0) places += leadingZeros(n, d);
  const digits = roundedQuotient(n * 10n ** BigInt(places), d).toString().padStart(places + 1, '0');
  const point = digits.length - places;
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction === '' ? digits.slice(0, point) : `${digits.slice(0, point)}.${fraction}`;
}

/** `n / d` rounded half up (`n ≥ 0`, `d > 0`). */
function roundedQuotient(n: bigint, d: bigint): bigint {
  const q = n / d;
  return 2n * (n - q * d) >= d ? q + 1n : q;
}

/** Zeros between the decimal point and the first non-zero digit of `n / d`, for `0 < n < d`. */
function leadingZeros(n: bigint, d: bigint): number {
  // 10^(z+1)·n ≥ d first holds at z = zeros; start from the digit counts' difference and step.
  let z = Math.max(0, d.toString().length - n.toString().length - 1);
  while (n * 10n ** BigInt(z + 1) < d) z++;
  while (z > 0 && n * 10n ** BigInt(z) >= d) z--;
  return z;
}
