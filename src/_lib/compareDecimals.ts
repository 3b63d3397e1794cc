/**
 * Exact comparison of plain decimal strings, without decimal.js.
 *
 * @internal
 * @module
 */

/**
 * Compare two plain decimal strings (`DECIMAL_STRING` of src/_lib/decimal.ts: optional minus, no exponent) exactly:
 * -1, 0 or 1, as decimal.js' `cmp` gives (`'-0'` equals `'0'`, `'18.0'` equals `'18'`). Both are scaled to the same
 * number of decimals and compared as BigInts.
 *
 * @internal
 * @clause P1.7
 * @example
 * ```ts
 * [compareDecimals('17.97', '18'), compareDecimals('18.0', '18'), compareDecimals('-0.5', '-0.45')]
 * //=> [-1, 0, -1]
 * ```
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const places = Math.max(decimals(a), decimals(b));
  const x = scaled(a, places);
  const y = scaled(b, places);
  return x < y ? -1 : x > y ? 1 : 0;
}

function decimals(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** The value × 10^places as a BigInt (places ≥ its decimals); `'-0.5'` at 2 places → -50n. */
function scaled(s: string, places: number): bigint {
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  return BigInt(int + frac.padEnd(places, '0'));
}
