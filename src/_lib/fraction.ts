/**
 * Exact comparison of non-negative rational numbers held as integer pairs, without allocating a Decimal.
 * Uses native integer arithmetic while products stay within 2^53 and BigInt beyond it. The hot paths (one
 * comparison per unit, 620,573 units for China) use these; Decimal is kept for values that are shown.
 *
 * @internal
 * @module
 */

/** An exact non-negative rational: numerator / denominator, both safe integers, denominator > 0. */
export type Fraction = readonly [numerator: number, denominator: number];

/** Compare a/b with c/d (b, d > 0). Returns -1, 0 or 1. */
export function compareFractions(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
  const l = a * d;
  const r = c * b;
  if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
  const L = BigInt(a) * BigInt(d);
  const R = BigInt(c) * BigInt(b);
  return L < R ? -1 : L > R ? 1 : 0;
}

/** A plain non-negative decimal string as an exact fraction: "17.1" → [171, 10], "80" → [80, 1]. */
export function decimalToFraction(s: string): Fraction {
  const dot = s.indexOf('.');
  if (dot < 0) return [Number(s), 1];
  const places = s.length - dot - 1;
  return [Number(s.slice(0, dot) + s.slice(dot + 1)), 10 ** places];
}

/** Integer hundredths of a canonical decimal with at most 2 places: "320.5" → 32050. Exact; no float arithmetic. */
export function toHundredths(s: string): number {
  const dot = s.indexOf('.');
  if (dot < 0) return Number(s) * 100;
  const frac = s.slice(dot + 1);
  return Number(s.slice(0, dot)) * 100 + Number(frac.length === 1 ? `${frac}0` : frac);
}
